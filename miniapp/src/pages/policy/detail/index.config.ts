export default definePageConfig({ navigationBarTitleText: '政策文件', enablePageMeta: true, enableShareAppMessage: true, enableShareTimeline: true });
