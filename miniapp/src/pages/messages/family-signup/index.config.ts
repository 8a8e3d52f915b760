export default definePageConfig({ navigationBarTitleText: '帮亲友报名开放日', enablePageMeta: true });
