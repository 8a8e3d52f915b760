export default definePageConfig({ navigationBarTitleText: '发布政策解读', enablePageMeta: true });
