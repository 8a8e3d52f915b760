export default definePageConfig({ navigationBarTitleText: '我的留言', enablePageMeta: true });
