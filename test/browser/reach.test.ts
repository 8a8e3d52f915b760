import type { Page } from 'playwright-core';
import { createApp } from '../../api/src/app';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo } from '../../api/src/core/dynamo';
import { tellSubscribers } from '../../api/src/subscriptions/subscription-delivery';
import { graphql } from '../support/run-govopen';
import { axeViolations, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, STANDARD, tapTargets, textLines, wordsBrokenInside } from '../support/browser';

// 政策找人 and 亲友帮办 on the H5 build in Chromium: a resident subscribes to 老年人, a department
// publishes a policy for them, and the resident finds it in 我的消息 (the badge on 我的, then the
// policy); a son signs his mother up for an open day in her name once she confirmed him, and she
// sees what he did. Her pages in 长辈版, axe clean and with big enough targets.

const ADMIN = { username: 'admin', password: 'browser-admin-password' };
const app = govOpenInBrowser('reach', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });
const ELDER = { ...STANDARD, elder: true };
const DEMO_FIRST_COME = '（示例）养老服务补贴政策开放日';

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await graphql<T>(app.govopen.base, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const tokenOf = async (name: string) => (await call<{ login: { token: string; expiresAt: string } }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${name}` })).login;

/** A 测试登录 session for `name`, as the mini-app keeps it (Taro's H5 storage: { data: value }). */
async function signedIn(page: Page, name: string): Promise<string> {
  const session = await tokenOf(name);
  await page.evaluate((stored) => localStorage.setItem('govopen.session.v1', JSON.stringify({ data: stored })), session);
  await page.reload();
  return session.token;
}

/** Her pages in 长辈版: no serious or critical axe violation, every target at least 60 px. */
async function checkElderPage(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect((await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60)).toEqual([]);
  await screenshotWholePage(page, `${name}-elder`);
}

/** What the scheduled task does hourly, run now against the same table. */
async function deliverNow() {
  const config = { ...DEFAULT_CONFIG, logLevel: 'silent' as const, tableName: app.tableName, dynamoEndpoint: app.govopen.dynamoEndpoint };
  const dynamo = createDynamo(config);
  try {
    return await tellSubscribers(createApp(config, dynamo));
  } finally {
    dynamo.destroy();
  }
}

it('a resident subscribes to 老年人, and a new policy for older people reaches 我的消息', async () => {
  const page = await app.browser.open(ROUTES.subscriptions, {}, ELDER);
  const view = current(page);
  await signedIn(page, 'laoren');
  await settled(page, '我属于（可多选）');
  // 我关注的部门 offers the departments she sees publishing, not only those with staff accounts
  // (on the demo only the district office has one): 区民政局's open days, the 民生实事 departments.
  const departments = view.getByRole('group', { name: '部门' });
  for (const name of ['区政府办公室', '区民政局', '区卫生健康局', '区教育局', '区市场监督管理局']) await departments.getByRole('button', { name, exact: true }).waitFor();
  const standard = await app.browser.open(ROUTES.subscriptions, {}, STANDARD);
  await signedIn(standard, 'laoren');
  await settled(standard, '我属于（可多选）');
  await screenshotWholePage(standard, 'subscribe-standard');
  await standard.close();
  await view.getByRole('button', { name: '老年人', exact: true }).click();
  await view.getByRole('button', { name: '老年人，已选' }).waitFor();
  await checkElderPage(page, 'subscribe');
  await view.getByRole('button', { name: '保存订阅' }).click();
  await settled(page, /已保存。有新发布时/);

  const staff = await call<{ staffLogin: { token: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }', { u: ADMIN.username, p: ADMIN.password });
  const title = '关于提高本区80周岁以上老年人高龄津贴标准的通知';
  await call('mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }', { input: { title, body: '一、发放对象\n本区户籍80周岁以上老年人。\n二、标准\n每人每月200元。', targetGroups: ['老年人'] } }, staff.staffLogin.token);
  expect(await deliverNow()).toBe(1);

  await page.goto(page.url().replace(/#.*$/u, `#${ROUTES.mine}`));
  await view.getByText('1 条未读').waitFor();
  await view.getByRole('link', { name: /我的消息/ }).click();
  await settled(page, '您订阅的内容有新发布');
  const message = view.getByTestId('message');
  expect(await message.innerText()).toContain('未读');
  expect(await message.innerText()).toContain(title);
  await checkElderPage(page, 'messages');
  // A message's heading wraps between words in 长辈版 at 375 px (您订阅的内容 / 有新发布, never 您订阅的内 / 容…).
  expect(await wordsBrokenInside(message.getByRole('heading', { level: 3 }))).toEqual([]);
  await message.click();
  await current(page).getByRole('heading', { level: 1, name: title }).waitFor();
  await page.goBack();
  await settled(page, '您订阅的内容有新发布');
  await page.reload();
  await settled(page, '您订阅的内容有新发布');
  expect(await current(page).getByTestId('message').innerText()).not.toContain('未读');
});

it("a son signs his mother up for an open day in her name, once she confirmed him; she sees what he did", async () => {
  // She invites (长辈版) and reads the code to him.
  const page = await app.browser.open(ROUTES.family, {}, ELDER);
  const view = current(page);
  await signedIn(page, 'mama');
  await settled(page, '请亲友帮我');
  await view.getByRole('textbox', { name: '来帮您的亲友怎么称呼您' }).fill('王秀英');
  await view.getByRole('button', { name: '生成邀请码' }).click();
  const code = (await view.getByTestId('family-code').innerText()).trim();
  expect(code).toMatch(/^[2-9A-Z]{8}$/u);

  // He enters it on his own phone.
  const son = await tokenOf('erzi');
  await call('mutation($code: String!, $name: String!) { acceptFamilyInvitation(code: $code, name: $name) { id } }', { code, name: '王强' }, son.token);

  // She confirms.
  await page.reload();
  await settled(page, '亲友已填写邀请码，等您确认');
  await checkElderPage(page, 'family');
  await view.getByRole('button', { name: '确认请 王* 帮办' }).click();
  await settled(page, /已确认：亲友能收到您的提醒和答复/);

  // He signs her up.
  const his = await app.browser.open(ROUTES.family);
  const hisView = current(his);
  await signedIn(his, 'erzi');
  await hisView.getByRole('button', { name: '帮 王*英 报名开放日' }).click();
  await settled(his, DEMO_FIRST_COME);
  await hisView.getByRole('button', { name: `帮亲友报名：${DEMO_FIRST_COME}` }).click();
  await hisView.getByRole('textbox', { name: '亲友的姓名' }).fill('王秀英');
  await hisView.getByRole('spinbutton', { name: '亲友本人的手机号' }).fill('13912345600');
  await hisView.getByRole('button', { name: '帮亲友报名' }).dblclick();
  await settled(his, /已报上/);
  await his.close();

  // She sees what he did (her phone again: the two tabs here share one storage), and her registration is hers.
  await signedIn(page, 'mama');
  await settled(page, /亲友帮报名开放日：（示例）养老服务补贴政策开放日（已报上）/);
  // In 长辈版 at 375 px what happened wraps between words (before, seen: 2026年12月6日 02:33  您发出 / 邀请,
  // 亲友填 / 写邀请码), and so does the card's name.
  const lines = await view.getByRole('list', { name: '做过的事' }).getByRole('listitem').all();
  const broken: string[] = [];
  let wrapped = 0;
  for (const line of [...lines, view.getByRole('heading', { level: 3 })]) {
    if ((await textLines(line)).length > 1) wrapped++;
    broken.push(...(await wordsBrokenInside(line)));
  }
  expect(broken).toEqual([]);
  expect(wrapped).toBeGreaterThan(0);
  await screenshotWholePage(page, 'family-activity-elder');
  const mine = await call<{ myRegistrations: Array<{ name: string; status: string }> }>('{ myRegistrations { name status } }', {}, (await tokenOf('mama')).token);
  expect(mine.myRegistrations).toEqual([{ name: '王*英', status: 'CONFIRMED' }]);
});
