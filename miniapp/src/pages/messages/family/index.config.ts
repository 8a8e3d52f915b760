export default definePageConfig({ navigationBarTitleText: '亲友帮办', enablePageMeta: true });
