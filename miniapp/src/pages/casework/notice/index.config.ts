export default definePageConfig({ navigationBarTitleText: '告知书', enablePageMeta: true });
