export default definePageConfig({ navigationBarTitleText: '审核意见', enablePageMeta: true });
