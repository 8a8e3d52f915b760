export default definePageConfig({ navigationBarTitleText: '发布征求意见稿', enablePageMeta: true });
