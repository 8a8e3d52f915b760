import type { Page } from 'playwright-core';
import { createApp } from '../../api/src/app';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo } from '../../api/src/core/dynamo';
import { closeEndedDrafts } from '../../api/src/drafts/draft-work';
import { graphql } from '../support/run-govopen';
import { axeViolations, bodyFontSize, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, tapTargets, type DisplaySettings } from '../support/browser';

// 意见征集 on the H5 build that `npm start` serves, in Chromium: the district admin (STAFF_BOOTSTRAP)
// publishes a draft; a resident in 长辈版 finds it in the list, comments on its second section from that
// section's own box and sees the comment held (待审核) at once; a clerk approves it on the moderation page;
// the resident then sees it 已公开 in 我的意见 and, masked, on the draft's page. axe-core, tap targets and
// body size on each draft page in 长辈版; screenshots in test-artifacts/screenshots/drafts-*.png. The one
// search box finds the draft by a resident's own word (老人家) and its result opens it. After a period
// has ended (the scheduled task run against the same table a month on), the department enters the
// 采纳情况 on its page and the resident who commented reads it from the closed draft.

const ADMIN = { username: 'admin', password: 'browser-drafts-admin-password' };
const app = govOpenInBrowser('drafts', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const TITLE = '关于调整高龄津贴发放标准的决定（征求意见稿）';
const SECTION = '第二条 发放标准';
const COMMENT = '建议90周岁以上每月提高到300元，有事请打13812345678。';
const ELDER: DisplaySettings = { ...STANDARD, elder: true };

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await graphql<T>(app.govopen.base, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const residentSession = async (name: string) =>
  (await call<{ login: { token: string; expiresAt: string } }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${name}` })).login;
const adminSession = async () =>
  (await call<{ staffLogin: { token: string; expiresAt: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }', { u: ADMIN.username, p: ADMIN.password })).staffLogin;

/** A session kept as the mini-app keeps it (Taro's H5 storage: { data: value }); then the page is read again. */
async function keepSession(page: Page, key: string, session: { token: string; expiresAt: string }): Promise<void> {
  await page.evaluate(([k, s]) => localStorage.setItem(k as string, JSON.stringify({ data: s })), [key, session] as const);
  await page.reload();
}

let draftId: Promise<string> | undefined;
/** The draft, published once by the district admin for 区民政局. */
const publishedDraft = () =>
  (draftId ??= adminSession().then(async ({ token }) => {
    const input = {
      title: TITLE,
      department: '区民政局',
      explanation: '为进一步做好高龄老人关爱工作，起草了本决定。',
      sections: [
        { heading: '第一条 适用范围', text: '本区户籍80周岁以上老年人。' },
        { heading: SECTION, text: '80至89周岁每人每月100元；90周岁以上每人每月200元。' },
      ],
      otherWays: '来信寄区民政局老龄科',
    };
    return (await call<{ publishDraft: { id: string } }>('mutation($input: PublishDraftInput!) { publishDraft(input: $input) { id } }', { input }, token)).publishDraft.id;
  }));

async function checkPage(page: Page, name: string): Promise<void> {
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  const tooSmall = (await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60);
  expect({ page: name, tooSmall }).toEqual({ page: name, tooSmall: [] });
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(22);
  expect({ page: name, overflow: await sidewaysOverflow(page) }).toEqual({ page: name, overflow: [] });
  await screenshotWholePage(page, `drafts-${name}-elder`);
}

it('a resident comments on one section and sees it held at once; approved by the department, it is public and masked', async () => {
  await publishedDraft();
  const resident = await residentSession('wang-ayi');
  const page = await app.browser.open(ROUTES.draftList, {}, ELDER);
  await keepSession(page, 'govopen.session.v1', resident);
  const view = current(page);
  await settled(page, TITLE);
  await checkPage(page, 'list');
  await view.getByRole('link', { name: new RegExp(`^${TITLE}`) }).click();

  await settled(page, '起草说明');
  await checkPage(page, 'detail');
  const section = view.getByRole('region', { name: SECTION });
  await section.getByRole('button', { name: `对这一条提意见：${SECTION}` }).click();
  await section.getByRole('textbox', { name: `对“${SECTION}”提意见` }).fill(COMMENT);
  await section.getByRole('button', { name: '提交意见' }).click();
  const held = section.getByTestId('draft-comment');
  await held.waitFor();
  expect(await held.innerText()).toContain('状态：待审核：审核通过后公开');
  expect(await view.getByText('还没有公开的意见。').count()).toBe(1);

  // The clerk's moderation page: the comment whole, flagged for its mobile number; 公开这条意见.
  const staffPage = await app.browser.open(ROUTES.draftModerate, { id: await publishedDraft() }, ELDER);
  await keepSession(staffPage, 'govopen.staff-session.v1', await adminSession());
  const staffView = current(staffPage);
  await settled(staffPage, COMMENT);
  expect(await staffView.getByText(/^⚠ 有个人信息/).count()).toBe(1);
  await checkPage(staffPage, 'moderate');
  await staffView.getByRole('button', { name: '公开这条意见', exact: true }).click();
  await settled(staffPage, '已公开这条意见（个人信息已遮挡）。');

  const mine = await app.browser.open(ROUTES.draftMine, {}, ELDER);
  await keepSession(mine, 'govopen.session.v1', resident);
  await settled(mine, TITLE);
  expect(await current(mine).getByTestId('draft-comment').innerText()).toContain('状态：已公开');
  await checkPage(mine, 'mine');

  const detail = await app.browser.open(ROUTES.draftDetail, { id: await publishedDraft() }, ELDER);
  await settled(detail, '已公开的意见（1 条）');
  const shown = await current(detail).getByTestId('draft-comment').innerText();
  expect(shown).toContain('有事请打138****5678');
  expect(shown).not.toContain('13812345678');
});

it('the staff pages (the department’s drafts, publishing, 采纳情况) and the 采纳情况 page pass axe, targets and text in 长辈版', async () => {
  const id = await publishedDraft();
  const visits: Array<[name: string, route: string, params: Record<string, string>, staff: boolean, ready: string]> = [
    ['staff', ROUTES.draftStaff, {}, true, '发布征求意见稿'],
    ['publish', ROUTES.draftPublish, {}, true, '第 1 条的标题'],
    ['answer', ROUTES.draftAnswer, { id }, true, '再加一个要点'],
    ['feedback', ROUTES.draftFeedback, { id }, false, '还在征求意见，结束后公布采纳情况。'],
  ];
  for (const [name, route, params, staff, ready] of visits) {
    const page = await app.browser.open(route, params, ELDER);
    if (staff) await keepSession(page, 'govopen.staff-session.v1', await adminSession());
    await settled(page, ready);
    await checkPage(page, name);
    await page.close();
  }
});

it("the one search box finds the draft by a resident's own word and opens it", async () => {
  const id = await publishedDraft();
  const page = await app.browser.open(ROUTES.policySearch, { q: '老人家' }, ELDER);
  const drafts = current(page).getByRole('region', { name: '征求意见' });
  const card = drafts.getByRole('link').filter({ hasText: TITLE }).first();
  await card.waitFor();
  expect(await card.innerText()).toContain('区民政局');
  await card.click();
  await settled(page, '起草说明');
  expect(page.url()).toContain(`id=${id}`);
});

/** What the scheduled task does once a period has ended, run against the same table 31 days on. */
async function closeDraftsAMonthOn(): Promise<void> {
  const config = { ...DEFAULT_CONFIG, logLevel: 'silent' as const, tableName: app.tableName, dynamoEndpoint: app.govopen.dynamoEndpoint };
  const dynamo = createDynamo(config);
  try {
    await closeEndedDrafts(createApp(config, dynamo, { now: () => new Date(Date.now() + 31 * 86_400_000) }));
  } finally {
    dynamo.destroy();
  }
}

it('after the period the department enters its 采纳情况 on its page, and the resident reads it from the closed draft', async () => {
  const staffSession = await adminSession();
  const { token } = staffSession;
  const input = { title: '关于设置社区老年助餐点的决定（征求意见稿）', department: '区民政局', explanation: '为方便老年人就近用餐，起草了本决定。', sections: [{ heading: '第一条 设置标准', text: '每个社区设置一处助餐点。' }] };
  const draftId = (await call<{ publishDraft: { id: string } }>('mutation($input: PublishDraftInput!) { publishDraft(input: $input) { id } }', { input }, token)).publishDraft.id;
  const resident = await residentSession('zhang-shu');
  const commentId = (await call<{ commentOnDraft: { id: string } }>('mutation($input: CommentOnDraftInput!) { commentOnDraft(input: $input) { id } }', { input: { draftId, text: '希望助餐点也能送餐上门。' } }, resident.token)).commentOnDraft.id;
  await call('mutation($id: ID!) { moderateDraftComment(id: $id, approve: true) { id } }', { id: commentId }, token);
  await closeDraftsAMonthOn();

  const staffPage = await app.browser.open(ROUTES.draftAnswer, { id: draftId }, ELDER);
  await keepSession(staffPage, 'govopen.staff-session.v1', staffSession);
  const staffView = current(staffPage);
  await settled(staffPage, '再加一个要点');
  const point = staffView.getByRole('group', { name: '第 1 个要点' });
  await point.getByRole('textbox', { name: '第 1 个意见要点' }).fill('送餐上门');
  await point.getByRole('button', { name: '部分采纳' }).click();
  await point.getByRole('textbox', { name: '理由' }).fill('行动不便的老年人可预约送餐，其他老年人到助餐点就餐。');
  await point.getByRole('button', { name: /希望助餐点也能送餐上门/ }).click();
  await staffView.getByRole('button', { name: '公布采纳情况' }).click();
  await settled(staffPage, '结果：部分采纳（1 条意见）');

  const page = await app.browser.open(ROUTES.draftDetail, { id: draftId }, ELDER);
  await keepSession(page, 'govopen.session.v1', resident);
  const view = current(page);
  await settled(page, '看采纳情况');
  await view.getByRole('button', { name: '看采纳情况' }).click();
  await settled(page, '结果：部分采纳（1 条意见）');
  const group = view.getByRole('region', { name: '送餐上门' });
  expect(await group.innerText()).toContain('理由：行动不便的老年人可预约送餐，其他老年人到助餐点就餐。');
  expect(await group.innerText()).toContain('希望助餐点也能送餐上门。');
  await checkPage(page, 'feedback-answered');
});
