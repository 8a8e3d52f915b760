export default definePageConfig({ navigationBarTitleText: '差评办理', enablePageMeta: true });
