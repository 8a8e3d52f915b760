export default definePageConfig({ navigationBarTitleText: '年度报告数字', enablePageMeta: true });
