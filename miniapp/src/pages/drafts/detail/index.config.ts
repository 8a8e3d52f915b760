export default definePageConfig({ navigationBarTitleText: '征求意见稿', enablePageMeta: true, enableShareAppMessage: true, enableShareTimeline: true });
