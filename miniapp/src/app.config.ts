// Main package: the pages a resident meets first (home, 我的, 设置). The policy library is
// a subpackage, preloaded from home so it opens at once and is on the phone for offline reading.
const weapp = process.env.TARO_ENV === 'weapp';

export default defineAppConfig({
  pages: ['pages/home/index/index', 'pages/mine/index/index', 'pages/settings/index/index'],
  subPackages: [
    {
      root: 'pages/policy',
      pages: ['browse/index', 'search/index', 'detail/index', 'interpretation/index', 'recent/index'],
    },
    // 好差评: rate (the QR codes open rate/index), my ratings, public figures, staff case work, the
    // staff's printable codes of their services (qrcodes/index) and appeals for district admins to
    // decide (appeals/index).
    {
      root: 'pages/rating',
      pages: ['home/index', 'rate/index', 'done/index', 'mine/index', 'figures/index', 'staff/index', 'case/index', 'qrcodes/index', 'appeals/index'],
    },
    // 政府开放日: list, detail (notifications open it), sign-up, my registrations, staff check-in,
    // and the staff's open days, one open day's jobs and its 吸收采纳 summary, the form to create or change one.
    {
      root: 'pages/events',
      pages: ['list/index', 'detail/index', 'signup/index', 'mine/index', 'checkin/index', 'staff/index', 'manage/index', 'summary/index', 'edit/index'],
    },
    // 民生实事: the year's list, a project (followers' notices open it), proposals, staff reports, a
    // new project, and the district office's answers to proposals.
    {
      root: 'pages/projects',
      pages: ['list/index', 'detail/index', 'propose/index', 'mine/index', 'staff/index', 'report/index', 'proposals/index', 'new/index'],
    },
    // 工作台: the staff home (today's work in figures), publishing a policy from its document, the department's policies (interpretation, repeal), staff accounts, publishing settings, changing one's own password.
    {
      root: 'pages/workbench',
      pages: ['home/index', 'publish/index', 'policies/index', 'interpret/index', 'staff/index', 'settings/index', 'password/index'],
    },
    // 政民互动: 咨询留言 (ask, my questions, one question) and 依申请公开 (apply, my applications, one
    // application, a 告知书, the yearly figures), and the staff's two queues and their case pages.
    {
      root: 'pages/casework',
      pages: [
        'ask/index',
        'questions/index',
        'question/index',
        'faq/index',
        'apply/index',
        'requests/index',
        'request/index',
        'notice/index',
        'report/index',
        'staff-questions/index',
        'staff-question/index',
        'staff-requests/index',
        'staff-request/index',
        'staff-report/index',
      ],
    },
    // 意见征集: drafts for comment, one draft with a comment box per section, my comments, 采纳情况 (its
    // notice opens feedback/index); staff: the department's drafts, publishing, moderation, 采纳情况.
    {
      root: 'pages/drafts',
      pages: ['list/index', 'detail/index', 'mine/index', 'feedback/index', 'staff/index', 'publish/index', 'moderate/index', 'answer/index'],
    },
    // 我的消息 (WeChat messages about new publications open inbox/index?open=…), 订阅设置 (政策找人), and
    // 亲友帮办: invite, accept, confirm, end, what the helper did, and the helper's sign-up for an open day.
    {
      root: 'pages/messages',
      pages: ['inbox/index', 'subscribe/index', 'family/index', 'family-signup/index'],
    },
    // 扫码登录: a browser's sign-in QR code (https://HOST/d/<code>), scanned with WeChat, opens confirm/index.
    { root: 'pages/sign-in', pages: ['confirm/index'] },
  ],
  preloadRule: {
    'pages/home/index/index': { network: 'all', packages: ['pages/policy', 'pages/rating'] },
  },
  window: {
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '政务公开',
    navigationBarTextStyle: 'black',
    backgroundColor: '#ffffff',
  },
  // H5: no sliding page transitions (nothing moving on screen; browser tests need not wait). An
  // H5-only key: WeChat's app.json has no such field.
  ...(weapp ? {} : { animation: false }),
  // 同声传译 for read-aloud on weapp. The build only writes this into app.json; WeChat fetches the
  // plugin (the app's admin console must have added it).
  // weapp: WeChat holds calls its privacy guide covers until the resident agrees in our pop-up
  // (platform/privacy.ts, components/PrivacyPrompt.tsx).
  ...(weapp ? { __usePrivacyCheck__: true } : {}),
  // weapp: staff pick an open day's venue on WeChat's map (platform pickPlaceOnMap); WeChat refuses
  // chooseLocation unless app.json declares it.
  ...(weapp ? { requiredPrivateInfos: ['chooseLocation'] } : {}),
  ...(weapp ? { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } } : {}),
});
