export default definePageConfig({ navigationBarTitleText: '民生实事（工作人员）', enablePageMeta: true });
