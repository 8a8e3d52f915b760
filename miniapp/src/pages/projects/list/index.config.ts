export default definePageConfig({ navigationBarTitleText: '民生实事', enablePageMeta: true });
