export default definePageConfig({ navigationBarTitleText: '意见征集（工作人员）', enablePageMeta: true });
