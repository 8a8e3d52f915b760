import { createServer } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { createStaffAccount, graphql } from '../support/run-govopen';
import { testPng } from '../support/test-png';
import {
  axeViolations,
  bodyFontSize,
  current,
  fieldValue,
  govOpenInBrowser,
  DESK,
  PHONE,
  ROUTES,
  screenshotWholePage,
  settled,
  sidewaysOverflow,
  STANDARD,
  stretchedButtons,
  tapTargets,
  type DisplaySettings,
  type Target,
} from '../support/browser';

// 民生实事 on the H5 build that `npm start` serves, in Chromium: a resident opens the demo list
// (2026年区十大民生实事（示例）) from home, filters it, opens a delayed project and reads its money, its
// late milestone with the department's reason and its timeline; a department's editor (created by the
// STAFF_BOOTSTRAP admin) signs in under 我的 → 工作人员, posts an update with a figure and a photo,
// and the resident's project page shows it, the photo enlarged in the page — on a phone (375 px, a
// 区民政局 editor) and at a desk browser (1280 px, a 区人社局 editor, another project). A resident evaluates a
// completed project once and proposes two for next year (再提一条 in between). A clerk creates a project (新建项目), corrects a
// report (更正) and cancels it (撤销项目); the resident's page shows the correction and 已取消 with the reason; a
// clerk makes a part of a project (上级项目 on 新建项目) and the resident finds it under the project's 分项目. axe-core, tap targets and body size on every
// project page in the standard mode and 长辈版; screenshots in test-artifacts/screenshots/projects-*.png.

const ADMIN = { username: 'admin', password: 'browser-projects-admin-password' };
const EDITOR = { username: 'minzheng', password: 'browser-projects-editor-password', displayName: '区民政局信息员', department: '区民政局' };
const TRAINER = { username: 'renshe', password: 'browser-projects-trainer-password', displayName: '区人社局信息员', department: '区人力资源和社会保障局' };

/** A free port, chosen before start-up: photo upload and photo addresses are made from PORT (0 would name port 0). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

const env: Record<string, string> = { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` };
beforeAll(async () => {
  env.PORT = String(await freePort());
});
const app = govOpenInBrowser('projects', env);

const LIST = '2026年区十大民生实事（示例）';
const DELAYED = '中小学校扩容';
const COMPLETED = '社区老年食堂（老年助餐点）建设';

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await graphql<T>(app.govopen.base, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const projectId = async (title: string) => {
  const { projects } = await call<{ projects: { edges: Array<{ node: { id: string; title: string } }> } }>('{ projects(filter: { year: 2026 }, first: 50) { edges { node { id title } } } }');
  return projects.edges.find(({ node }) => node.title === title)!.node.id;
};

/** A session kept as the mini-app keeps it (Taro's H5 storage: { data: value }); then the page is read again. */
async function keepSession(page: Page, key: string, session: { token: string; expiresAt: string }): Promise<void> {
  await page.evaluate(([k, s]) => localStorage.setItem(k as string, JSON.stringify({ data: s })), [key, session] as const);
  await page.reload();
}

const residentSession = async (name: string) =>
  (await call<{ login: { token: string; expiresAt: string } }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${name}` })).login;

const staffSession = async (who: { username: string; password: string }) =>
  (await call<{ staffLogin: { token: string; expiresAt: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }', { u: who.username, p: who.password })).staffLogin;

/** A department's editor, created once by the district admin. */
const staffCreated = new Map<string, Promise<unknown>>();
const ensureStaff = (who: typeof EDITOR) => {
  if (!staffCreated.has(who.username)) {
    const { username, password, displayName, department } = who;
    staffCreated.set(username, staffSession(ADMIN).then(({ token }) => createStaffAccount(app.govopen.base, token, { username, password, displayName, role: 'DEPARTMENT_EDITOR', department })));
  }
  return staffCreated.get(who.username)!;
};

const seriousViolations = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Dates of the timeline's entries as shown (2026年6月28日 · 进展), as YYYY-MM-DD. */
const timelineDates = async (page: Page) =>
  (await current(page).locator('.project-entry__title').allInnerTexts()).map((title) => {
    const [, y, m, d] = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(title)!;
    return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  });

describe('a resident follows the year’s projects', () => {
  it('home → the list with its overall progress → filter 已延期 → a delayed project: money in words, the late milestone’s reason, the timeline newest first', async () => {
    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '今年办的实事进度');
    await view.getByRole('link', { name: /^民生实事/ }).click();

    const overall = view.getByRole('group', { name: `${LIST}总体进度` });
    await overall.waitFor();
    expect(await overall.innerText()).toMatch(/总体进度：已完成 \d{1,2}%/);
    expect(await overall.innerText()).toMatch(/共 10 个项目：.*已延期 \d 个.*已完成 \d 个/);
    expect(await view.getByTestId('project-card').count()).toBe(10);
    const card = view.getByRole('link', { name: new RegExp(`^${DELAYED}`) });
    const cardText = await card.innerText();
    for (const words of ['状态：⚠ 已延期', '牵头单位：区教育局', '目标：新增中小学学位2400个']) expect(cardText).toContain(words);
    expect(cardText).toMatch(/已完成 \d{1,2}%/);

    await view.getByRole('group', { name: '按状态看' }).getByRole('button', { name: '已延期' }).click();
    await view.getByText(/^已延期：找到 \d 个项目$/).waitFor();
    const delayed = await view.locator('.project-card .gov-card__title').allInnerTexts();
    expect(delayed).toContain(DELAYED);
    expect(delayed).not.toContain('口袋公园建设');
    await view.getByRole('link', { name: new RegExp(`^${DELAYED}`) }).click();

    await settled(page, '资金安排与使用');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(DELAYED);
    expect(await view.getByTestId('budget-words').innerText()).toBe('安排 1.8 亿元，已使用 1.2 亿元，占 66%');
    const late = view.getByTestId('milestone').filter({ hasText: '第二中学新校区主体封顶' });
    expect(await late.innerText()).toMatch(/⚠ 已超期 \d+ 个工作日/);
    expect(await late.innerText()).toContain('延期原因（区教育局说明，2026年11月10日）：地下室施工遇到未探明的旧管道');
    const dates = await timelineDates(page);
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(dates).toEqual([...dates].sort().reverse());
    await view.getByText('2026年11月10日 · 延期说明').waitFor();
    await screenshotWholePage(page, 'projects-detail-delayed-standard');
  });

  it('evaluates a completed project once (signing in on the way), and proposes two projects for next year, 再提一条 in between (each stored once)', async () => {
    const id = await projectId(COMPLETED);
    const page = await app.browser.open(ROUTES.projectDetail, { id });
    const view = current(page);
    const region = view.getByRole('region', { name: '评价' });
    await region.waitFor();
    await region.getByRole('button', { name: '满意', exact: true }).click();
    await region.getByRole('button', { name: '提交评价' }).click();
    await region.getByText('需要先登录').waitFor();
    await region.getByRole('button', { name: '去“我的”登录' }).click();
    await settled(page, '测试登录');
    await view.getByRole('textbox', { name: '名字' }).fill('zhao');
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, '首次登录');
    await page.goBack();

    await region.getByRole('button', { name: '满意，已选' }).waitFor();
    await region.getByRole('textbox', { name: '想说的话（可以不填）' }).fill('饭菜软烂，适合老人。');
    await region.getByRole('button', { name: '提交评价' }).dblclick();
    await region.getByText('您的评价：满意').waitFor();
    expect(await region.getByRole('button', { name: '提交评价' }).count()).toBe(0);
    const { project } = await call<{ project: { evaluationSummary: { count: number } } }>('query($id: ID!) { project(id: $id) { evaluationSummary { count } } }', { id });
    expect(project.evaluationSummary.count).toBe(1);

    await view.getByRole('group', { name: '提建议' }).getByRole('button', { name: '我要提建议' }).click();
    await settled(page, '明年的民生实事，您最想办什么？');
    await proposeOnce(page, { ...FIRST_PROPOSAL, mobile: '13812345678' });
    // 再提一条: an empty form with nothing marked, and a second suggestion sent once for a double tap.
    await view.getByRole('button', { name: '再提一条' }).click();
    await emptyUnmarkedProposal(page);
    await proposeOnce(page, SECOND_PROPOSAL);
    await view.getByRole('button', { name: '查看我的建议' }).click();
    await view.getByRole('group', { name: SECOND_PROPOSAL.title }).waitFor();
    // Each stored once, newest first.
    expect(await view.getByTestId('proposal').getByRole('heading').allInnerTexts()).toEqual([SECOND_PROPOSAL.title, FIRST_PROPOSAL.title]);
    const first = await view.getByRole('group', { name: FIRST_PROPOSAL.title }).innerText();
    expect(first).toContain('已提交，等待区政府办公室答复');
    expect(first).toContain('138****5678');

    // Back to the thanks, and 再提一条 once more: again empty, unmarked, and the button still answers.
    await page.goBack();
    await view.getByRole('button', { name: '再提一条' }).click();
    await emptyUnmarkedProposal(page);
    await view.getByRole('button', { name: '提交建议' }).click();
    await view.getByText('还有 3 处要改，请看每一项下面的说明。').waitFor();
    await screenshotWholePage(page, 'projects-propose-mistakes-standard');
  });
});

const FIRST_PROPOSAL = { title: '小区加装路灯', description: '幸福社区3号楼到5号楼之间晚上太黑，老人走路不安全。', location: '城东街道幸福社区' };
const SECOND_PROPOSAL = { title: '菜市场门口加设公交站', description: '最近的公交站离菜市场800米，老人拎着菜走不动。', location: '城西街道农贸市场' };
const PROPOSAL_FIELDS = ['建议办的事', '具体内容', '地点'] as const;

/** 我要提建议 as it opens: every field empty, nothing said to be wrong. */
async function emptyUnmarkedProposal(page: Page): Promise<void> {
  const view = current(page);
  await settled(page, '明年的民生实事，您最想办什么？');
  for (const name of PROPOSAL_FIELDS) expect(await view.getByRole('textbox', { name }).inputValue()).toBe('');
  expect(await view.getByRole('spinbutton', { name: '手机号（可以不填）' }).inputValue()).toBe('');
  expect(await view.getByRole('alert').count()).toBe(0);
}

/**
 * A suggestion typed in and sent with a double tap: nothing is marked until the first tap, then how
 * many mistakes are left, counting down as the fields are filled.
 */
async function proposeOnce(page: Page, proposal: { title: string; description: string; location: string; mobile?: string }): Promise<void> {
  const view = current(page);
  expect(await view.getByRole('alert').count()).toBe(0);
  await view.getByRole('textbox', { name: '建议办的事' }).fill(proposal.title);
  await view.getByRole('button', { name: '提交建议' }).click();
  await view.getByText('还有 2 处要改，请看每一项下面的说明。').waitFor();
  await view.getByRole('textbox', { name: '具体内容' }).fill(proposal.description);
  await view.getByText('还有 1 处要改，请看那一项下面的说明。').waitFor();
  await view.getByRole('textbox', { name: '地点' }).fill(proposal.location);
  if (proposal.mobile) await view.getByRole('spinbutton', { name: '手机号（可以不填）' }).fill(proposal.mobile);
  expect(await view.getByText(/处要改/u).count()).toBe(0);
  await view.getByRole('button', { name: '提交建议' }).dblclick();
  await settled(page, '建议已提交，谢谢您');
  await view.getByText(proposal.title, { exact: true }).waitFor();
}

/** What each width's run posts: a department of its own, its own project, so the two runs never meet. */
const POSTS = [
  {
    width: 'phone', size: PHONE, editor: EDITOR, project: COMPLETED,
    text: '第21个助餐点在南湖街道开业，新增就餐座位40个。', figure: { name: '新增座位', value: '40', unit: '个' },
  },
  {
    width: 'desk', size: DESK, editor: TRAINER, project: '职业技能培训',
    text: '第二期养老护理员培训班在区职业技能实训基地开班，新增学员60人。', figure: { name: '新增学员', value: '60', unit: '人' },
  },
] as const;

describe.each(POSTS)('staff post progress at $size.width px; residents see it', ({ width, size, editor, project, text, figure }) => {
  it(`a ${editor.department} editor signs in under 我的 → 工作人员, posts an update with a figure and a photo (a double tap posts once); the project page shows it and enlarges the photo`, async () => {
    await ensureStaff(editor);
    const page = await app.browser.open(ROUTES.mine);
    await page.setViewportSize(size);
    const view = current(page);
    await settled(page, '测试登录');
    await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '工作人员登录' }).click();
    await view.getByRole('textbox', { name: '用户名' }).fill(editor.username);
    await view.getByLabel('密码').fill(editor.password);
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, '退出工作人员登录');
    await page.goBack();
    await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '民生实事报送进展' }).click();

    await settled(page, `${editor.department}2026年的项目`);
    const card = view.getByTestId('staff-project').filter({ hasText: project });
    expect(await card.innerText()).toContain(`牵头单位：${editor.department}`);
    await card.click();

    const form = view.getByRole('region', { name: '报送进展' });
    await form.waitFor();
    // Nothing is marked before 发布进展 is first tapped; then the missing text is said, until it is written.
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByRole('button', { name: '发布进展' }).click();
    await form.getByText('还有 1 处要改，请看那一项下面的说明。').waitFor();
    await form.getByText('请写进展内容：做了什么、到了哪一步。').waitFor();
    await form.getByRole('textbox', { name: '进展内容' }).fill(text);
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByRole('button', { name: '添加一项数据' }).click();
    await form.getByRole('textbox', { name: '第 1 项：名称' }).fill(figure.name);
    await form.getByRole('spinbutton', { name: '第 1 项：数值' }).fill(figure.value);
    await form.getByRole('textbox', { name: '第 1 项：单位' }).fill(figure.unit);
    // Money as a budget is written, in 万元; the amount in capitals and in 元 shows a slipped unit.
    await form.getByRole('spinbutton', { name: '本次使用资金（万元）' }).fill('15.5');
    await form.getByText('大写：壹拾伍万伍仟元整').waitFor();
    await form.getByText('即 155,000 元').waitFor();
    await form.getByLabel('选择照片').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: testPng() });
    await form.getByText(/^照片 1：\d+ KB，PNG$/).waitFor();
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page) }).toEqual({ width, violations: [], sideways: [] });
    await form.getByRole('button', { name: '发布进展' }).dblclick();
    await view.getByText('进展已发布。', { exact: false }).waitFor();
    // The page read the project again: the form is empty, the new entry is listed.
    await view.getByRole('list', { name: '最近的进展' }).getByText(text).waitFor();
    expect(await form.getByRole('textbox', { name: '进展内容' }).inputValue()).toBe('');
    await screenshotWholePage(page, `projects-report-posted-standard-${width}`);

    // Stored once, with the photo, posted by the department.
    const id = await projectId(project);
    const stored = await call<{ project: { updates: { edges: Array<{ node: { text: string; department: string; spending: number; photos: Array<{ url: string }> } }> } } }>(
      'query($id: ID!) { project(id: $id) { updates(first: 3) { edges { node { text department spending photos { url } } } } } }',
      { id },
    );
    const latest = stored.project.updates.edges[0]!.node;
    expect(latest).toMatchObject({ text, department: editor.department, spending: 155000 });
    // A double tap posts once.
    expect(stored.project.updates.edges.filter(({ node }) => node.text === text)).toHaveLength(1);
    expect(latest.photos).toHaveLength(1);

    // The resident's page (a fresh tab, nobody signed in, the same width): the update first, with its figure and photo.
    const resident = await app.browser.open(ROUTES.projectDetail, { id });
    await resident.setViewportSize(size);
    const page2 = current(resident);
    await settled(resident, text);
    const entry = page2.getByTestId('timeline-entry').first();
    const entryText = await entry.innerText();
    for (const words of [text, `发布单位：${editor.department}`, `${figure.name} ${figure.value} ${figure.unit}`, '本次使用资金：15.5 万元']) expect(entryText).toContain(words);
    const thumb = entry.getByRole('button', { name: /^看大图：/ });
    const photo = thumb.getByRole('img');
    await photo.evaluate((img: HTMLImageElement) => img.decode());
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await thumb.click();
    const large = entry.getByRole('group', { name: /^大图：/ });
    await large.waitFor();
    const shown = await large.getByRole('img').evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width);
    expect(shown).toBeGreaterThan(300);
    expect(await resident.locator('[role="dialog"]').count()).toBe(0);
    await screenshotWholePage(resident, `projects-detail-photo-standard-${width}`);
    await large.getByRole('button', { name: '收起大图' }).click();
    expect(await entry.getByRole('group', { name: /^大图：/ }).count()).toBe(0);
  });
});

type Mode = 'standard' | 'elder';
const SETTINGS: Record<Mode, DisplaySettings> = { standard: STANDARD, elder: { ...STANDARD, elder: true } };
const MIN_TARGET: Record<Mode, number> = { standard: 44, elder: 60 };
const tooSmall = (targets: Target[], min: number) => targets.filter((t) => t.width < min || t.height < min);

type Visit = { route: string; params?: Record<string, string>; resident?: string; staff?: typeof ADMIN; ready: string | RegExp };

/** The project pages, each with what says it has loaded. */
const PAGES: ReadonlyArray<[string, () => Promise<Visit>]> = [
  ['list', async () => ({ route: ROUTES.projects, ready: `${LIST}总体进度` })],
  ['detail', async () => ({ route: ROUTES.projectDetail, params: { id: await projectId(COMPLETED) }, resident: `axe${Date.now()}`, ready: '评价这个项目' })],
  ['detail-parent', async () => ({ route: ROUTES.projectDetail, params: { id: await projectId('老旧小区改造') }, ready: '分项目' })],
  ['propose', async () => ({ route: ROUTES.projectPropose, resident: 'axe-propose', ready: '提交建议' })],
  ['mine', async () => ({ route: ROUTES.projectMine, resident: 'axe-mine', ready: '您还没有提过建议。' })],
  ['staff', async () => ({ route: ROUTES.projectStaff, staff: EDITOR, ready: COMPLETED })],
  ['report', async () => ({ route: ROUTES.projectReport, params: { id: await projectId('老年人免费健康体检') }, staff: ADMIN, ready: '发布进展' })],
  ['new', async () => ({ route: ROUTES.projectNew, staff: EDITOR, ready: '保存并公开' })],
];

describe.each(Object.keys(SETTINGS) as Mode[])('project pages, %s mode', (mode) => {
  it.each(PAGES)('%s: no serious or critical axe violation, targets and text big enough, no sideways scrolling; screenshot', async (name, visit) => {
    const { route, params, resident, staff, ready } = await visit();
    if (staff) await ensureStaff(EDITOR);
    const page = await app.browser.open(route, params, SETTINGS[mode]);
    if (resident) await keepSession(page, 'govopen.session.v1', await residentSession(resident));
    if (staff) await keepSession(page, 'govopen.staff-session.v1', await staffSession(staff));
    await settled(page, ready);
    const violations = await axeViolations(page);
    expect({ page: name, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, violations: [] });
    expect({ page: name, tooSmall: tooSmall(await tapTargets(page), MIN_TARGET[mode]) }).toEqual({ page: name, tooSmall: [] });
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 22 : 18);
    expect({ page: name, overflow: await sidewaysOverflow(page) }).toEqual({ page: name, overflow: [] });
    await screenshotWholePage(page, `projects-${name}-${mode}`);
    if (!staff) return;
    // Staff pages are used at a desk browser too (1280 px): buttons as wide as their words there.
    await page.setViewportSize(DESK);
    const atDesk = await seriousViolations(page);
    expect({ page: name, atDesk, overflow: await sidewaysOverflow(page), stretched: await stretchedButtons(page) }).toEqual({ page: name, atDesk: [], overflow: [], stretched: [] });
    await screenshotWholePage(page, `projects-${name}-${mode}-desk`);
  });
});

describe('the year’s list at 320 px in 长辈版', () => {
  it('reflows without sideways scrolling', async () => {
    const page = await app.browser.open(ROUTES.projects, {}, SETTINGS.elder);
    await page.setViewportSize({ width: 320, height: 800 });
    await settled(page, `${LIST}总体进度`);
    expect(await sidewaysOverflow(page)).toEqual([]);
  });
});

/** 新建项目's fields filled in as a clerk types them; one milestone, due 2026-12-30. */
async function fillNewProject(form: Locator, fields: { title: string; summary: string; quantity: string; unit: string; target: string; wan: string; milestone: string }): Promise<void> {
  await form.getByRole('textbox', { name: '项目名称' }).fill(fields.title);
  await form.getByRole('textbox', { name: '项目简介' }).fill(fields.summary);
  await form.getByRole('spinbutton', { name: '目标数量' }).fill(fields.quantity);
  await form.getByRole('textbox', { name: '目标单位' }).fill(fields.unit);
  await form.getByRole('textbox', { name: '目标说明' }).fill(fields.target);
  await form.getByRole('spinbutton', { name: '安排资金（万元）' }).fill(fields.wan);
  await form.getByRole('textbox', { name: '第 1 个节点：名称' }).fill(fields.milestone);
  await form.getByLabel('第 1 个节点：计划完成日期').fill('2026-12-30');
}

/** What each width's run creates and cancels: its own department and project, so the two runs never meet. */
const CREATED = [
  { width: 'phone', size: PHONE, editor: EDITOR, title: '社区助浴点建设（浏览器测试·手机）', reason: '选址与社区卫生服务站重叠，并入明年的助餐项目。' },
  { width: 'desk', size: DESK, editor: TRAINER, title: '夜间技能课堂（浏览器测试·桌面）', reason: '报名人数不足，改为线上课程，不再单独立项。' },
] as const;

describe.each(CREATED)('staff create, correct and cancel a project at $size.width px; residents see it cancelled', ({ width, size, editor, title, reason }) => {
  it(`a ${editor.department} editor creates a project from 民生实事报送, corrects a report, then cancels it with a reason; the resident page says 已取消 with the reason and shows the correction`, async () => {
    await ensureStaff(editor);
    const page = await app.browser.open(ROUTES.projectStaff);
    await page.setViewportSize(size);
    await keepSession(page, 'govopen.staff-session.v1', await staffSession(editor));
    const view = current(page);
    await settled(page, `${editor.department}2026年的项目`);
    await view.getByRole('button', { name: '新建项目' }).click();

    const form = view.getByRole('group', { name: '新建项目' });
    await form.waitFor();
    // Nothing filled in: each mistake is said under its field, nothing is sent.
    await form.getByRole('button', { name: '保存并公开' }).click();
    await form.getByText('请填写项目名称。').waitFor();
    await form.getByText('请填写安排资金；没有安排资金写 0。').waitFor();
    await fillNewProject(form, { title, summary: '在社区里办一件居民盼的事。', quantity: '3', unit: '个', target: '建成3个，惠及居民约2000人', wan: '120', milestone: '完成选址' });
    await form.getByText('大写：壹佰贰拾万元整').waitFor();
    await form.getByText('2026年12月30日 星期三').waitFor();
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `projects-new-standard-${width}`);
    await form.getByRole('button', { name: '保存并公开' }).click();

    // The new project's staff page opens.
    await settled(page, '发布进展');
    await view.getByRole('heading', { name: title }).waitFor();
    // A report with a slip, then its 更正 (the form starts from the entry).
    const report = view.getByRole('region', { name: '报送进展' });
    await report.getByRole('textbox', { name: '进展内容' }).fill('已完成选址3处。');
    await report.getByRole('button', { name: '发布进展' }).click();
    await view.getByText('进展已发布。', { exact: false }).waitFor();
    await view.getByRole('button', { name: /^更正.+的进展$/ }).click();
    const correction = view.getByRole('region', { name: /^更正.+的进展$/ });
    const corrected = correction.getByRole('textbox', { name: '更正后的内容' });
    expect(await corrected.inputValue()).toBe('已完成选址3处。');
    await corrected.fill('已完成选址2处（前一条误写为3处）。');
    await correction.getByRole('button', { name: '发布更正' }).click();
    await view.getByText('更正已发布。', { exact: false }).waitFor();
    await view.getByRole('button', { name: '撤销项目' }).click();
    const cancel = view.getByRole('group', { name: '确认撤销' });
    await cancel.getByText(`确定撤销「${title}」吗？`, { exact: false }).waitFor();
    await cancel.getByRole('textbox', { name: '撤销原因' }).fill(reason);
    await screenshotWholePage(page, `projects-cancel-confirm-standard-${width}`);
    await cancel.getByRole('button', { name: '确认撤销' }).click();
    await view.getByText('项目已撤销。', { exact: false }).waitFor();
    await view.getByText(`取消原因：${reason}`, { exact: false }).waitFor();
    expect(await view.getByRole('region', { name: '报送进展' }).count()).toBe(0);

    // The resident's page (a fresh tab, nobody signed in, the same width).
    const id = await projectId(title);
    const resident = await app.browser.open(ROUTES.projectDetail, { id });
    await resident.setViewportSize(size);
    await settled(resident, `${reason}`);
    const shown = await current(resident).innerText();
    for (const words of [title, '状态：已取消', `取消原因（`, reason, `项目取消\n发布单位：${editor.department}`, '已完成选址2处（前一条误写为3处）。', '这条内容有误，已更正']) expect(shown).toContain(words);
    await screenshotWholePage(resident, `projects-detail-cancelled-standard-${width}`);
  });
});

/** What each width's run creates (through the API) and then edits in the browser: its own department, list and project. */
const EDITED = [
  { width: 'phone', size: PHONE, editor: EDITOR, list: '2026年浏览器测试清单（手机）', title: '社区长者服务站（浏览器测试·手机）', renamed: '社区长者服务站建设（浏览器测试·手机）', reason: '街道腾出两处闲置用房，增建2个服务站。' },
  { width: 'desk', size: DESK, editor: TRAINER, list: '2026年浏览器测试清单（桌面）', title: '家门口就业驿站（浏览器测试·桌面）', renamed: '家门口就业驿站建设（浏览器测试·桌面）', reason: '市级就业补助资金到位，增建2个驿站。' },
] as const;

describe.each(EDITED)('staff edit a project at $size.width px; residents see the edited details', ({ width, size, editor, list, title, renamed, reason }) => {
  it(`a ${editor.department} editor opens 修改项目 from the project's staff page, renames it, raises its target and budget with a reason; the resident page shows the new details and 计划调整`, async () => {
    await ensureStaff(editor);
    const session = await staffSession(editor);
    const input = {
      year: 2026,
      list,
      title,
      summary: '在社区里办一件居民盼的事。',
      target: { quantity: 3, unit: '个', text: '建成3个' },
      budgetPlanned: 1_200_000,
      milestones: [{ title: '全部建成', plannedDate: '2026-12-30' }],
    };
    const { createProject } = await call<{ createProject: { id: string } }>('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', { input }, session.token);
    const id = createProject.id;

    const page = await app.browser.open(ROUTES.projectReport, { id });
    await page.setViewportSize(size);
    await keepSession(page, 'govopen.staff-session.v1', session);
    const view = current(page);
    await settled(page, '发布进展');
    await view.getByRole('button', { name: '修改项目' }).click();

    const form = view.getByRole('group', { name: '修改项目' });
    await form.waitFor();
    // Filled with the project as it is; what cannot change is said, not offered.
    expect(await form.getByRole('textbox', { name: '项目名称' }).inputValue()).toBe(title);
    expect(await form.getByRole('spinbutton', { name: '安排资金（万元）' }).inputValue()).toBe('120');
    await form.getByText('全部建成：计划2026年12月30日完成（权重 1）').waitFor();
    await form.getByRole('textbox', { name: '项目名称' }).fill(renamed);
    await form.getByRole('textbox', { name: '项目简介' }).fill('在社区里建长者服务站，老人就近吃饭、理发、量血压。');
    await form.getByRole('spinbutton', { name: '目标数量' }).fill('5');
    await form.getByRole('textbox', { name: '目标说明' }).fill('建成5个');
    await form.getByRole('spinbutton', { name: '安排资金（万元）' }).fill('200');
    await form.getByText('大写：贰佰万元整').waitFor();
    // Target and budget changed: the reason is asked for, and said to be public.
    await form.getByRole('button', { name: '保存修改' }).click();
    await form.getByText('改了目标或安排资金，要写调整原因；原因会和调整一起公开给居民看。').waitFor();
    await form.getByRole('textbox', { name: '调整原因' }).fill(reason);
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `projects-edit-standard-${width}`);
    await form.getByRole('button', { name: '保存修改' }).click();

    // Back on the project's staff page, with the new name.
    await view.getByRole('heading', { name: renamed }).waitFor();
    await settled(page, '发布进展');

    // The resident's page (a fresh tab, nobody signed in, the same width).
    const resident = await app.browser.open(ROUTES.projectDetail, { id });
    await resident.setViewportSize(size);
    await settled(resident, renamed);
    const shown = await current(resident).innerText();
    for (const words of [
      // A new plan is not work done.
      '状态：尚未开始',
      '在社区里建长者服务站，老人就近吃饭、理发、量血压。',
      '安排 200 万元',
      `计划调整\n发布单位：${editor.department}`,
      `计划调整：目标由 3 个（建成3个） 调整为 5 个（建成5个）；安排资金由 120 万元 调整为 200 万元。调整原因：${reason}`,
    ])
      expect(shown).toContain(words);
    expect(shown).not.toContain(title);
    expect(await fieldValue(current(resident), '目标').innerText()).toBe('建成5个');
    expect({ width, violations: await seriousViolations(resident) }).toEqual({ width, violations: [] });
    await screenshotWholePage(resident, `projects-detail-edited-standard-${width}`);
  });
});

/** Each width's project whose milestone is put right in the browser (改名称或计划日期). */
const CORRECTED = [
  { width: 'phone', size: PHONE, editor: EDITOR, list: '2026年浏览器测试清单（节点·手机）', title: '社区助浴点（浏览器测试·手机）' },
  { width: 'desk', size: DESK, editor: TRAINER, list: '2026年浏览器测试清单（节点·桌面）', title: '技能培训基地（浏览器测试·桌面）' },
] as const;

describe.each(CORRECTED)('a milestone corrected at $size.width px; residents read the 计划调整', ({ width, size, editor, list, title }) => {
  it(`a ${editor.department} editor renames a milestone and moves its planned date with a reason; the resident page shows the new milestone and why`, async () => {
    await ensureStaff(editor);
    const session = await staffSession(editor);
    const year = new Date().getFullYear() + 1;
    const input = { year, list, title, summary: '在社区里办一件居民盼的事。', target: { quantity: 1, unit: '个', text: '建成1个' }, budgetPlanned: 300_000, milestones: [{ title: '开工', plannedDate: `${year}-03-31` }] };
    const { createProject } = await call<{ createProject: { id: string } }>('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', { input }, session.token);
    const page = await app.browser.open(ROUTES.projectReport, { id: createProject.id });
    await page.setViewportSize(size);
    await keepSession(page, 'govopen.staff-session.v1', session);
    const view = current(page);
    await settled(page, '进度节点');
    await view.getByRole('button', { name: '改名称或计划日期' }).click();
    const form = view.getByRole('group', { name: '改名称或计划日期：开工' });
    expect(await form.getByRole('textbox', { name: '节点名称' }).inputValue()).toBe('开工');
    await form.getByRole('textbox', { name: '节点名称' }).fill('场地改造开工');
    await form.getByLabel('计划完成日期').fill(`${year}-04-30`);
    await form.getByRole('textbox', { name: '调整原因' }).fill('场地租赁合同推迟一个月签订。');
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(page, `projects-milestone-correct-standard-${width}`);
    await form.getByRole('button', { name: '保存并公开调整' }).click();
    await settled(page, '「场地改造开工」已调整，调整和原因已公开。');

    const resident = await app.browser.open(ROUTES.projectDetail, { id: createProject.id });
    await resident.setViewportSize(size);
    await settled(resident, title);
    const shown = await current(resident).innerText();
    expect(shown).toContain(`计划调整：节点「开工」改名为「场地改造开工」；节点「场地改造开工」的计划完成日期由${year}年3月31日调整为${year}年4月30日。调整原因：场地租赁合同推迟一个月签订。`);
    expect(shown).toContain('场地改造开工');
    // A new plan is not work done.
    expect(shown).toContain('状态：尚未开始');
    await screenshotWholePage(resident, `projects-detail-milestone-corrected-standard-${width}`);
  });
});

/** Each width's project that takes parts (created through the API, without milestones) and the part made under it in the browser. */
const PARTS = [
  { width: 'phone', size: PHONE, editor: EDITOR, list: '2026年浏览器测试清单（分项目·手机）', parent: '困难老人家庭适老化改造（浏览器测试·手机）', child: '城东街道适老化改造（浏览器测试·手机）' },
  { width: 'desk', size: DESK, editor: TRAINER, list: '2026年浏览器测试清单（分项目·桌面）', parent: '职业技能提升行动（浏览器测试·桌面）', child: '城西街道技能课堂（浏览器测试·桌面）' },
] as const;

describe.each(PARTS)('上级项目 on 新建项目 at $size.width px; residents find the part under its project', ({ width, size, editor, list, parent, child }) => {
  it(`a ${editor.department} editor makes a part of a project the department leads; the parent's page lists it under 分项目, and the part's page leads back to the whole project`, async () => {
    await ensureStaff(editor);
    const session = await staffSession(editor);
    const parentInput = { year: 2026, list, title: parent, summary: '分街道实施，每个街道一个分项目。', target: { quantity: 2, unit: '个街道', text: '2个街道全部完成' }, budgetPlanned: 0, milestones: [] };
    const { createProject } = await call<{ createProject: { id: string } }>('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', { input: parentInput }, session.token);

    const page = await app.browser.open(ROUTES.projectNew);
    await page.setViewportSize(size);
    await keepSession(page, 'govopen.staff-session.v1', session);
    const view = current(page);
    const form = view.getByRole('group', { name: '新建项目' });
    await form.waitFor();
    // 上级项目: the department's projects without milestones; choosing one puts the part in that project's list.
    const parents = form.getByRole('group', { name: '上级项目' });
    await parents.getByRole('button', { name: `${parent}（${list}）` }).click();
    await parents.getByRole('button', { name: `${parent}（${list}），已选` }).waitFor();
    await form.getByRole('spinbutton', { name: '在上级项目里的顺序（可以不填）' }).waitFor();
    expect(await form.getByRole('textbox', { name: '所属清单' }).inputValue()).toBe(list);
    await fillNewProject(form, { title: child, summary: '先从一个街道做起。', quantity: '1', unit: '个街道', target: '1个街道全部完成', wan: '80', milestone: '全部完成' });
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `projects-new-part-standard-${width}`);
    await form.getByRole('button', { name: '保存并公开' }).click();
    await settled(page, '发布进展');
    await view.getByRole('heading', { name: child }).waitFor();

    // The resident (a fresh tab, nobody signed in): the part under 分项目 on its project's page, its money in the whole.
    const resident = await app.browser.open(ROUTES.projectDetail, { id: createProject.id });
    await resident.setViewportSize(size);
    await settled(resident, '分项目');
    const shown = await current(resident).innerText();
    expect(shown).toMatch(new RegExp(`分项目\\s*${child.replace(/[()（）·]/gu, '.')}`, 'u'));
    expect(shown).toContain('安排 80 万元');
    expect({ width, violations: await seriousViolations(resident), sideways: await sidewaysOverflow(resident) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(resident, `projects-detail-parts-standard-${width}`);
    await current(resident).getByRole('link').filter({ hasText: child }).click();
    await settled(resident, '先从一个街道做起。');
    await current(resident).getByRole('button', { name: `属于「${parent}」，查看整个项目` }).waitFor();
  });
});
