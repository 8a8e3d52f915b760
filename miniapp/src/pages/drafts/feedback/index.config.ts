export default definePageConfig({ navigationBarTitleText: '采纳情况', enablePageMeta: true });
