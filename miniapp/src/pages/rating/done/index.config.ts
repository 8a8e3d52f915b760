export default definePageConfig({ navigationBarTitleText: '评价已提交', enablePageMeta: true });
