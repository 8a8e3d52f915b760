export default definePageConfig({ navigationBarTitleText: '我的公开申请', enablePageMeta: true });
