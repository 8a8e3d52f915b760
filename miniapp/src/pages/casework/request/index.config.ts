export default definePageConfig({ navigationBarTitleText: '公开申请详情', enablePageMeta: true });
