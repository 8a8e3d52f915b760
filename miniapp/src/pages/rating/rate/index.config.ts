export default definePageConfig({ navigationBarTitleText: '评价服务', enablePageMeta: true });
