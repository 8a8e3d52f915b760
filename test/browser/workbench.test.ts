import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createStaffAccount, graphqlData, REPO, staffLogin as signInStaff } from '../support/run-govopen';
import { axeViolations, current, govOpenInBrowser, DESK, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, WIDTHS, labelsAndSeparatorsCut, wordsBrokenInside, type DisplaySettings } from '../support/browser';

// The 工作台 on the H5 build, in Chromium, as a 区民政局 clerk: sign in on the 工作台, read today's work
// in figures, then publish a policy from its Word file — what was read and where from, the issuer
// corrected after the checks refuse another body's name, checked, published — and a resident finds
// it by searching; repeal it with a date on 本部门的政策, and residents no longer find it; for a policy
// published without an interpretation, 本部门的政策 shows the due day and 写解读, the clerk writes it
// later and a resident reads it from the policy page; 修改 corrects a typo in a published title (asked
// first) and a resident reads the corrected one, and 修改解读 corrects its interpretation. A district
// admin on 工作人员账号 creates an account and resets its password, each time given a temporary password
// shown once, disables and re-enables it, the account's owner signing in on the 工作台 after each (setting
// their own password in place of a temporary one); and publishes for a department the resident
// then reads it under. Every job at a desk browser's 1280 px and a phone's 375 px, each width's run
// with data of its own; axe finds nothing serious; screenshots in test-artifacts/screenshots/workbench-*-{desk,phone}.png.

const ADMIN = { username: 'admin', password: 'browser-workbench-admin-password' };
const CLERK = { username: 'minzheng', password: 'browser-workbench-clerk-password', displayName: '区民政局信息员', department: '区民政局' };
const WORD_FILE = join(REPO, 'api/src/policies/import/corpus/17-word-file.docx');
const TITLE = '金华市婺城区人民政府办公室关于印发婺城区老年人助餐服务实施方案的通知';

const app = govOpenInBrowser('workbench', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const call = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => graphqlData<T>(app.govopen.base, query, variables, token);
const staffLogin = (who: { username: string; password: string }) => signInStaff(app.govopen.base, who);

let clerkCreated: Promise<unknown> | undefined;
const ensureClerk = () =>
  (clerkCreated ??= staffLogin(ADMIN).then(({ token }) =>
    createStaffAccount(app.govopen.base, token, { ...CLERK, role: 'DEPARTMENT_EDITOR' }),
  ));

/** A page at `size` with `who` signed in the way the mini-app keeps a staff session (and the display settings given). */
async function openAsStaff(route: string, size: { width: number; height: number }, who: { username: string; password: string }, settings?: DisplaySettings): Promise<Page> {
  const page = await app.browser.open(route, {}, settings);
  await page.setViewportSize(size);
  const session = await staffLogin(who);
  await page.evaluate((s) => localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: s })), session);
  await page.reload();
  return page;
}

/** The 工作台's sign-in form, in a tab of its own at `size`, filled in and sent. */
async function signInOnWorkbench(size: { width: number; height: number }, who: { username: string; password: string }): Promise<Page> {
  const page = await app.browser.open(ROUTES.workbench);
  await page.setViewportSize(size);
  await settled(page, '工作人员登录');
  await current(page).getByRole('textbox', { name: '用户名' }).fill(who.username);
  await current(page).getByLabel('密码').fill(who.password);
  await current(page).getByRole('button', { name: '登录', exact: true }).click();
  return page;
}

const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

it('a clerk signs in on the 工作台 and sees today’s work of their department in figures, at a desk and on a phone', async () => {
  await ensureClerk();
  const page = await signInOnWorkbench(DESK, CLERK);
  const view = current(page);
  await settled(page, '区民政局今天的工作');
  const labels = await view.getByTestId('work-count').locator('.gov-card__title').allInnerTexts();
  expect(labels).toEqual(expect.arrayContaining(['差评待办理', '延期待说明', '本周开放日']));
  // Each figure in its own measure word: open days are 场, questions 条, applications 份 — not all 件.
  const figureOf = async (label: string) => view.getByTestId('work-count').filter({ hasText: label }).locator('.workbench-count__figure').innerText();
  expect(await figureOf('本周开放日')).toMatch(/^\d+ 场$/);
  expect(await figureOf('留言待答复')).toMatch(/^\d+ 条$/);
  expect(await figureOf('公开申请待答复')).toMatch(/^\d+ 份$/);
  expect(await figureOf('差评待办理')).toMatch(/^\d+ 件$/);
  // Figures stand side by side at a desk.
  const boxes = await view.getByTestId('work-count').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
  expect(new Set(boxes).size).toBeLessThan(boxes.length);
  expect(await serious(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-home-desk');

  await page.setViewportSize(PHONE);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-home-phone');
  await view.getByRole('link', { name: /^发布政策文件/ }).click();
  await settled(page, '第一步：上传文件');
});

it('in 长辈版 on a 320 px phone, today’s figures and the jobs fit the screen, one under the other', async () => {
  await ensureClerk();
  const page = await openAsStaff(ROUTES.workbench, { width: 320, height: PHONE.height }, CLERK, { ...STANDARD, elder: true });
  await settled(page, '区民政局今天的工作');
  expect(await sidewaysOverflow(page)).toEqual([]);
  const lefts = await current(page).getByTestId('work-count').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  await screenshotWholePage(page, 'workbench-home-elder-320');
});

it.each(WIDTHS)('publishes a policy from its Word file at %s width, and a resident finds it', async (name, size) => {
  await ensureClerk();
  const page = await openAsStaff(ROUTES.workbenchPublish, size, CLERK);
  const view = current(page);
  await settled(page, '以区民政局的名义发布。');
  await view.getByLabel('选择文件').setInputFiles(WORD_FILE);

  const read = view.getByRole('group', { name: '第二步：核对读出的内容' });
  await read.waitFor();
  expect(await read.innerText()).toContain('婺政办发〔2022〕27号（版头，第2行）');
  expect(await read.innerText()).toContain('⚠ 没有发布日期，暂按成文日期2022年9月5日记');
  // The dates read, in words as on the document, with where each came from.
  expect(await read.innerText()).toMatch(/成文日期\s+2022年9月5日（/u);
  expect(await view.getByRole('textbox', { name: '标题' }).inputValue()).toBe(TITLE);
  expect(await serious(page)).toEqual([]);
  if (name === 'phone') expect(await sidewaysOverflow(page)).toEqual([]);

  // The document's own issuer is another body's name: the checks refuse it, in words.
  const checks = view.getByRole('group', { name: '第四步：发布前检查' });
  await checks.getByRole('button', { name: '检查' }).click();
  await checks.getByText('✕ 还不能发布：请先修改标着“必须修改”的地方。').waitFor();
  expect(await checks.innerText()).toContain('✕ 必须修改：发布机构只能写「区民政局」');
  expect(await view.getByRole('button', { name: '发布', exact: true }).count()).toBe(0);
  await screenshotWholePage(page, `workbench-publish-checks-${name}`);

  await view.getByRole('textbox', { name: '发布机构' }).fill('');
  // Each width publishes its own copy: a title and 文号 of its own (the same 文号 twice is the same policy).
  await view.getByRole('textbox', { name: '标题' }).fill(`${TITLE}（${name}）`);
  await view.getByRole('textbox', { name: '文号（可以不填）' }).fill(`示民发〔2026〕${size.width}号`);
  await checks.getByText('内容改过了，请重新检查。').waitFor();
  await checks.getByRole('button', { name: '检查' }).click();
  await checks.getByText(/^✓ /).waitFor();
  await view.getByRole('button', { name: '发布', exact: true }).click();
  await settled(page, '已发布');
  expect(await view.getByRole('status').filter({ hasText: '已发布' }).innerText()).toMatch(/解读最迟在\d{4}年\d{1,2}月\d{1,2}日 星期.发布（政策发布后3个工作日内/);
  await screenshotWholePage(page, `workbench-publish-done-${name}`);
  if (name === 'desk') {
    // Its interpretation at once, with the due day said.
    await view.getByRole('button', { name: '现在写政策解读' }).click();
    await settled(page, /^解读最迟在\d{4}年\d{1,2}月\d{1,2}日 星期.发布（政策发布后3个工作日内/);
    await current(page).getByRole('textbox', { name: '解读内容' }).fill('本区户籍60周岁以上老年人在助餐点用餐，每餐补助3元；低保老人再补2元。');
    await current(page).getByRole('textbox', { name: '咨询电话（可以不填）' }).fill('0579-82468000');
    expect(await serious(page)).toEqual([]);
    await screenshotWholePage(page, 'workbench-interpret-desk');
    await page.setViewportSize(PHONE);
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await serious(page)).toEqual([]);
    await screenshotWholePage(page, 'workbench-interpret-phone');
    await page.setViewportSize(DESK);
    await current(page).getByRole('button', { name: '发布解读' }).click();
    await settled(page, '解读已发布');
    await current(page).getByRole('button', { name: '看居民看到的解读' }).click();
    await settled(page, '每餐补助3元');
    await current(page).getByText('0579-82468000').first().waitFor();
  } else {
    await view.getByRole('button', { name: '看居民看到的页面' }).click();
    await settled(page, `${TITLE}（${name}）`);
  }

  // A resident, signed out, searches in everyday words and finds it.
  const resident = await app.browser.open(ROUTES.policySearch, { q: '老年人助餐' });
  await settled(resident, /已显示 \d+ 份/);
  await current(resident).getByText(`${TITLE}（${name}）`, { exact: true }).waitFor();
});

it('written by hand (没有文件，直接填写): nothing is marked until 检查 is tapped; then the missing title and body say so, each until it is filled', async () => {
  await ensureClerk();
  const page = await openAsStaff(ROUTES.workbenchPublish, PHONE, CLERK);
  const view = current(page);
  await settled(page, '以区民政局的名义发布。');
  await view.getByRole('button', { name: '没有文件，直接填写' }).click();
  const checks = view.getByRole('group', { name: '第四步：发布前检查' });
  await checks.waitFor();
  expect(await view.getByText(/^请填写(标题|正文)。$/u).count()).toBe(0);
  await checks.getByRole('button', { name: '检查' }).click();
  await checks.getByText('还有 2 处要改，请看每一项下面的说明。').waitFor();
  await view.getByText('请填写标题。').waitFor();
  await view.getByText('请填写正文。').waitFor();
  await view.getByRole('textbox', { name: '标题' }).fill('示例区民政局关于做好冬季困难群众救助工作的通知');
  await view.getByText('请填写标题。').waitFor({ state: 'detached' });
  expect(await view.getByText('请填写正文。').count()).toBe(1);
  await checks.getByText('还有 1 处要改，请看那一项下面的说明。').waitFor();
  await view.getByRole('textbox', { name: '正文', exact: true }).fill('各街道：\n一、救助对象\n本区低保、特困人员。');
  await view.getByText('请填写正文。').waitFor({ state: 'detached' });
  expect(await checks.getByText(/处要改/u).count()).toBe(0);
  await screenshotWholePage(page, 'workbench-publish-by-hand-phone');
});

describe.each(WIDTHS)('工作人员账号 at %s width: an account of its own', (width, size) => {
  const who = { username: `shebao-${width}`, password: `browser-workbench-shebao-${width}`, displayName: `区人力社保局信息员（${width === 'phone' ? '手机' : '电脑'}）` };
  const name = `${who.displayName}（${who.username}）`;

  /** 工作人员账号 signed in as the district admin, at this width. */
  async function accounts(): Promise<Page> {
    const page = await openAsStaff(ROUTES.workbenchStaff, size, ADMIN);
    await settled(page, '全部账号');
    return page;
  }

  /** The temporary password the page shows once, as the admin reads it out. */
  async function shownTemporaryPassword(page: Page): Promise<string> {
    const shown = current(page).getByRole('group', { name: '临时密码' });
    expect(await shown.innerText()).toContain('只显示这一次');
    const password = (await shown.locator('.workbench-temporary-password').innerText()).trim();
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    return password;
  }

  /** The clerk signs in with a temporary password, sets `password` as their own, and is in. */
  async function setOwnPassword(temporary: string, password: string, screenshot?: string) {
    const own = await signInOnWorkbench(size, { username: who.username, password: temporary });
    await settled(own, '设置新密码');
    const form = current(own);
    await form.getByLabel('新密码', { exact: true }).fill(password);
    await form.getByLabel('再输入一遍新密码').fill(password);
    if (screenshot) {
      expect(await serious(own)).toEqual([]);
      expect(await sidewaysOverflow(own)).toEqual([]);
      await screenshotWholePage(own, screenshot);
    }
    await form.getByRole('button', { name: '设置新密码并登录' }).click();
    await settled(own, '区人力社保局今天的工作');
    // Their own password is the one that signs in from now on; the temporary one no longer does.
    await expect(staffLogin({ username: who.username, password: temporary })).rejects.toThrow();
    who.password = password;
  }

  it('a district admin creates a clerk’s account and is shown its temporary password once; the clerk sets their own at the first sign-in', async () => {
    const page = await accounts();
    const form = current(page).getByRole('group', { name: '新建账号' });
    // Nobody types a password for somebody else.
    expect(await form.getByLabel(/密码/u).count()).toBe(0);
    await form.getByRole('textbox', { name: '用户名' }).fill(who.username);
    await form.getByRole('textbox', { name: '姓名或称呼' }).fill(who.displayName);
    await form.getByRole('button', { name: '其他部门（第一次建账号）' }).click();
    await form.getByRole('textbox', { name: '部门全称' }).fill('区人力社保局');
    await form.getByRole('button', { name: '新建账号' }).click();
    await settled(page, `已新建账号：${name}。`);
    const temporary = await shownTemporaryPassword(page);
    const card = current(page).getByRole('group', { name });
    expect(await card.innerText()).toContain('区人力社保局 · 部门工作人员');
    expect(await card.innerText()).toContain('用的是临时密码，等本人登录时设置自己的密码');
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-staff-created-${width}`);
    // Shown once: the page read again no longer has it.
    await page.reload();
    await settled(page, '全部账号');
    expect(await current(page).getByText(temporary).count()).toBe(0);

    await setOwnPassword(temporary, who.password, `workbench-new-password-${width}`);
  });

  it('a district admin resets its password, asked first, and is shown a temporary one; the clerk sets their own at the next sign-in and is in', async () => {
    const page = await accounts();
    const card = current(page).getByRole('group', { name });
    await card.getByRole('button', { name: '重设密码' }).click();
    const confirm = card.getByRole('group', { name: '确认重设密码' });
    expect(await confirm.innerText()).toContain('原来的密码马上不能用');
    await confirm.getByRole('button', { name: '确认重设密码' }).click();
    await settled(page, `${name}的密码已重设。`);
    const temporary = await shownTemporaryPassword(page);
    expect(await card.innerText()).toContain('用的是临时密码，等本人登录时设置自己的密码');
    await screenshotWholePage(page, `workbench-staff-reset-${width}`);
    await expect(staffLogin(who)).rejects.toThrow();

    await setOwnPassword(temporary, `${who.password}-own`);
  });

  it('a district admin disables it, asked first, and re-enables it; refused while disabled, the clerk then signs in again', async () => {
    const page = await accounts();
    const view = current(page);
    const card = view.getByRole('group', { name });
    // One tap only asks, saying what follows; 不改了 leaves the account as it was.
    await card.getByRole('button', { name: '停用' }).click();
    const confirm = card.getByRole('group', { name: '确认停用' });
    expect(await confirm.innerText()).toContain(`确定要停用${name}吗？停用后这个账号不能登录`);
    await confirm.getByRole('button', { name: '不改了' }).click();
    expect(await card.innerText()).not.toContain('已停用');
    await card.getByRole('button', { name: '停用' }).click();
    await confirm.getByRole('button', { name: '确认停用' }).click();
    await view.getByText(`${name}已停用。`).waitFor();
    expect(await card.innerText()).toContain('已停用，不能登录');
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-staff-${width}`);
    const refused = await signInOnWorkbench(size, who);
    await settled(refused, /^没能登录/u);
    await screenshotWholePage(refused, `workbench-sign-in-refused-${width}`);

    await card.getByRole('button', { name: '重新启用' }).click();
    await view.getByText(`${name}已重新启用，可以登录了。`).waitFor();
    // The clerk, on their own phone or at their desk, signs in on the 工作台 again.
    const own = await signInOnWorkbench(size, who);
    await settled(own, '区人力社保局今天的工作');
  });

  it('in 长辈版 an account’s 停用 and 重设密码 stay 60 px targets: side by side at a desk, one under the other on a phone', async () => {
    const page = await openAsStaff(ROUTES.workbenchStaff, size, ADMIN, { ...STANDARD, elder: true });
    await settled(page, '全部账号');
    const card = current(page).getByRole('group', { name });
    const boxes = await Promise.all(['停用', '重设密码'].map(async (button) => (await card.getByRole('button', { name: button, exact: true }).boundingBox())!));
    expect(boxes.filter((box) => box.width < 60 || box.height < 60)).toEqual([]);
    expect((await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60)).toEqual([]);
    const [disable, reset] = [boxes[0]!, boxes[1]!];
    expect(disable.y === reset.y && disable.x < reset.x).toBe(width === 'desk');
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-staff-elder-${width}`);
  });
});

/**
 * On a phone a card's facts wrap between them, each whole (发布日期：2026年…, never 发布日 / 期), no line
 * starting with a fact's · and no label left at a line's end without its value (before, seen failing:
 * 示民发〔2026〕376号 · 发布日期： / 2026年12月5日 · 现行有效).
 */
async function factsCut(page: Page): Promise<string[]> {
  const cut: string[] = [];
  for (const meta of await current(page).getByTestId('staff-policy').locator('.gov-card__meta').all()) cut.push(...(await wordsBrokenInside(meta)), ...(await labelsAndSeparatorsCut(meta)));
  return cut;
}

describe.each(WIDTHS)('本部门的政策 at %s width', (width, size) => {
  it('a clerk repeals the copy published at this width with a date; residents no longer find it among those in force', async () => {
    await ensureClerk();
    const copy = `${TITLE}（${width}）`;
    const page = await openAsStaff(ROUTES.workbenchPolicies, size, CLERK);
    const view = current(page);
    const card = view.getByRole('group', { name: copy });
    await card.waitFor();
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') {
      // At a desk the list stands in two columns (its first two policies side by side), its buttons as wide as their words.
      const tops = await view.getByTestId('staff-policy').evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect().top));
      expect(tops).toHaveLength(2);
      expect(tops[0]).toBe(tops[1]);
      expect(await stretchedButtons(page)).toEqual([]);
    } else expect(await factsCut(page)).toEqual([]);
    // 废止 asks first, with the day it stops; 不改了 leaves the policy in force.
    await card.getByRole('button', { name: '废止', exact: true }).click();
    await card.getByRole('group', { name: '确认废止' }).getByRole('button', { name: '不改了' }).click();
    expect(await card.getByLabel('废止日期').count()).toBe(0);
    await card.getByRole('button', { name: '废止', exact: true }).click();
    // The day it stops: today unless the clerk picks another.
    const day = await card.getByLabel('废止日期').inputValue();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    await screenshotWholePage(page, `workbench-policies-repeal-${width}`);
    await card.getByRole('button', { name: '确认废止' }).click();
    const [year, month, date] = day.split('-').map(Number);
    await view.getByRole('group', { name: copy }).getByText(`· 已废止（${year}年${month}月${date}日起）`, { exact: false }).waitFor();
    // Repealed, it owes no interpretation: no due day nags on its card.
    expect(await view.getByRole('group', { name: copy }).innerText()).not.toContain('解读最迟');
    // A repealed one's line is longer (… · 已废止（2026年12月5日起）); before, at 375 px it began a line with its ·.
    if (width === 'phone') expect(await factsCut(page)).toEqual([]);
    expect(await serious(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-policies-${width}`);

    // A resident, at the same width, searches: the repealed copy is not among the policies in force.
    const resident = await app.browser.open(ROUTES.policySearch, { q: '老年人助餐' });
    await resident.setViewportSize(size);
    // The phone's run leaves the desk's copy in force; after the desk's the search may find only
    // its interpretation, or nothing. The policies found, if any, are read in full before counting.
    await settled(resident, /已显示 \d+ |没有找到和“老年人助餐”有关的内容/u);
    const policies = current(resident).getByRole('region', { name: '政策文件', exact: true });
    if (await policies.count()) await policies.getByText(/^已显示 \d+ 份/u).waitFor();
    if (width === 'phone') await current(resident).getByText(`${TITLE}（desk）`, { exact: true }).waitFor();
    expect(await current(resident).getByText(copy).count()).toBe(0);
  });
});

describe.each(WIDTHS)('a district admin publishing at %s width', (width, size) => {
  it('picks the department from every department that has staff; a resident reads the policy under that department', async () => {
    await ensureClerk();
    const title = `${TITLE}（代区民政局发布，${width}）`;
    const page = await openAsStaff(ROUTES.workbenchPublish, size, ADMIN);
    const view = current(page);
    await settled(page, '全区管理员可以为任何部门发布：在第三步选部门，不选就是区政府办公室。');
    await view.getByLabel('选择文件').setInputFiles(WORD_FILE);
    const picker = view.getByRole('group', { name: '为哪个部门发布' });
    await picker.waitFor();
    expect(await picker.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('区政府办公室'), expect.stringContaining(CLERK.department)]));
    await picker.getByRole('button', { name: CLERK.department }).click();
    await picker.getByRole('button', { name: `${CLERK.department}，已选` }).waitFor();
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-publish-admin-${width}`);

    // The document's own issuer left out, the department's name stands; a title and 文号 of its own.
    await view.getByRole('textbox', { name: '发布机构' }).fill('');
    await view.getByRole('textbox', { name: '标题' }).fill(title);
    await view.getByRole('textbox', { name: '文号（可以不填）' }).fill(`示民发〔2026〕${size.width + 1}号`);
    const checks = view.getByRole('group', { name: '第四步：发布前检查' });
    await checks.getByRole('button', { name: '检查' }).click();
    await checks.getByText(/^✓ /).waitFor();
    await view.getByRole('button', { name: '发布', exact: true }).click();
    await settled(page, '已发布');
    expect(await view.getByRole('status').filter({ hasText: '已发布' }).innerText()).toContain(`发布机构：${CLERK.department}。`);
    await view.getByRole('button', { name: '看居民看到的页面' }).click();
    await settled(page, '— 全文完 —');
    const read = await current(page).innerText();
    expect(read).toContain(title);
    expect(read).toMatch(new RegExp(`发布机构\\s*${CLERK.department}`, 'u'));
  });
});

describe.each(WIDTHS)('an interpretation written later, at %s width', (width, size) => {
  it('本部门的政策: a policy published without one shows its due day and 写解读; the clerk writes and publishes it there; a resident reads it on the policy page', async () => {
    await ensureClerk();
    // Published this morning without an interpretation (through the API: publishing from a Word file is driven above).
    const title = `区民政局关于开展困难群众冬季送温暖活动的通知（${width}）`;
    const { publishPolicy } = await call<{ publishPolicy: { id: string } }>('mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }', { input: { title, body: '一、慰问对象\n本区低保、特困家庭。\n二、慰问标准\n每户发放慰问金500元。' } }, (await staffLogin(CLERK)).token);

    const page = await openAsStaff(ROUTES.workbenchPolicies, size, CLERK);
    const view = current(page);
    const card = view.getByRole('group', { name: title });
    await card.waitFor();
    const [, due] = (await card.innerText()).match(/还没有解读。解读最迟在(\d{4}年\d{1,2}月\d{1,2}日 星期.)发布（政策发布后3个工作日内）/u) ?? [];
    expect(due).toBeDefined();
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-policies-due-${width}`);

    // 写解读: the same due day, with why (3 working days after publishing).
    await card.getByRole('button', { name: '写解读' }).click();
    await settled(page, `解读最迟在${due}发布（政策发布后3个工作日内`);
    const form = current(page);
    await form.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await form.getByRole('textbox', { name: '解读标题' }).inputValue()).toBe(`《${title}》解读`);
    await form.getByRole('textbox', { name: '解读内容' }).fill('今年冬季，本区低保、特困家庭每户可领慰问金500元，由社区上门发放，不用申请。');
    await form.getByRole('textbox', { name: '咨询电话（可以不填）' }).fill('0579-82469000');
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-interpret-later-${width}`);
    await form.getByRole('button', { name: '发布解读' }).click();
    await settled(page, '解读已发布');

    // Back on 本部门的政策 the policy owes nothing any more.
    await page.goBack();
    await card.getByText('还没有解读', { exact: false }).waitFor({ state: 'detached' });
    await card.waitFor();
    expect(await card.innerText()).not.toMatch(/还没有解读|超期/u);

    // A resident, signed out, at the same width: the interpretation is offered on the policy page and reads in full.
    const resident = await app.browser.open(ROUTES.policyDetail, { id: publishPolicy.id });
    await resident.setViewportSize(size);
    await settled(resident, title);
    await current(resident).getByRole('navigation', { name: '政策解读' }).getByRole('button', { name: `解读：《${title}》解读` }).click();
    await settled(resident, '每户可领慰问金500元');
    await current(resident).getByText('0579-82469000').first().waitFor();
    expect(await serious(resident)).toEqual([]);
    await screenshotWholePage(resident, `workbench-interpretation-read-${width}`);
  });
});

describe.each(WIDTHS)('a published policy corrected at %s width', (width, size) => {
  it('本部门的政策 → 修改: the clerk corrects a typo in the title in the publish form, asked first; a resident then reads the corrected title; 修改解读 corrects its interpretation the same way', async () => {
    await ensureClerk();
    // Published with a typo (通和 for 通知), through the API: publishing in the form is driven above.
    const typo = `区民政局关于做好冬季防火安全工作的通和（${width}）`;
    const title = `区民政局关于做好冬季防火安全工作的通知（${width}）`;
    const input = { title: typo, documentNumber: `示民发〔2026〕${size.width + 2}号`, body: '各街道：\n一、工作要求\n做好辖区冬季防火安全检查。' };
    const { publishPolicy } = await call<{ publishPolicy: { id: string } }>('mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }', { input }, (await staffLogin(CLERK)).token);

    const page = await openAsStaff(ROUTES.workbenchPolicies, size, CLERK);
    const view = current(page);
    await view.getByRole('group', { name: typo }).getByRole('button', { name: '修改' }).click();
    await settled(page, '修改政策文件');
    // The title bar (in WeChat; here the tab) says so too, not 发布政策文件.
    await page.waitForFunction(() => document.title === '修改政策文件');
    // The same form, filled with the policy as published: nothing to upload.
    const titleField = view.getByRole('textbox', { name: '标题' });
    expect(await titleField.inputValue()).toBe(typo);
    expect(await view.getByRole('textbox', { name: '文号（可以不填）' }).inputValue()).toBe(input.documentNumber);
    expect(await view.getByLabel('选择文件').count()).toBe(0);
    await titleField.fill(title);
    // Its 文号 was mistyped too.
    const number = `示民发〔2026〕${size.width + 3}号`;
    await view.getByRole('textbox', { name: '文号（可以不填）' }).fill(number);
    const checks = view.getByRole('group', { name: '第二步：保存前检查' });
    await checks.getByRole('button', { name: '检查' }).click();
    // Not taken for a document already published: it is the one being corrected.
    await checks.getByText('✓ 检查通过，可以保存。').waitFor();
    await view.getByRole('button', { name: '保存修改' }).click();
    const asking = view.getByRole('group', { name: '确认修改' });
    await asking.getByText('确定修改吗？保存后居民马上看到改过的内容', { exact: false }).waitFor();
    expect(await serious(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    await screenshotWholePage(page, `workbench-policy-correct-${width}`);
    await asking.getByRole('button', { name: '确认修改' }).click();
    await settled(page, '已修改');
    expect(await view.getByRole('status').filter({ hasText: '已修改' }).innerText()).toContain(`「${title}」已修改，居民现在看到的是改过的内容。`);
    await screenshotWholePage(page, `workbench-policy-corrected-${width}`);

    // Later the document is published again under its corrected 文号: the check knows it, and offers its 修改.
    const twice = await openAsStaff(ROUTES.workbenchPublish, size, CLERK);
    const form = current(twice);
    await settled(twice, '以区民政局的名义发布。');
    await form.getByRole('button', { name: '没有文件，直接填写' }).click();
    await form.getByRole('textbox', { name: '标题' }).fill('关于做好冬季防火安全工作的通知');
    await form.getByRole('textbox', { name: '文号（可以不填）' }).fill(number);
    await form.getByRole('textbox', { name: '正文', exact: true }).fill(input.body);
    const checkedTwice = form.getByRole('group', { name: '第四步：发布前检查' });
    await checkedTwice.getByRole('button', { name: '检查' }).click();
    await checkedTwice.getByText('✕ 不能发布：这份文件已经发布过了。').waitFor();
    const finding = await checkedTwice.getByTestId('finding').innerText();
    expect(finding).toContain(`✕ 这份文件已经发布过了（文号相同）：「${title}」`);
    expect(finding).not.toContain('必须修改');
    expect(await form.getByRole('button', { name: '发布', exact: true }).count()).toBe(0);
    expect(await serious(twice)).toEqual([]);
    expect(await sidewaysOverflow(twice)).toEqual([]);
    await screenshotWholePage(twice, `workbench-publish-already-published-${width}`);
    await checkedTwice.getByRole('button', { name: '修改这份文件' }).click();
    await settled(twice, '第一步：修改');
    expect(await form.getByRole('textbox', { name: '标题' }).inputValue()).toBe(title);

    // A resident, signed out, at the same width: the corrected title, and no trace of the typo.
    const resident = await app.browser.open(ROUTES.policyDetail, { id: publishPolicy.id });
    await resident.setViewportSize(size);
    await settled(resident, '— 全文完 —');
    const read = await current(resident).innerText();
    expect(read).toContain(title);
    expect(read).not.toContain('通和');

    // 修改解读: its interpretation, published with a wrong phone number, corrected the same way.
    await call('mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id } }', { id: publishPolicy.id, input: { kind: 'TEXT', title: `${title}解读`, body: '请各街道在12月底前完成检查。', consultationPhone: '0579-8246900' } }, (await staffLogin(CLERK)).token);
    const again = await openAsStaff(ROUTES.workbenchPolicies, size, CLERK);
    const list = current(again);
    await list.getByRole('group', { name: title }).getByRole('button', { name: '修改解读' }).click();
    await settled(again, '修改政策解读');
    await again.waitForFunction(() => document.title === '修改政策解读');
    const phone = list.getByRole('textbox', { name: '咨询电话（可以不填）' });
    expect(await phone.inputValue()).toBe('0579-8246900');
    await phone.fill('0579-82469000');
    await list.getByRole('button', { name: '保存修改' }).click();
    await list.getByRole('group', { name: '确认修改' }).getByRole('button', { name: '确认修改' }).click();
    await settled(again, '解读已修改');
    expect(await serious(again)).toEqual([]);
    await screenshotWholePage(again, `workbench-interpretation-corrected-${width}`);
  });
});
