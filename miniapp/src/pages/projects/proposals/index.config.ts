export default definePageConfig({ navigationBarTitleText: '答复群众建议', enablePageMeta: true });
