export default definePageConfig({ navigationBarTitleText: '公布采纳情况', enablePageMeta: true });
