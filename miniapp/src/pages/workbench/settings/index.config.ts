export default definePageConfig({ navigationBarTitleText: '发布设置', enablePageMeta: true });
