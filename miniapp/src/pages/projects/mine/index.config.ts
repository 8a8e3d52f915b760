export default definePageConfig({ navigationBarTitleText: '我的建议和关注', enablePageMeta: true });
