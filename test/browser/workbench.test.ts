import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { graphql, graphqlData, REPO, staffLogin as signInStaff } from '../support/run-govopen';
import { axeViolations, current, govOpenInBrowser, DESK, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, stretchedButtons } from '../support/browser';

// The 工作台 on the H5 build, in Chromium, as a 区民政局 clerk: sign in on the 工作台, read today's work
// in figures, then publish a policy from its Word file — what was read and where from, the issuer
// corrected after the checks refuse another body's name, checked, published — and a resident finds
// it by searching. At a desk browser's 1280 px and a phone's 375 px; axe finds nothing serious;
// screenshots in test-artifacts/screenshots/workbench-*.png.

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
    call('mutation($input: CreateStaffInput!) { createStaff(input: $input) { username } }', { input: { username: CLERK.username, password: CLERK.password, displayName: CLERK.displayName, role: 'DEPARTMENT_EDITOR', department: CLERK.department } }, token),
  ));

/** `who` signed in the way the mini-app keeps a staff session, then the page read again. */
async function signedInAs(page: Page, who: { username: string; password: string }): Promise<void> {
  const session = await staffLogin(who);
  await page.evaluate((s) => localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: s })), session);
  await page.reload();
}

const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');

it('a clerk signs in on the 工作台 and sees today’s work of their department in figures, at a desk and on a phone', async () => {
  await ensureClerk();
  const page = await app.browser.open(ROUTES.workbench);
  await page.setViewportSize(DESK);
  const view = current(page);
  await settled(page, '工作人员登录');
  await view.getByRole('textbox', { name: '用户名' }).fill(CLERK.username);
  await view.getByLabel('密码').fill(CLERK.password);
  await view.getByRole('button', { name: '登录', exact: true }).click();
  await settled(page, '区民政局今天的工作');
  const labels = await view.getByTestId('work-count').locator('.gov-card__title').allInnerTexts();
  expect(labels).toEqual(expect.arrayContaining(['差评待办理', '延期待说明', '本周开放日']));
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

for (const [name, size] of [['desk', DESK], ['phone', PHONE]] as const) {
  it(`publishes a policy from its Word file (${size.width} px), and a resident finds it`, async () => {
    await ensureClerk();
    const page = await app.browser.open(ROUTES.workbenchPublish);
    await page.setViewportSize(size);
    await signedInAs(page, CLERK);
    const view = current(page);
    await settled(page, '以区民政局的名义发布。');
    await view.getByLabel('选择文件').setInputFiles(WORD_FILE);

    const read = view.getByRole('group', { name: '第二步：核对读出的内容' });
    await read.waitFor();
    expect(await read.innerText()).toContain('婺政办发〔2022〕27号（版头，第2行）');
    expect(await read.innerText()).toContain('⚠ 没有发布日期，暂按成文日期 2022-09-05 记');
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
    expect(await view.getByRole('status').filter({ hasText: '已发布' }).innerText()).toMatch(/请在\d{4}年\d{1,2}月\d{1,2}日 星期.前发布它的政策解读（3个工作日内/);
    await screenshotWholePage(page, `workbench-publish-done-${name}`);
    if (name === 'desk') {
      // Its interpretation at once, with the due day said.
      await view.getByRole('button', { name: '现在写政策解读' }).click();
      await settled(page, /^解读应在\d{4}年\d{1,2}月\d{1,2}日 星期.前发布（政策发布后3个工作日内/);
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
}

it('after a district admin resets a clerk’s password, the clerk sets their own on the 工作台 and is in', async () => {
  await ensureClerk();
  const { token } = await staffLogin(ADMIN);
  await call('mutation($u: ID!, $p: String!) { resetStaffPassword(username: $u, temporaryPassword: $p) { mustChangePassword } }', { u: CLERK.username, p: 'temporary-password-1' }, token);
  const page = await app.browser.open(ROUTES.workbench);
  const view = current(page);
  await settled(page, '工作人员登录');
  await view.getByRole('textbox', { name: '用户名' }).fill(CLERK.username);
  await view.getByLabel('密码').fill('temporary-password-1');
  await view.getByRole('button', { name: '登录', exact: true }).click();
  await settled(page, '设置新密码');
  await view.getByLabel('新密码', { exact: true }).fill(CLERK.password);
  await view.getByLabel('再输入一遍新密码').fill(CLERK.password);
  await view.getByRole('button', { name: '设置新密码并登录' }).click();
  await settled(page, '区民政局今天的工作');
  // The new password is the one that signs in from now on.
  expect((await staffLogin(CLERK)).token).toBeTruthy();
});

it('a district admin disables a clerk’s account and re-enables it on 工作人员账号; the clerk signs in again', async () => {
  await ensureClerk();
  const page = await app.browser.open(ROUTES.workbenchStaff);
  await page.setViewportSize(DESK);
  await signedInAs(page, ADMIN);
  const view = current(page);
  const clerk = view.getByRole('group', { name: `${CLERK.displayName}（${CLERK.username}）` });
  await clerk.waitFor();
  await clerk.getByRole('button', { name: '停用' }).click();
  await view.getByText(`${CLERK.displayName}（${CLERK.username}）已停用。`).waitFor();
  expect(await clerk.innerText()).toContain('已停用，不能登录');
  const refused = await graphql(app.govopen.base, 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }', { u: CLERK.username, p: CLERK.password });
  expect(refused.body.errors?.[0]).toBeTruthy();
  expect(await serious(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-staff-desk');

  await clerk.getByRole('button', { name: '重新启用' }).click();
  await view.getByText(`${CLERK.displayName}（${CLERK.username}）已重新启用，可以登录了。`).waitFor();
  await page.setViewportSize(PHONE);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-staff-phone');
  // The clerk, on their own phone, signs in on the 工作台 again.
  const own = await app.browser.open(ROUTES.workbench);
  const form = current(own);
  await settled(own, '工作人员登录');
  await form.getByRole('textbox', { name: '用户名' }).fill(CLERK.username);
  await form.getByLabel('密码').fill(CLERK.password);
  await form.getByRole('button', { name: '登录', exact: true }).click();
  await settled(own, '区民政局今天的工作');
});

it('a clerk repeals a policy from 本部门的政策 with a date; residents no longer find it among those in force', async () => {
  await ensureClerk();
  const phoneCopy = `${TITLE}（phone）`;
  const page = await app.browser.open(ROUTES.workbenchPolicies);
  await page.setViewportSize(DESK);
  await signedInAs(page, CLERK);
  const view = current(page);
  const card = view.getByRole('group', { name: phoneCopy });
  await card.waitFor();
  expect(await serious(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toEqual([]);
  // At a desk the list stands in two columns (its first two policies side by side), its buttons as wide as their words.
  const tops = await view.getByTestId('staff-policy').evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect().top));
  expect(tops).toHaveLength(2);
  expect(tops[0]).toBe(tops[1]);
  expect(await stretchedButtons(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-policies-desk');
  await page.setViewportSize(PHONE);
  await card.getByRole('button', { name: '废止', exact: true }).click();
  await card.getByRole('button', { name: '确认废止' }).click();
  await view.getByRole('group', { name: phoneCopy }).getByText(/· 已废止（\d{4}年/).first().waitFor();
  expect(await serious(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-policies-phone');

  const resident = await app.browser.open(ROUTES.policySearch, { q: '老年人助餐' });
  await settled(resident, /已显示 \d+ 份/);
  await current(resident).getByText(`${TITLE}（desk）`, { exact: true }).waitFor();
  expect(await current(resident).getByText(phoneCopy).count()).toBe(0);
});

it('a district admin publishing picks the department from every department that has staff', async () => {
  await ensureClerk();
  const page = await app.browser.open(ROUTES.workbenchPublish);
  await page.setViewportSize(DESK);
  await signedInAs(page, ADMIN);
  const view = current(page);
  await settled(page, '全区管理员可以为任何部门发布：在第三步选部门，不选就是区政府办公室。');
  await view.getByLabel('选择文件').setInputFiles(WORD_FILE);
  const picker = view.getByRole('group', { name: '为哪个部门发布' });
  await picker.waitFor();
  expect(await picker.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('区政府办公室'), expect.stringContaining(CLERK.department)]));
  await picker.getByRole('button', { name: CLERK.department }).click();
  await picker.getByRole('button', { name: `${CLERK.department}，已选` }).waitFor();
  expect(await serious(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-publish-admin-desk');
  await page.setViewportSize(PHONE);
  expect(await sidewaysOverflow(page)).toEqual([]);
  await screenshotWholePage(page, 'workbench-publish-admin-phone');
});
