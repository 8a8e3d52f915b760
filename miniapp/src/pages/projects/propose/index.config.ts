export default definePageConfig({ navigationBarTitleText: '我要提建议', enablePageMeta: true });
