export default definePageConfig({ navigationBarTitleText: '发布政策文件', enablePageMeta: true });
