export default definePageConfig({ navigationBarTitleText: '公布意见采纳情况', enablePageMeta: true });
