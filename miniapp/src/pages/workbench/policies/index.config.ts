export default definePageConfig({ navigationBarTitleText: '本部门的政策', enablePageMeta: true });
