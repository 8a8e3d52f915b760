export default definePageConfig({ navigationBarTitleText: '我的评价', enablePageMeta: true });
