export default definePageConfig({ navigationBarTitleText: '满意度公开', enablePageMeta: true });
