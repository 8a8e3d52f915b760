export default definePageConfig({ navigationBarTitleText: '申请政府信息公开', enablePageMeta: true });
