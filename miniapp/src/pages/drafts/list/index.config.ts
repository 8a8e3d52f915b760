export default definePageConfig({ navigationBarTitleText: '意见征集', enablePageMeta: true });
