export default definePageConfig({ navigationBarTitleText: '申请情况年度统计', enablePageMeta: true });
