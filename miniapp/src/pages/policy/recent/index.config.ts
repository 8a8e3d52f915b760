export default definePageConfig({ navigationBarTitleText: '最近看过', enablePageMeta: true });
