export default definePageConfig({ navigationBarTitleText: '工作台', enablePageMeta: true });
