export default definePageConfig({ navigationBarTitleText: '开放日管理', enablePageMeta: true });
