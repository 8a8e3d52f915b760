export default definePageConfig({ navigationBarTitleText: '差评申诉', enablePageMeta: true });
