/**
 * Every page's path, in one place (app.config.ts lists the same pages). No Taro import here, so the
 * browser tests can use the same paths.
 */
export const ROUTES = {
  home: '/pages/home/index/index',
  mine: '/pages/mine/index/index',
  settings: '/pages/settings/index/index',
  policyBrowse: '/pages/policy/browse/index',
  policySearch: '/pages/policy/search/index',
  policyDetail: '/pages/policy/detail/index',
  policyInterpretation: '/pages/policy/interpretation/index',
  policyRecent: '/pages/policy/recent/index',
  // 好差评 (subpackage pages/rating). The API's rating links and QR codes name ratingRate
  // (api/src/ratings/rating-links.ts) and its reply notices ratingMine.
  rating: '/pages/rating/home/index',
  ratingRate: '/pages/rating/rate/index',
  ratingDone: '/pages/rating/done/index',
  ratingMine: '/pages/rating/mine/index',
  ratingFigures: '/pages/rating/figures/index',
  ratingStaff: '/pages/rating/staff/index',
  ratingCase: '/pages/rating/case/index',
  ratingQrCodes: '/pages/rating/qrcodes/index',
  // Staff: appeals waiting for a district admin's decision.
  ratingAppeals: '/pages/rating/appeals/index',
  // 政府开放日 (subpackage pages/events). The API's notifications open eventDetail
  // (api/src/events/event-access.ts: pages/events/detail/index?id=…).
  eventList: '/pages/events/list/index',
  eventDetail: '/pages/events/detail/index',
  eventSignUp: '/pages/events/signup/index',
  eventMine: '/pages/events/mine/index',
  eventCheckIn: '/pages/events/checkin/index',
  // Staff: the department's open days, one open day's jobs, its 吸收采纳 summary.
  eventStaff: '/pages/events/staff/index',
  eventManage: '/pages/events/manage/index',
  eventEdit: '/pages/events/edit/index',
  eventSummary: '/pages/events/summary/index',
  // 民生实事 (subpackage pages/projects). Followers' notices open projectDetail
  // (api/src/projects/project-notifications.ts: pages/projects/detail/index?id=…).
  projects: '/pages/projects/list/index',
  projectDetail: '/pages/projects/detail/index',
  projectPropose: '/pages/projects/propose/index',
  projectMine: '/pages/projects/mine/index',
  projectStaff: '/pages/projects/staff/index',
  projectReport: '/pages/projects/report/index',
  projectNew: '/pages/projects/new/index',
  // Staff: the district office answers residents' proposals.
  projectProposals: '/pages/projects/proposals/index',
  // 工作台 (subpackage pages/workbench): the staff home and the staff jobs that start there.
  workbench: '/pages/workbench/home/index',
  workbenchPublish: '/pages/workbench/publish/index',
  workbenchStaff: '/pages/workbench/staff/index',
  workbenchInterpret: '/pages/workbench/interpret/index',
  workbenchSettings: '/pages/workbench/settings/index',
  workbenchPolicies: '/pages/workbench/policies/index',
  // 政民互动 (subpackage pages/casework): 咨询留言 and 依申请公开, the resident's and the staff's pages.
  // The API's answer and reply messages open caseworkQuestion and caseworkRequest.
  caseworkAsk: '/pages/casework/ask/index',
  caseworkQuestions: '/pages/casework/questions/index',
  caseworkQuestion: '/pages/casework/question/index',
  caseworkFaq: '/pages/casework/faq/index',
  caseworkApply: '/pages/casework/apply/index',
  caseworkRequests: '/pages/casework/requests/index',
  caseworkRequest: '/pages/casework/request/index',
  caseworkNotice: '/pages/casework/notice/index',
  // 申请情况年度统计: the annual report figures of finished years, for anyone.
  caseworkReport: '/pages/casework/report/index',
  caseworkStaffQuestions: '/pages/casework/staff-questions/index',
  caseworkStaffQuestion: '/pages/casework/staff-question/index',
  caseworkStaffRequests: '/pages/casework/staff-requests/index',
  caseworkStaffRequest: '/pages/casework/staff-request/index',
  caseworkStaffReport: '/pages/casework/staff-report/index',
  // 意见征集 (subpackage pages/drafts). The 采纳情况 notice opens draftFeedback
  // (api/src/drafts/draft-notifications.ts: pages/drafts/feedback/index?id=…).
  draftList: '/pages/drafts/list/index',
  draftDetail: '/pages/drafts/detail/index',
  draftMine: '/pages/drafts/mine/index',
  draftFeedback: '/pages/drafts/feedback/index',
  // Staff: the department's drafts, publishing one, moderating its comments, its 采纳情况.
  draftStaff: '/pages/drafts/staff/index',
  draftPublish: '/pages/drafts/publish/index',
  draftModerate: '/pages/drafts/moderate/index',
  draftAnswer: '/pages/drafts/answer/index',
  workbenchPassword: '/pages/workbench/password/index',
  // 我的消息, 订阅设置 and 亲友帮办 (subpackage pages/messages). News of a publication opens messages
  // with ?open=<id> (api/src/notifications/inbox-notifier.ts INBOX_PAGE).
  messages: '/pages/messages/inbox/index',
  subscriptions: '/pages/messages/subscribe/index',
  family: '/pages/messages/family/index',
  familySignUp: '/pages/messages/family-signup/index',
  // 扫码登录 (subpackage pages/sign-in): WeChat's scan rule for https://HOST/d/<code> opens it with `q`.
  scanSignInConfirm: '/pages/sign-in/confirm/index',
} as const;
