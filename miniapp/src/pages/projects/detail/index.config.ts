export default definePageConfig({ navigationBarTitleText: '民生实事项目', enablePageMeta: true, enableShareAppMessage: true, enableShareTimeline: true });
