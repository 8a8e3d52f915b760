export default definePageConfig({ navigationBarTitleText: '政策解读', enablePageMeta: true, enableShareAppMessage: true, enableShareTimeline: true });
