export default definePageConfig({ navigationBarTitleText: '高频问答', enablePageMeta: true });
