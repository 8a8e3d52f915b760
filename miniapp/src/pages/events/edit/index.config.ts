export default definePageConfig({ navigationBarTitleText: '开放日', enablePageMeta: true });
