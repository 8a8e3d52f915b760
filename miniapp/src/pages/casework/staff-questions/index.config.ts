export default definePageConfig({ navigationBarTitleText: '咨询留言办理', enablePageMeta: true });
