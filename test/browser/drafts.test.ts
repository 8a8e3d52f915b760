import type { Page } from 'playwright-core';
import { createApp } from '../../api/src/app';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo } from '../../api/src/core/dynamo';
import { closeEndedDrafts } from '../../api/src/drafts/draft-work';
import { graphql } from '../support/run-govopen';
import { appUrl, axeViolations, bodyFontSize, current, DESK, govOpenInBrowser, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, WIDTHS, type DisplaySettings } from '../support/browser';

// 意见征集 on the H5 build that `npm start` serves, in Chromium, in 长辈版. At a phone's 375 px and at a desk's
// 1280 px, each run with a draft and a resident of its own: the district admin (STAFF_BOOTSTRAP) publishes a
// draft from 意见征集 (工作人员); the resident finds it in the list, comments on its second section from that
// section's own box and sees the comment held (待审核) at once; the department approves it from 审核意见; the
// resident then sees it 已公开 in 我的意见 and, masked, on the draft's page. After the period has ended (the
// scheduled task run against the same table a month on), the department enters the 采纳情况 from its list
// and the resident reads it from the closed draft. axe-core, tap targets and body size on each page (no
// button stretched across a desk); screenshots in test-artifacts/screenshots/drafts-*.png. The one search
// box finds a draft by a resident's own word (老人家) and its result opens it.

const ADMIN = { username: 'admin', password: 'browser-drafts-admin-password' };
const app = govOpenInBrowser('drafts', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const TITLE = '关于调整高龄津贴发放标准的决定（征求意见稿）';
const SECTION = '第二条 发放标准';
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

/** axe, 60 px targets, 22 px text, nothing sideways and a screenshot; a staff page at a desk has no button stretched across it. */
async function checkPage(page: Page, name: string, width?: 'phone' | 'desk'): Promise<void> {
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  const tooSmall = (await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60);
  expect({ page: name, tooSmall }).toEqual({ page: name, tooSmall: [] });
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(22);
  expect({ page: name, overflow: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ page: name, overflow: [], stretched: [] });
  await screenshotWholePage(page, `drafts-${name}-elder${width ? `-${width}` : ''}`);
}

it('a fresh GovOpen has an example draft open for comment: a resident finds it in 意见征集, comments on a section, and sees it in 我的意见', async () => {
  const example = '（示例）既有住宅加装电梯补贴办法（征求意见稿）';
  const page = await app.browser.open(ROUTES.draftList, {}, ELDER);
  await keepSession(page, 'govopen.session.v1', await residentSession('demo-draft-reader'));
  const view = current(page);
  await settled(page, example);
  expect(await view.getByText('暂时没有正在征求意见的草案。').count()).toBe(0);
  await view.getByRole('link', { name: new RegExp(`^${example}`) }).click();
  await settled(page, '起草说明');
  // At a desk its buttons are as wide as their words, as on every page there (before: 朗读全文, 对这一条提意见 and
  // 提交意见 each spanned the 1,000 px column in 长辈版).
  await page.setViewportSize(DESK);
  expect(await stretchedButtons(page)).toEqual([]);
  await screenshotWholePage(page, 'drafts-example-detail-elder-desk');
  await page.setViewportSize(PHONE);
  const section = '第二条 补贴标准';
  const region = view.getByRole('region', { name: section });
  await region.getByRole('button', { name: `对这一条提意见：${section}` }).click();
  await region.getByRole('textbox', { name: `对“${section}”提意见` }).fill('补贴能不能按楼层高低分档？');
  await region.getByRole('button', { name: '提交意见' }).click();
  await region.getByTestId('draft-comment').waitFor();
  await page.goto(appUrl(app.govopen.base, ROUTES.draftMine));
  await settled(page, example);
  await current(page).getByTestId('draft-comment').filter({ hasText: '状态：待审核' }).waitFor();
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

/**
 * The clerk's tab opens `route` afresh with their session kept again: the resident's tab, in the same
 * browser, started from empty storage.
 */
async function staffOpens(page: Page, route: string, session: { token: string; expiresAt: string }): Promise<void> {
  await page.goto(appUrl(app.govopen.base, route));
  await keepSession(page, 'govopen.staff-session.v1', session);
}

/** What each width's run publishes, what its resident says, and what the department answers: a draft of its own. */
const RUNS = WIDTHS.map(([width, size]) => ({
  width,
  size,
  ...(width === 'phone'
    ? {
        title: '关于设置社区老年助餐点的决定（征求意见稿）',
        sections: [['第一条 设置标准', '每个社区设置一处助餐点。'], ['第二条 就餐补贴', '80周岁以上老年人每餐补贴3元。']],
        resident: 'wang-ayi',
        comment: '建议行动不便的老人可以送餐上门，有事请打13812345678。',
        masked: '有事请打138****5678',
        point: '送餐上门',
        outcome: '部分采纳',
        reason: '行动不便的老年人可预约送餐，其他老年人到助餐点就餐。',
      }
    : {
        title: '关于既有住宅加装电梯补贴的办法（征求意见稿）',
        sections: [['第一条 补贴对象', '本区2000年以前建成的多层住宅。'], ['第二条 补贴标准', '每台电梯补贴20万元。']],
        resident: 'zhang-shu',
        comment: '一楼住户用不上电梯，建议也给一些补偿，电话13987654321。',
        masked: '电话139****4321',
        point: '一楼住户补偿',
        outcome: '未采纳',
        reason: '一楼住户不分摊加装费用，是否补偿由同一单元的业主协商。',
      }),
}));

describe.each(RUNS)('the department’s jobs at $size.width px', ({ width, size, title, sections, resident: residentName, comment, masked, point, outcome, reason }) => {
  const section = sections[1]![0]!;

  it('publishes a draft from 意见征集; a resident comments on a section, held at once; the department makes it public, masked; after the period it publishes the 采纳情况 and the resident reads it', async () => {
    // 意见征集 (工作人员) → 发布征求意见稿: the draft, section by section.
    const staffSession = await adminSession();
    const staffPage = await app.browser.open(ROUTES.draftStaff, {}, ELDER);
    await staffPage.setViewportSize(size);
    await keepSession(staffPage, 'govopen.staff-session.v1', staffSession);
    const staffView = current(staffPage);
    await settled(staffPage, '发布征求意见稿');
    await staffView.getByRole('button', { name: '发布征求意见稿' }).click();
    await settled(staffPage, '第 1 条的标题');
    await staffView.getByRole('textbox', { name: '标题', exact: true }).fill(title);
    await staffView.getByRole('textbox', { name: '起草说明' }).fill('为方便老年人生活，起草了本文件，现公开征求意见。');
    await staffView.getByRole('button', { name: '再加一条' }).click();
    for (const [i, [heading, text]] of sections.entries()) {
      await staffView.getByRole('textbox', { name: `第 ${i + 1} 条的标题` }).fill(heading!);
      await staffView.getByRole('textbox', { name: `第 ${i + 1} 条的内容` }).fill(text!);
    }
    await staffView.getByRole('textbox', { name: '其他提意见的方式（可以不填）' }).fill('来信寄区政府办公室');
    await checkPage(staffPage, 'publish-filled', width);
    await staffView.getByRole('button', { name: '发布征求意见稿' }).click();
    // Published: the draft's page as residents see it, telling the clerk it is out.
    await staffView.getByRole('heading', { name: title }).waitFor();
    expect(await staffView.getByRole('status').filter({ hasText: '已发布' }).textContent()).toBe('已发布，居民现在能看到并提意见了。');
    await screenshotWholePage(staffPage, `drafts-published-elder-${width}`);
    const draftId = new URLSearchParams(staffPage.url().split('?')[1]).get('id')!;

    // The resident, in 长辈版 on their phone: the list, the draft, a comment on the second section from its own box.
    const resident = await residentSession(`${residentName}-${width}`);
    const page = await app.browser.open(ROUTES.draftList, {}, ELDER);
    await keepSession(page, 'govopen.session.v1', resident);
    const view = current(page);
    await settled(page, title);
    await checkPage(page, 'list');
    await view.getByRole('link', { name: new RegExp(`^${title}`) }).click();
    await settled(page, '起草说明');
    await checkPage(page, 'detail');
    const region = view.getByRole('region', { name: section });
    await region.getByRole('button', { name: `对这一条提意见：${section}` }).click();
    await region.getByRole('textbox', { name: `对“${section}”提意见` }).fill(comment);
    await region.getByRole('button', { name: '提交意见' }).click();
    const held = region.getByTestId('draft-comment');
    await held.waitFor();
    expect(await held.innerText()).toContain('状态：待审核，审核通过后公开');
    expect(await view.getByText('还没有公开的意见。').count()).toBe(1);

    // The department, opening 意见征集 again: 审核意见 shows the comment whole, flagged for its mobile number; 公开这条意见.
    await staffOpens(staffPage, ROUTES.draftStaff, staffSession);
    await settled(staffPage, title);
    await staffView.getByRole('article', { name: title }).getByRole('button', { name: `审核意见：${title}` }).click();
    await settled(staffPage, comment);
    // Which draft these comments are on heads them (a department may have several out at once).
    await staffView.getByRole('heading', { name: title, exact: true }).waitFor();
    expect(await staffView.getByText(/^⚠ 有个人信息/).count()).toBe(1);
    // The one comment's card as wide as the staff card above it, not half the page at a desk.
    const cardWidths = await staffView.locator('.gov-card').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().width)));
    expect(new Set(cardWidths).size).toBe(1);
    await checkPage(staffPage, 'moderate', width);
    await staffView.getByRole('button', { name: '公开这条意见', exact: true }).click();
    await settled(staffPage, '已公开这条意见（个人信息已遮挡）。');

    // The resident: 已公开 in 我的意见; on the draft's page, masked.
    await page.goto(appUrl(app.govopen.base, ROUTES.draftMine));
    await settled(page, title);
    // Waited for, not read at once: while the hash route changes, the draft's page (the comment still
    // shown 待审核 there) can be the visible page for a moment.
    await current(page).getByTestId('draft-comment').filter({ hasText: '状态：已公开' }).waitFor();
    await checkPage(page, 'mine');
    await page.goto(appUrl(app.govopen.base, ROUTES.draftDetail, { id: draftId }));
    await settled(page, '已公开的意见（1 条）');
    const shown = current(page).getByTestId('draft-comment').filter({ hasText: masked });
    await shown.waitFor();
    expect(await shown.innerText()).not.toContain(comment);

    // A month on the period has ended: from its list, the department publishes the 采纳情况.
    await closeDraftsAMonthOn();
    await staffOpens(staffPage, ROUTES.draftStaff, staffSession);
    await settled(staffPage, title);
    await staffView.getByRole('button', { name: `公布采纳情况：${title}` }).click();
    await settled(staffPage, '再加一个要点');
    await staffView.getByRole('heading', { name: title, exact: true }).waitFor();
    const group = staffView.getByRole('group', { name: '第 1 个要点' });
    await group.getByRole('textbox', { name: '第 1 个意见要点' }).fill(point);
    await group.getByRole('button', { name: outcome, exact: true }).click();
    await group.getByRole('textbox', { name: '理由' }).fill(reason);
    await group.getByRole('button', { name: new RegExp(`^${section}：`) }).click();
    await checkPage(staffPage, 'answer-filled', width);
    await staffView.getByRole('button', { name: '公布采纳情况' }).click();
    await settled(staffPage, `结果：${outcome}（1 条意见）`);

    // The resident who commented reads it from the closed draft.
    await page.goto(appUrl(app.govopen.base, ROUTES.draftDetail, { id: draftId }));
    await settled(page, '看采纳情况');
    await view.getByRole('button', { name: '看采纳情况' }).click();
    await settled(page, `结果：${outcome}（1 条意见）`);
    const answered = view.getByRole('region', { name: point });
    expect(await answered.innerText()).toContain(`理由：${reason}`);
    expect(await answered.innerText()).toContain(masked);
    await checkPage(page, 'feedback-answered');
  });
});
