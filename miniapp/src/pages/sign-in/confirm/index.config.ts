export default definePageConfig({ navigationBarTitleText: '确认登录', enablePageMeta: true });
