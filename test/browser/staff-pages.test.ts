import type { Page } from 'playwright-core';
import { currentYear } from '../../miniapp/src/lib/format';
import { createStaffAccount, graphqlData, staffLogin as signInStaff } from '../support/run-govopen';
import { axeViolations, current, govOpenInBrowser, DESK, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, WIDTHS, wordsBrokenInside } from '../support/browser';

// Staff pages on the H5 build in Chromium, in 长辈版, as clerks use them on their phones (375 px) and
// at a desk browser (1280 px); every job runs at both widths, each width's run with data of its own:
// the open-day form with its agenda and who attends (a clerk creates an open day, publishes it, a
// resident finds it, reads them and signs up), 开放日管理 and 办理开放日; a bad-rating case with its
// appeal (the public 全区合计 then says one more was taken out); the district office's answers to
// residents' proposals (the call-back number masked until the office asks for it in full), adopted,
// merged into a project and declined (the resident reads each answer under 我的建议, and opens the
// project theirs was merged into); 服务二维码's 修改 and 停用 (the
// service's rating page then says it is disabled); 发布设置 (a sensitive word and a name 区民政局 may
// publish under, which the clerk's pre-publish check then uses; the resident sees the policy under
// that name); 修改密码 (the clerk then signs in with the new password).
// Each page: axe finds nothing serious; on a phone targets are 60 px and nothing goes sideways at
// 320 px; at 1280 px nothing goes sideways and no button stretches across the page; screenshots in
// test-artifacts/screenshots/staff-*-elder-{phone,desk}.png.

const ADMIN = { username: 'admin', password: 'browser-staff-pages-admin-password' };
const CLERK = { username: 'minzheng', password: 'browser-staff-pages-clerk-password' };
const ELDER = { ...STANDARD, elder: true };

const app = govOpenInBrowser('staff-pages', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const call = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => graphqlData<T>(app.govopen.base, query, variables, token);
const staffLogin = (who: { username: string; password: string }) => signInStaff(app.govopen.base, who);

let admin = '';
beforeAll(async () => {
  admin = (await staffLogin(ADMIN)).token;
  await createStaffAccount(app.govopen.base, admin, { ...CLERK, displayName: '区民政局信息员', role: 'DEPARTMENT_EDITOR', department: '区民政局' });
});

/** A page opened in 长辈版 with a staff session, as the mini-app keeps it. */
async function openAsStaff(route: string, params: Record<string, string>, who: { username: string; password: string }, ready: string | RegExp): Promise<Page> {
  const page = await app.browser.open(route, params, ELDER);
  const session = await staffLogin(who);
  await page.evaluate((s) => localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: s })), session);
  await page.reload();
  await settled(page, ready);
  return page;
}

const seriousViolations = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

type Width = (typeof WIDTHS)[number][0];

/**
 * At a phone's 375 px: axe, 60 px targets, nothing sideways at 320 px; at a desk's 1280 px: axe,
 * nothing sideways and no button stretched across the page. Then the screenshot
 * staff-<name>-elder-<width>.png to look at. Leaves the page at that width.
 */
async function check(page: Page, name: string, width: Width): Promise<void> {
  await page.setViewportSize(width === 'phone' ? PHONE : DESK);
  expect({ name, width, violations: await seriousViolations(page) }).toEqual({ name, width, violations: [] });
  if (width === 'phone') {
    const small = (await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60);
    expect({ name, small }).toEqual({ name, small: [] });
    await screenshotWholePage(page, `staff-${name}-elder-phone`);
    await page.setViewportSize({ width: 320, height: PHONE.height });
    expect({ name, sideways: await sidewaysOverflow(page) }).toEqual({ name, sideways: [] });
    await page.setViewportSize(PHONE);
  } else {
    expect({ name, sideways: await sidewaysOverflow(page), stretched: await stretchedButtons(page) }).toEqual({ name, sideways: [], stretched: [] });
    await screenshotWholePage(page, `staff-${name}-elder-desk`);
  }
}

/** The tops of the named fields' inputs: equal when they stand side by side. */
const topsOf = (page: Page, labels: string[]) => Promise.all(labels.map(async (label) => (await current(page).getByLabel(label, { exact: true }).boundingBox())!.y));

/** YYYY-MM-DD, `days` from now in Beijing. */
const daysAhead = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** What each width's run creates: an open day of its own, signed up for by a resident of its own. */
const OPEN_DAYS = [
  { width: 'phone', size: PHONE, title: '走进民政局：居家养老服务开放日', resident: 'open-day-phone', name: '李春梅', phone: '13612345678' },
  { width: 'desk', size: DESK, title: '走进民政局：社区老年食堂开放日', resident: 'open-day-desk', name: '王秀英', phone: '13698765432' },
] as const;

describe.each(OPEN_DAYS)('an open day at $size.width px', ({ width, size, title, resident: login, name, phone }) => {
  it('a clerk creates it on the form and publishes it; a resident finds it among 政府开放日 and signs up', async () => {
    const page = await openAsStaff(ROUTES.eventEdit, {}, CLERK, '保存为草稿');
    await page.setViewportSize(size);
    const view = current(page);
    // Nothing is marked before 保存为草稿 is first tapped; then each missing field says so, until it is filled.
    expect(await view.getByText('请填写开放日的名称。').count()).toBe(0);
    await view.getByRole('button', { name: '保存为草稿' }).click();
    await view.getByText('请填写开放日的名称。').waitFor();
    await view.getByText('请选择开放日期。').waitFor();
    await view.getByText(/^还有 \d+ 处要改，请看每一项下面的说明。$/u).waitFor();
    await view.getByLabel('主题').fill('民生保障');
    await view.getByLabel('名称').fill(title);
    expect(await view.getByText('请填写开放日的名称。').count()).toBe(0);
    await view.getByText('请选择开放日期。').waitFor();
    await view.getByLabel('介绍').fill('参观居家养老服务指导中心，听高龄津贴政策解读，现场提问。');
    await view.getByLabel('开放日期').fill(daysAhead(20));
    await view.getByLabel('开始时间').fill('09:30');
    await view.getByLabel('结束时间').fill('11:30');
    await view.getByLabel('地点（线上举办可以不填）').fill('示例区民政局一楼大厅');
    await view.getByLabel('纬度').fill('29.08');
    await view.getByLabel('经度').fill('119.65');
    await view.getByLabel('名额').fill('30');
    await view.getByLabel('报名截止日期').fill(daysAhead(18));
    // 议程 and who attends, row by row.
    await view.getByRole('button', { name: '加一项议程' }).click();
    await view.getByLabel('第 1 项：时间').fill('09:30');
    await view.getByLabel('第 1 项：内容').fill('参观居家养老服务指导中心');
    await view.getByRole('button', { name: '加一项议程' }).click();
    await view.getByLabel('第 2 项：内容').fill('高龄津贴政策解读和现场答问');
    await view.getByRole('button', { name: '加一位出席人员' }).click();
    await view.getByLabel('第 1 位：姓名').fill('张明');
    await view.getByLabel('第 1 位：职务').fill('区民政局副局长');
    // A phone stacks the fields; a desk, in 长辈版 too, sets the day and its two times in one row.
    expect(new Set(await topsOf(page, ['开放日期', '开始时间', '结束时间'])).size).toBe(width === 'phone' ? 3 : 1);
    // All filled in: nothing is said to be wrong any more.
    expect(await view.getByText(/处要改/u).count()).toBe(0);
    await check(page, 'event-form', width);

    await view.getByRole('button', { name: '保存为草稿' }).click();
    await settled(page, '草稿（居民看不到）');
    await current(page).getByRole('button', { name: '发布，开始报名' }).click();
    await settled(page, '已发布，居民现在能看到并报名了。');
    await check(page, 'event-manage', width);
    await current(page).getByRole('button', { name: '修改开放日信息' }).click();
    await settled(page, '改好后保存。');
    expect(await current(page).getByLabel('名称').inputValue()).toBe(title);
    await check(page, 'event-form-edit', width);

    const list = await openAsStaff(ROUTES.eventStaff, {}, CLERK, title);
    await check(list, 'event-staff', width);

    // A resident, at the same width, finds it among 政府开放日 and reads its agenda and who attends.
    const resident = await app.browser.open(ROUTES.eventList, {}, ELDER);
    await resident.setViewportSize(size);
    await settled(resident, title);
    await current(resident).getByText(title).first().click();
    await settled(resident, '到场答复的领导和工作人员');
    const detail = await current(resident).innerText();
    for (const words of ['议程', '上午9:30', '参观居家养老服务指导中心', '高龄津贴政策解读和现场答问', '区民政局副局长 张明']) expect(detail).toContain(words);

    // Signed in, they sign up for it; the clerk's list then counts them on this open day.
    const session = (await call<{ login: unknown }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${login}` })).login;
    await resident.evaluate((s) => localStorage.setItem('govopen.session.v1', JSON.stringify({ data: s })), session);
    await resident.reload();
    await settled(resident, '到场答复的领导和工作人员');
    await current(resident).getByRole('button', { name: '我要报名' }).click();
    await settled(resident, '提交报名');
    await current(resident).getByRole('textbox', { name: '姓名' }).fill(name);
    await current(resident).getByRole('spinbutton', { name: '手机号' }).fill(phone);
    await current(resident).getByRole('button', { name: '提交报名' }).click();
    await settled(resident, '报名已提交');
    expect(await current(resident).getByRole('status').filter({ hasText: '已报名' }).innerText()).toBe('已报名成功');
    expect({ width, violations: await seriousViolations(resident), sideways: await sidewaysOverflow(resident) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(resident, `event-signed-up-elder-${width}`);
    const staffList = await openAsStaff(ROUTES.eventStaff, {}, CLERK, title);
    await current(staffList).getByRole('link').filter({ hasText: title }).getByText('名额 30 个：已报名 1 人，已签到 0 人').waitFor();
  });
});

/** What each width's run adds on 发布设置: a sensitive word and a name 区民政局 may publish under, and the policy that meets them. */
const SETTINGS = [
  { width: 'phone', size: PHONE, word: '内部传阅', issuer: '示例区老龄工作委员会办公室', title: '示例区民政局关于开展高龄津贴集中核查的通知', number: '示民发〔2026〕31号' },
  { width: 'desk', size: DESK, word: '仅供领导参阅', issuer: '示例区养老服务体系建设领导小组办公室', title: '示例区民政局关于做好老年助餐点年度检查的通知', number: '示民发〔2026〕32号' },
] as const;

describe.each(SETTINGS)('发布设置 at $size.width px', ({ width, size, word, issuer, title, number }) => {
  it('a district admin adds a sensitive word and a name 区民政局 may publish under; the clerk’s pre-publish check finds the word, accepts the name, and residents read the policy under it', async () => {
    const page = await openAsStaff(ROUTES.workbenchSettings, {}, ADMIN, '敏感词（一行一个）');
    await page.setViewportSize(size);
    const view = current(page);
    const words = view.getByRole('textbox', { name: '敏感词（一行一个）' });
    await words.fill(`${await words.inputValue()}\n${word}`);
    await view.getByRole('button', { name: '保存敏感词' }).click();
    await settled(page, /由 系统管理员 保存$/u);
    await view.getByRole('textbox', { name: '部门' }).fill('区民政局');
    await view.getByRole('button', { name: '查看这个部门的' }).click();
    await settled(page, /^区民政局现在可以用：区民政局/u);
    const names = view.getByRole('textbox', { name: '另外可用的名称（一行一个）' });
    await names.fill(`${await names.inputValue()}\n${issuer}`);
    await view.getByRole('button', { name: '保存发布机构名称' }).click();
    await settled(page, /^已保存。区民政局现在可以用：区民政局、/u);
    expect(await view.getByText(/^已保存。/u).innerText()).toContain(issuer);
    await check(page, 'publishing-settings', width);
    // Both are kept: read again, the list has the word and 区民政局 the name.
    await page.reload();
    await settled(page, '敏感词（一行一个）');
    expect((await current(page).getByRole('textbox', { name: '敏感词（一行一个）' }).inputValue()).split('\n')).toContain(word);
    await current(page).getByRole('textbox', { name: '部门' }).fill('区民政局');
    await current(page).getByRole('button', { name: '查看这个部门的' }).click();
    await settled(page, /^区民政局现在可以用：/u);
    expect(await current(page).getByText(/^区民政局现在可以用：/u).innerText()).toContain(issuer);

    // The clerk publishes a notice whose text holds the word, under the name the admin allowed.
    const publish = await openAsStaff(ROUTES.workbenchPublish, {}, CLERK, '以区民政局的名义发布。');
    await publish.setViewportSize(size);
    const form = current(publish);
    const body = ['各街道、乡镇：', '为做好今年的老年人服务工作，现将有关事项通知如下。', `一、本通知${word}，请各街道按时报送。`, '二、联系人：区民政局老龄科。'];
    await form.getByRole('textbox', { name: '或者粘贴正文' }).fill([title, number, ...body].join('\n'));
    await form.getByRole('button', { name: '读取粘贴的正文' }).click();
    await form.getByRole('group', { name: '第二步：核对读出的内容' }).waitFor();
    await form.getByRole('textbox', { name: '发布机构', exact: true }).fill(issuer);
    const checks = form.getByRole('group', { name: '第四步：发布前检查' });
    await checks.getByRole('button', { name: '检查' }).click();
    await checks.getByText('✓ 可以发布，但请先核对下面几处。').waitFor();
    const found = await checks.getByTestId('finding').allInnerTexts();
    expect(found).toEqual([expect.stringMatching(new RegExp(`^⚠ 请核对：第\\d+行有敏感词「${word}」，请核实后再发布。\\s*原文：.*${word}`, 'u'))]);
    expect({ width, violations: await seriousViolations(publish), sideways: await sidewaysOverflow(publish) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(publish, `staff-publish-sensitive-word-elder-${width}`);
    // The clerk takes the word out; checked again, nothing is left to look at.
    const text = form.getByRole('textbox', { name: '正文', exact: true });
    await text.fill((await text.inputValue()).replace(word, '请各单位知悉'));
    await checks.getByRole('button', { name: '检查' }).click();
    await checks.getByText('✓ 检查通过，可以发布。').waitFor();
    await form.getByRole('button', { name: '发布', exact: true }).click();
    await settled(publish, '已发布');
    expect(await form.getByRole('status').filter({ hasText: '已发布' }).innerText()).toContain(`发布机构：${issuer}。`);

    // A resident reads it under that name.
    await form.getByRole('button', { name: '看居民看到的页面' }).click();
    await settled(publish, '— 全文完 —');
    const read = await current(publish).innerText();
    for (const words of [title, number, issuer, '请各单位知悉']) expect(read).toContain(words);
    expect(read).not.toContain(word);
  });
});

/** How many ratings the public 全区合计 says were taken out on appeal (近3个月, as the page opens). */
async function takenOut(): Promise<number> {
  const figures = await app.browser.open(ROUTES.ratingFigures, {}, ELDER);
  await settled(figures, '全区合计');
  const total = await current(figures).locator('.gov-card').filter({ has: figures.getByRole('heading', { name: '全区合计' }) }).innerText();
  await figures.close();
  return Number(/申诉后撤下\s*(\d+) 条/u.exec(total)?.[1] ?? 0);
}

/** What each width's run appeals: a case of its own (the clerk's nth without an appeal), in words of its own. */
const APPEALS = [
  { width: 'phone', size: PHONE, nth: 0, reason: '评价人当天没有来窗口办理，系恶意差评。', decider: 'district2-phone' },
  { width: 'desk', size: DESK, nth: 1, reason: '评价人当天无办件记录，窗口监控可证，系恶意差评。', decider: 'district2-desk' },
] as const;

describe.each(APPEALS)('a bad-rating case’s appeal at $size.width px', ({ width, size, nth, reason, decider }) => {
  it('the district admin who decides it upholds it; the public figures at that width say it was taken out', async () => {
    const clerk = (await staffLogin(CLERK)).token;
    const cases = await call<{ ratingCases: { edges: Array<{ node: { id: string; appeal: unknown } }> } }>('{ ratingCases(first: 20) { edges { node { id appeal { reason } } } } }', {}, clerk);
    const id = cases.ratingCases.edges.filter(({ node }) => !node.appeal)[nth]!.node.id;
    await call('mutation($id: ID!, $reason: String!) { appealRating(caseId: $id, reason: $reason) { id } }', { id, reason }, clerk);
    // Another district admin than the one who could have appealed decides (four eyes).
    const second = { username: decider, password: `browser-staff-pages-${decider}-pass` };
    await createStaffAccount(app.govopen.base, admin, { ...second, displayName: '区政府办公室复核员', role: 'DISTRICT_ADMIN', department: '区政府办公室' });
    const appeals = await openAsStaff(ROUTES.ratingAppeals, {}, second, `申诉理由：${reason}`);
    await check(appeals, 'appeals', width);
    await current(appeals).getByText(`申诉理由：${reason}`).click();
    await settled(appeals, '办理经过');
    await current(appeals).getByRole('button', { name: '申诉成立，撤下这条评价' }).waitFor();
    await check(appeals, 'case-appeal', width);
    const before = await takenOut();
    await current(appeals).getByRole('button', { name: '申诉成立，撤下这条评价' }).click();
    await settled(appeals, '申诉成立：这条评价已撤下，不再计入满意度。');
    const decided = await current(appeals).innerText();
    expect(decided).toContain('申诉成立，评价已撤下，不计入满意度');
    expect(decided).toMatch(/办结\s*\d{4}年\d{1,2}月\d{1,2}日，申诉成立，评价已撤下/u);
    expect(decided).not.toContain('居民未表示满意');
    expect({ width, violations: await seriousViolations(appeals), sideways: await sidewaysOverflow(appeals) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(appeals, `staff-case-appeal-upheld-elder-${width}`);

    // The public figures, at the same width, say openly that one more rating was taken out.
    const figures = await app.browser.open(ROUTES.ratingFigures, {}, ELDER);
    await figures.setViewportSize(size);
    await settled(figures, '全区合计');
    const total = await current(figures).locator('.gov-card').filter({ has: figures.getByRole('heading', { name: '全区合计' }) }).innerText();
    expect(total).toContain(`申诉后撤下\n${before + 1} 条（经区政府办公室核实为恶意评价，不计入以上数字）`);
    expect({ width, violations: await seriousViolations(figures), sideways: await sidewaysOverflow(figures) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(figures, `rating-figures-appeal-upheld-elder-${width}`);
  });
});

/** What each width's run edits and disables: a service of its own. */
const SERVICES = [
  { width: 'phone', size: PHONE, name: '高龄津贴申领（手机）', renamed: '高龄津贴申请（手机）' },
  { width: 'desk', size: DESK, name: '高龄津贴申领（电脑）', renamed: '高龄津贴申请（电脑）' },
] as const;

describe.each(SERVICES)('服务二维码: 修改 and 停用 at $size.width px', ({ width, size, name, renamed }) => {
  it('a clerk renames a service and disables it; a resident opening its code is told it is disabled', async () => {
    const clerk = (await staffLogin(CLERK)).token;
    const { createService } = await call<{ createService: { id: string } }>('mutation($input: ServiceInput!) { createService(input: $input) { id } }', { input: { name, channel: 'ONLINE' } }, clerk);
    const page = await openAsStaff(ROUTES.ratingQrCodes, {}, CLERK, name);
    await page.setViewportSize(size);
    const card = current(page).getByRole('region', { name });
    await card.getByRole('button', { name: '修改' }).click();
    const form = card.getByRole('form', { name: `修改“${name}”` });
    expect(await form.getByRole('textbox', { name: '服务名称' }).inputValue()).toBe(name);
    await form.getByRole('textbox', { name: '服务名称' }).fill(renamed);
    await form.getByRole('button', { name: '保存修改' }).click();
    await settled(page, `已保存“${renamed}”的修改。`);

    const saved = current(page).getByRole('region', { name: renamed });
    await saved.getByRole('button', { name: '停用' }).click();
    await saved.getByRole('button', { name: '确认停用' }).click();
    await settled(page, `“${renamed}”已停用。`);
    expect(await saved.innerText()).toContain('已停用：群众扫码会看到“这项服务已停用，不能评价了”。');
    expect(await saved.getByTestId('qr-code').count()).toBe(0);
    await saved.getByRole('button', { name: '重新启用' }).waitFor();
    // Phone buttons span the card by design; at a desk they are as wide as their words.
    const stretched = size === DESK ? await stretchedButtons(page) : [];
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page), stretched }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `staff-service-disabled-elder-${width}`);

    // The resident who scans the printed code lands on the rating page, which says so plainly.
    const rate = await app.browser.open(ROUTES.ratingRate, { service: createService.id }, ELDER);
    await rate.setViewportSize(size);
    await settled(rate, /这项服务已停用，不能评价了/u);
    const text = await current(rate).innerText();
    expect(text).toContain(`这项服务已停用，不能评价了。（区民政局 · ${renamed}）`);
    expect(text).not.toContain('好评（满意）');
    expect({ width, violations: await seriousViolations(rate), sideways: await sidewaysOverflow(rate) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(rate, `rating-service-disabled-elder-${width}`);
  });
});

/** A resident's page opened with their 测试登录 session, as the mini-app keeps it. */
async function openAsResident(route: string, login: string, ready: string | RegExp): Promise<Page> {
  const page = await app.browser.open(route, {}, ELDER);
  const session = await call<{ login: { token: string; expiresAt: string } }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${login}` });
  await page.evaluate((s) => localStorage.setItem('govopen.session.v1', JSON.stringify({ data: s })), session.login);
  await page.reload();
  await settled(page, ready);
  return page;
}

describe.each(WIDTHS)('a resident’s proposal at %s width', (width, size) => {
  it('the district office adopts it with a reply on 居民建议; the resident reads the answer under 我的建议', async () => {
    const title = `老旧小区加装电梯（${width}）`;
    const resident = await call<{ login: { token: string } }>('mutation($code: String!) { login(code: $code) { token } }', { code: `dev:lift-${width}` });
    await call('mutation($input: ProjectProposalInput!) { proposeProject(input: $input) { id } }', { input: { title, description: '六层老楼没有电梯，老人上下楼很难。', location: '城东街道', contactMobile: '13912345678' } }, resident.login.token);
    const page = await openAsStaff(ROUTES.projectProposals, {}, ADMIN, title);
    const card = current(page).getByRole('article', { name: title });
    // The call-back number the proposer left: masked on the card, in full only when the office asks (that read is recorded).
    expect(await card.innerText()).toContain('回电号码\n139****5678');
    expect(await card.innerText()).not.toContain('13912345678');
    // Its facts wrap between them, each whole: 2026年12月5日提交, never 12月5 / 日.
    expect(await wordsBrokenInside(card.locator('.gov-card__meta'))).toEqual([]);
    await check(page, 'proposals', width);
    await card.getByRole('button', { name: '查看完整回电号码（会记录在案）' }).click();
    await card.getByText('13912345678').waitFor();
    // The full number takes the masked one's place: one number on the card, not two.
    expect(await card.innerText()).not.toContain('139****5678');
    await screenshotWholePage(page, `staff-proposal-contact-elder-${width}`);
    await card.getByRole('button', { name: '采纳', exact: true }).click();
    await card.getByRole('textbox', { name: '答复内容' }).fill('已列入明年民生实事清单，由区住建局牵头。');
    await card.getByRole('button', { name: '发送答复', exact: true }).click();
    // Answered once only: asked first, naming the answer and the proposal.
    await card.getByText(`确定按「采纳」答复「${title}」吗？`, { exact: false }).waitFor();
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(page, `staff-proposal-confirm-elder-${width}`);
    await card.getByRole('button', { name: '确认发送答复' }).click();
    await settled(page, `已答复「${title}」。`);
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(page, `staff-proposal-answered-elder-${width}`);

    const mine = await openAsResident(ROUTES.projectMine, `lift-${width}`, title);
    await mine.setViewportSize(size);
    const text = await current(mine).innerText();
    expect(text).toMatch(/答复（\d{4}年\d{1,2}月\d{1,2}日）\s*已列入明年民生实事清单，由区住建局牵头。/u);
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshotWholePage(mine, `projects-mine-answered-elder-${width}`);
  });

  /** A proposal of the resident `login` (their own at this width), sent through the API; its title. */
  async function proposal(login: string, title: string): Promise<string> {
    const resident = await call<{ login: { token: string } }>('mutation($code: String!) { login(code: $code) { token } }', { code: `dev:${login}` });
    await call('mutation($input: ProjectProposalInput!) { proposeProject(input: $input) { id } }', { input: { title, description: '家门口没有地方，老人只能在路边坐。', location: '城西街道' } }, resident.login.token);
    return title;
  }

  it('the district office merges one into a project of this year’s list (合并到其他项目); the resident reads 已合并 with the answer and opens that project from 我的建议', async () => {
    const project = `城西街道口袋公园建设（${width}）`;
    await call('mutation($input: ProjectInput!) { createProject(input: $input) { id } }', { input: { year: currentYear(), list: `${currentYear()}年浏览器测试清单（${width}）`, title: project, summary: '在城西街道建口袋公园，老人就近散步休息。', leadDepartment: '区住建局', target: { quantity: 4, unit: '个', text: '建成4个口袋公园' }, budgetPlanned: 2_000_000, milestones: [] } }, admin);
    const title = await proposal(`bench-${width}`, `城西街道多放几张长椅（${width}）`);
    const page = await openAsStaff(ROUTES.projectProposals, {}, ADMIN, title);
    await page.setViewportSize(size);
    const card = current(page).getByRole('article', { name: title });
    await card.getByRole('button', { name: '合并到其他项目', exact: true }).click();
    // Merging names the project: sending without one is refused on the form.
    await card.getByRole('textbox', { name: '答复内容' }).fill('已并入城西街道口袋公园建设，园内设置长椅。');
    await card.getByRole('button', { name: '发送答复' }).click();
    await card.getByText('请选择合并到哪个项目。').waitFor();
    await card.getByRole('group', { name: '合并到哪个项目' }).getByRole('button', { name: `${currentYear()}年 · ${project}` }).click();
    // Chosen: the message goes at once (the screenshot shows the form ready to send).
    expect(await card.getByText('请选择合并到哪个项目。').count()).toBe(0);
    expect({ width, violations: await seriousViolations(page), sideways: await sidewaysOverflow(page) }).toEqual({ width, violations: [], sideways: [] });
    await screenshotWholePage(page, `staff-proposal-merging-elder-${width}`);
    await card.getByRole('button', { name: '发送答复', exact: true }).click();
    await card.getByRole('button', { name: '确认发送答复' }).click();
    await settled(page, `已答复「${title}」。`);
    expect(await card.innerText()).toContain(`关联项目：${project}`);

    const mine = await openAsResident(ROUTES.projectMine, `bench-${width}`, title);
    await mine.setViewportSize(size);
    const mineCard = current(mine).getByRole('group', { name: title });
    const text = await mineCard.innerText();
    expect(text).toMatch(/办理情况\s*已合并到其他项目或建议/u);
    expect(text).toMatch(/答复（\d{4}年\d{1,2}月\d{1,2}日）\s*已并入城西街道口袋公园建设，园内设置长椅。/u);
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshotWholePage(mine, `projects-mine-merged-elder-${width}`);
    await mineCard.getByRole('button', { name: `看项目「${project}」` }).click();
    await settled(mine, '在城西街道建口袋公园，老人就近散步休息。');
  });

  it('the district office declines one (不予采纳) with its reason; the resident reads 未采纳 and the reason under 我的建议', async () => {
    const title = await proposal(`pool-${width}`, `小区里建游泳池（${width}）`);
    const page = await openAsStaff(ROUTES.projectProposals, {}, ADMIN, title);
    await page.setViewportSize(size);
    const card = current(page).getByRole('article', { name: title });
    await card.getByRole('button', { name: '不予采纳', exact: true }).click();
    // Declining links no project: none is offered.
    expect(await card.getByRole('group', { name: /项目/u }).count()).toBe(0);
    await card.getByRole('textbox', { name: '答复内容' }).fill('小区内没有可用场地，附近的区体育中心游泳馆已对居民优惠开放。');
    await card.getByRole('button', { name: '发送答复', exact: true }).click();
    await card.getByRole('button', { name: '确认发送答复' }).click();
    await settled(page, `已答复「${title}」。`);
    expect(await card.innerText()).toContain('已答复：不予采纳');
    await screenshotWholePage(page, `staff-proposal-declined-elder-${width}`);

    const mine = await openAsResident(ROUTES.projectMine, `pool-${width}`, title);
    await mine.setViewportSize(size);
    const text = await current(mine).getByRole('group', { name: title }).innerText();
    expect(text).toMatch(/办理情况\s*未采纳/u);
    expect(text).toMatch(/答复（\d{4}年\d{1,2}月\d{1,2}日）\s*小区内没有可用场地，附近的区体育中心游泳馆已对居民优惠开放。/u);
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshotWholePage(mine, `projects-mine-declined-elder-${width}`);
  });
});

describe.each(WIDTHS)('修改密码 at %s width', (width, size) => {
  it('a clerk changes their own password and then signs in on the 工作台 with the new one', async () => {
    const who = { username: `jiaoyu-${width}`, password: `browser-staff-pages-jiaoyu-${width}-old` };
    const renewed = `browser-staff-pages-jiaoyu-${width}-new`;
    await createStaffAccount(app.govopen.base, admin, { ...who, displayName: '区教育局信息员', role: 'DEPARTMENT_EDITOR', department: '区教育局' });
    const page = await openAsStaff(ROUTES.workbenchPassword, {}, who, '修改以后，下次登录用新密码。');
    await page.setViewportSize(size);
    const view = current(page);
    await view.getByLabel('现在的密码').fill('not-the-password');
    await view.getByLabel('新密码', { exact: true }).fill(renewed);
    await view.getByLabel('再输入一遍新密码').fill(renewed);
    await view.getByRole('button', { name: '修改密码' }).click();
    // A mistyped current password is said on the form; the clerk stays signed in.
    await settled(page, /^没能修改：/u);
    expect(await view.getByRole('button', { name: '退出工作人员登录' }).count()).toBe(1);
    await view.getByLabel('现在的密码').fill(who.password);
    await view.getByRole('button', { name: '修改密码' }).click();
    await settled(page, '密码已修改。下次登录请用新密码。');
    await check(page, 'password', width);
    await expect(staffLogin(who)).rejects.toThrow();

    // Next time, on the 工作台's sign-in form at the same width, the new password lets them in.
    const again = await app.browser.open(ROUTES.workbench, {}, ELDER);
    await again.setViewportSize(size);
    await settled(again, '工作人员登录');
    await current(again).getByRole('textbox', { name: '用户名' }).fill(who.username);
    await current(again).getByLabel('密码').fill(renewed);
    await current(again).getByRole('button', { name: '登录', exact: true }).click();
    await settled(again, '区教育局今天的工作');
  });
});
