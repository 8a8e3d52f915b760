export default definePageConfig({ navigationBarTitleText: '办理开放日', enablePageMeta: true });
