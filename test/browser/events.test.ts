import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import { axeViolations, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, STANDARD, tapTargets, type DisplaySettings } from '../support/browser';

// 政府开放日 on the H5 build that `npm start` serves, in Chromium: a resident finds the demo open day,
// signs in with 测试登录, signs up, sees the check-in code, adds it to the calendar and cancels; a
// district admin (STAFF_BOOTSTRAP) checks another resident in at the door by typing the code; axe-core
// and tap targets on every open-day page in the standard mode and 长辈版, with screenshots.

const ADMIN = { username: 'admin', password: 'browser-admin-password' };
const app = govOpenInBrowser('events', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const DEMO_FIRST_COME = '（示例）养老服务补贴政策开放日';

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await graphql<T>(app.govopen.base, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const demoEventId = async () => {
  const data = await call<{ events: { edges: Array<{ node: { id: string; title: string } }> } }>('{ events(first: 20) { edges { node { id title } } } }');
  return data.events.edges.find(({ node }) => node.title === DEMO_FIRST_COME)!.node.id;
};

/** A 测试登录 session for `name`, as the mini-app keeps it (Taro's H5 storage: { data: value }). */
async function signedIn(page: Page, name: string): Promise<void> {
  const { login } = await call<{ login: { token: string; expiresAt: string } }>('mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${name}` });
  await page.evaluate((session) => localStorage.setItem('govopen.session.v1', JSON.stringify({ data: session })), login);
  await page.reload();
}

describe('a resident signs up for an open day', () => {
  it('finds the demo open day, signs in on 我的 and comes back, signs up, sees the code, saves the calendar file, cancels', async () => {
    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '报名参加政府开放日');
    await view.getByRole('link', { name: /^开放日/ }).click();

    // The list: theme, department, time, place and seats in words.
    const card = view.getByRole('link', { name: new RegExp(DEMO_FIRST_COME) });
    await card.waitFor();
    const cardText = await card.innerText();
    for (const words of ['主题：民生保障', '主办：区民政局', '名额：还剩 30 个名额']) expect(cardText).toContain(words);
    expect(cardText).toMatch(/时间：\d+月\d+日 星期. 上午9:30 到 11:30/);
    await card.click();

    // The detail: how seats are given, the map, the sign-up.
    await settled(page, '活动介绍');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(DEMO_FIRST_COME);
    await view.getByText(/按报名先后确认名额/).waitFor();
    expect(await view.getByRole('button', { name: '在地图中打开' }).count()).toBe(1);
    await view.getByRole('button', { name: '我要报名' }).click();

    // Sign-up asks to sign in first; 我的 signs in and leads back.
    await settled(page, '请先登录');
    await view.getByRole('button', { name: '去“我的”登录' }).click();
    await settled(page, '测试登录');
    await view.getByRole('textbox', { name: '名字' }).fill('wang');
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, '首次登录');
    await page.goBack();
    await settled(page, '提交报名');

    // The form: a plain message for a wrong number; then one sign-up, however often it is tapped.
    await view.getByRole('textbox', { name: '姓名' }).fill('王秀兰');
    await view.getByRole('spinbutton', { name: '手机号' }).fill('1391234');
    await view.getByRole('button', { name: '提交报名' }).click();
    await view.getByRole('alert').filter({ hasText: '手机号不正确，请填写 11 位手机号。' }).waitFor();
    await view.getByRole('spinbutton', { name: '手机号' }).fill('13912345678');
    await view.getByRole('textbox', { name: '想提的问题（可以不填）' }).fill('高龄津贴什么时候发？');
    await view.getByRole('button', { name: '提交报名' }).dblclick();

    await settled(page, '报名已提交');
    expect(await view.getByRole('status').filter({ hasText: '已报名' }).innerText()).toBe('已报名成功');
    const code = await view.locator('.event-code__value').innerText();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const qr = view.getByRole('img', { name: `签到二维码，签到码 ${code}` });
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await view.getByText('王*兰，139****5678').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: '加入日历' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^开放日-\d{4}-\d{2}-.*\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:（示例）养老服务补贴政策开放日');
    await view.getByText('日历文件已保存。', { exact: false }).waitFor();

    const seats = await call<{ event: { seatsLeft: number } }>('query($id: ID!) { event(id: $id) { seatsLeft } }', { id: await demoEventId() });
    expect(seats.event.seatsLeft).toBe(29);

    // 我的报名: cancel, confirmed in the page.
    await view.getByRole('button', { name: '查看我的报名' }).click();
    const mine = view.getByRole('group', { name: DEMO_FIRST_COME });
    await mine.waitFor();
    expect(await mine.innerText()).toContain(code);
    await mine.getByRole('button', { name: '取消报名' }).click();
    await mine.getByText(/确定要取消吗？/).waitFor();
    await mine.getByRole('button', { name: '确认取消' }).click();
    await mine.getByRole('status').filter({ hasText: '取消成功。' }).waitFor();
    expect(await mine.innerText()).toContain('已取消报名');
    expect(await mine.innerText()).not.toContain(code);
    const after = await call<{ event: { seatsLeft: number } }>('query($id: ID!) { event(id: $id) { seatsLeft } }', { id: await demoEventId() });
    expect(after.event.seatsLeft).toBe(30);
  });
});

const MODES: ReadonlyArray<[string, DisplaySettings, number]> = [
  ['standard', STANDARD, 44],
  ['elder', { ...STANDARD, elder: true }, 60],
];

type Visit = { route: string; params?: Record<string, string>; signedIn?: string; ready: string | RegExp };

/** The open-day pages, each with the text that says it has loaded. */
const PAGES: ReadonlyArray<[string, () => Promise<Visit>]> = [
  ['events-list', async () => ({ route: ROUTES.eventList, ready: DEMO_FIRST_COME })],
  ['events-detail', async () => ({ route: ROUTES.eventDetail, params: { id: await demoEventId() }, ready: '活动介绍' })],
  ['events-signup', async () => ({ route: ROUTES.eventSignUp, params: { id: await demoEventId() }, signedIn: 'axe-form', ready: '提交报名' })],
  ['events-mine', async () => ({ route: ROUTES.eventMine, signedIn: 'axe-mine', ready: '您还没有报名过开放日。' })],
];

describe.each(MODES)('open-day pages, %s mode', (mode, settings, minTarget) => {
  it.each(PAGES)('%s: no serious or critical axe violation, targets big enough; screenshot', async (name, visit) => {
    const { route, params, signedIn: resident, ready } = await visit();
    const page = await app.browser.open(route, params, settings);
    if (resident) await signedIn(page, resident);
    await settled(page, ready);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const small = (await tapTargets(page)).filter((t) => t.width < minTarget || t.height < minTarget);
    expect(small).toEqual([]);
    await screenshotWholePage(page, `${name}-${mode}`);
  });
});
