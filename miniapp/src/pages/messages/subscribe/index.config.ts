export default definePageConfig({ navigationBarTitleText: '订阅设置', enablePageMeta: true });
