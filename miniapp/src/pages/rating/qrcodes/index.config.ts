export default definePageConfig({ navigationBarTitleText: '服务二维码', enablePageMeta: true });
