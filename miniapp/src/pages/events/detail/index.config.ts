export default definePageConfig({ navigationBarTitleText: '开放日详情', enablePageMeta: true, enableShareAppMessage: true, enableShareTimeline: true });
