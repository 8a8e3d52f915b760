import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import { writeQrVideo } from '../support/fake-camera';
import { appUrl, axeViolations, current, govOpenInBrowser, launchBrowser, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, textLines, WIDTHS, wordsBrokenInside, type DisplaySettings } from '../support/browser';

// 政府开放日 on the H5 build that `npm start` serves, in Chromium: a resident finds the demo open day,
// signs in with 测试登录, signs up, sees the check-in code, adds it to the calendar and cancels; at a
// phone's 375 px and a desk's 1280 px, a district admin (STAFF_BOOTSTRAP) checks a resident of that run in
// at the door by typing the code (签到成功, 已经签到过了 and an unknown code each in its own colour, icon
// and words) and the resident's 我的报名 then says 已签到, and once by the browser's camera (Chromium's fake
// camera showing the resident's QR code); axe-core
// and tap targets on every open-day page in the standard mode and 长辈版, with screenshots; and, at a
// desk's 1280 px and a phone's 375 px, staff run a 抽签 open day after publishing it (the list, the CSV,
// 停止报名, 公开抽签) and each applicant reads the result in 我的报名; after a held open day they publish
// the 吸收采纳 summary and a resident reads it on the event; at both widths staff cancel an open day with
// a reason and the resident signed up reads it in 我的消息, on the event and in 我的报名 (no code, no seat).

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
    // 在地图中打开: a map page at the venue's coordinates in a new tab (no network here: answered locally).
    await app.browser.context.route('https://uri.amap.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>map</title>' }));
    const [map] = await Promise.all([app.browser.context.waitForEvent('page'), view.getByRole('button', { name: '在地图中打开' }).click()]);
    expect(map.url()).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=119\.6474,29\.0794&name=/);
    await map.close();
    expect(await view.getByText('没能打开地图', { exact: false }).count()).toBe(0);
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
    await view.getByRole('alert').filter({ hasText: '手机号要是 11 位数字，如 13812345678。' }).waitFor();
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
    await screenshotWholePage(page, 'events-signup-done-standard');

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

    // 我的消息 tells the same: the cancellation, and the earlier 报名成功 that it no longer holds, without its code.
    await page.goto(page.url().replace(/#.*$/u, `#${ROUTES.messages}`));
    await settled(page, '开放日报名已取消');
    const messages = view.getByTestId('message').filter({ hasText: DEMO_FIRST_COME });
    expect(await messages.count()).toBe(2);
    expect(await messages.nth(0).innerText()).toContain('您已取消报名');
    const confirmed = await messages.nth(1).innerText();
    expect(confirmed).toContain('开放日报名成功');
    expect(confirmed).toContain('这次报名后来已取消，座位不再为您保留');
    expect(confirmed).not.toContain(code);
  });
});

/** A district-office open day, created and opened by the admin: `startsIn` minutes from now, two hours long, sign-up closing `signUpClosesIn` minutes from now. */
async function openedEvent(event: { title: string; description: string; startsIn: number; signUpClosesIn: number; capacity: number; selectionMode: 'FIRST_COME' | 'DRAW' }): Promise<{ eventId: string; admin: string }> {
  const { staffLogin } = await call<{ staffLogin: { token: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }', { u: ADMIN.username, p: ADMIN.password });
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const { startsIn, signUpClosesIn, ...fields } = event;
  const input = { theme: '民生保障', ...fields, startsAt: at(startsIn), endsAt: at(startsIn + 120), venue: { address: '示例区人民路 1 号', latitude: 29.0794, longitude: 119.6474 }, signUpClosesAt: at(signUpClosesIn) };
  const { createEvent } = await call<{ createEvent: { id: string } }>('mutation($input: EventInput!) { createEvent(input: $input) { id } }', { input }, staffLogin.token);
  await call('mutation($id: ID!) { openEvent(id: $id) { id } }', { id: createEvent.id }, staffLogin.token);
  return { eventId: createEvent.id, admin: staffLogin.token };
}

/** A resident's session through 测试登录. */
const residentToken = async (login: string) => (await call<{ login: { token: string } }>('mutation($code: String!) { login(code: $code) { token } }', { code: `dev:${login}` })).login.token;

/** A district-office open day starting within the hour (check-in opens 3 hours before), with `name` holding a seat; returns its id and their code. */
async function eventAtTheDoor(name: string, resident: string): Promise<{ eventId: string; code: string }> {
  const { eventId } = await openedEvent({ title: `门口签到开放日 ${resident}`, description: '浏览器测试用的开放日。', startsIn: 60, signUpClosesIn: 50, capacity: 5, selectionMode: 'FIRST_COME' });
  const { registerForEvent } = await call<{ registerForEvent: { checkInCode: string } }>(
    'mutation($id: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $id, input: $input) { checkInCode } }',
    { id: eventId, input: { name, phone: '13812345678' } },
    await residentToken(resident),
  );
  return { eventId, code: registerForEvent.checkInCode };
}

/** Signs in as the district admin on the staff page, from wherever the page is. */
async function staffSignIn(page: Page): Promise<void> {
  const view = current(page);
  await view.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username);
  await view.getByLabel('密码').fill(ADMIN.password);
  await view.getByRole('button', { name: '登录', exact: true }).click();
  await settled(page, '退出工作人员登录');
}

/** 我的 → 工作人员登录 (the 工作台's form) as the district admin, back on 我的 → 开放日签到, with the open day titled `title` chosen: its 签到 region. */
async function atTheDoor(page: Page, title: string): Promise<Locator> {
  const view = current(page);
  await settled(page, '测试登录');
  // A resident's 我的 offers no staff page, only the way to sign in as staff.
  expect(await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '开放日签到' }).count()).toBe(0);
  await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '工作人员登录' }).click();
  await staffSignIn(page);
  await page.goBack();
  await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '开放日签到' }).click();
  // A district admin's door lists every department's open days: this run's is chosen by its name.
  await view.getByRole('group', { name: '选择开放日' }).getByRole('button').filter({ hasText: title }).click();
  const desk = view.getByRole('region', { name: '签到' });
  await desk.getByRole('heading', { name: title }).waitFor();
  return desk;
}

/** 办理开放日 for `eventId` at `size`, signed in as the district admin through the page's own 工作人员登录 and back on the open day titled `title`. */
async function managedAsStaff(eventId: string, title: string, size: { width: number; height: number }): Promise<Page> {
  const page = await app.browser.open(ROUTES.eventManage, { id: eventId });
  await page.setViewportSize(size);
  await settled(page, '工作人员登录');
  await current(page).getByRole('button', { name: '工作人员登录' }).first().click();
  await staffSignIn(page);
  await page.goBack();
  await settled(page, title);
  return page;
}

/** Who each width's run checks in: a resident and an open day of their own. */
const DOORS = WIDTHS.map(([width, size]) => ({ width, size, name: width === 'phone' ? '李秀英' : '周玉芬', login: `li-${width}` }));

describe.each(DOORS)('staff check a resident in at the door at $size.width px', ({ width, size, name, login }) => {
  it('我的 → 开放日签到: sign in as staff, choose the open day, type the code; 签到成功, 已经签到过了 and an unknown code look different; the resident’s 我的报名 says 已签到', async () => {
    const { code } = await eventAtTheDoor(name, login);
    const title = `门口签到开放日 ${login}`;
    const page = await app.browser.open(ROUTES.mine);
    await page.setViewportSize(size);
    const desk = await atTheDoor(page, title);
    expect(await desk.getByRole('status').innerText()).toBe('已签到 0 人 / 已报名 1 人');
    await desk.getByRole('textbox', { name: '签到码' }).fill(code.toLowerCase());
    await desk.getByRole('button', { name: '签到', exact: true }).click();
    // The holding department sees the full name (the API records that it did), with ✓ in green.
    await desk.getByText('✓ 签到成功').waitFor();
    const message = desk.locator('.event-door-message');
    expect(await message.innerText()).toMatch(new RegExp(`^✓ 签到成功\\s*${name}$`));
    expect(await desk.getByRole('status').filter({ hasText: '已签到' }).innerText()).toBe('已签到 1 人 / 已报名 1 人');
    const colours = [await message.evaluate((el) => getComputedStyle(el).color)];
    expect({ width, violations: (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical'), sideways: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `events-checkin-done-${width}`);

    // The same code again: the door says it was done (! in another colour), nobody is counted twice.
    await desk.getByRole('textbox', { name: '签到码' }).fill(code);
    await desk.getByRole('button', { name: '签到', exact: true }).click();
    await desk.getByText(/^! 已经签到过了（\d\d:\d\d）$/).waitFor();
    expect(await message.innerText()).toContain(name);
    expect(await desk.getByRole('status').filter({ hasText: '已签到' }).innerText()).toBe('已签到 1 人 / 已报名 1 人');
    colours.push(await message.evaluate((el) => getComputedStyle(el).color));
    await screenshotWholePage(page, `events-checkin-again-${width}`);

    // A code nobody holds: ✕, said as an alert, in a third colour; still nobody counted.
    await desk.getByRole('textbox', { name: '签到码' }).fill('ZZZZZZ');
    await desk.getByRole('button', { name: '签到', exact: true }).click();
    await desk.getByRole('alert').filter({ hasText: '✕ 没有这个签到码' }).waitFor();
    colours.push(await message.evaluate((el) => getComputedStyle(el).color));
    expect(new Set(colours).size).toBe(3);
    expect(await desk.getByRole('status').filter({ hasText: '已签到' }).innerText()).toBe('已签到 1 人 / 已报名 1 人');
    expect({ width, violations: (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ width, violations: [] });
    await screenshotWholePage(page, `events-checkin-unknown-${width}`);

    // The resident's 我的报名, at the same width: checked in.
    const mine = await app.browser.open(ROUTES.eventMine);
    await mine.setViewportSize(size);
    await signedIn(mine, login);
    await settled(mine, title);
    expect(await current(mine).getByRole('group', { name: title }).innerText()).toContain('已报名成功，已签到');
    await screenshotWholePage(mine, `events-mine-checked-in-${width}`);
  });
});

describe('staff check a resident in with the browser’s camera', () => {
  it('开放日签到 → 用摄像头扫码签到: the camera reads the resident’s QR code and the door says 签到成功 with the name; typing the code stays there as the fallback', async () => {
    const name = '赵桂英';
    const { code } = await eventAtTheDoor(name, 'camera');
    const title = '门口签到开放日 camera';
    const video = join(tmpdir(), `govopen-door-${process.pid}.y4m`);
    writeQrVideo(video, code);
    const camera = await launchBrowser(app.govopen.base, { camera: video });
    try {
      const page = await camera.open(ROUTES.mine);
      const desk = await atTheDoor(page, title);
      const view = current(page);
      await view.getByRole('button', { name: '用摄像头扫码签到' }).click();
      await view.getByRole('status').filter({ hasText: '摄像头已打开' }).waitFor();
      await desk.getByText('✓ 签到成功').waitFor();
      expect(await desk.locator('.event-door-message').innerText()).toMatch(new RegExp(`^✓ 签到成功\\s*${name}$`));
      expect(await desk.getByRole('status').filter({ hasText: '已签到' }).innerText()).toBe('已签到 1 人 / 已报名 1 人');
      expect(await desk.getByRole('textbox', { name: '签到码' }).isVisible()).toBe(true);
      expect(camera.takeErrors()).toEqual([]);
      await screenshotWholePage(page, 'events-checkin-camera-phone');
    } finally {
      await camera.close();
      rmSync(video, { force: true });
    }
  });
});

const MODES: ReadonlyArray<[string, DisplaySettings, number]> = [
  ['standard', STANDARD, 44],
  ['elder', { ...STANDARD, elder: true }, 60],
];

type Visit = { route: string; params?: Record<string, string>; signedIn?: string; staff?: boolean; ready: string | RegExp };

/** The open-day pages, each with the text that says it has loaded. */
const PAGES: ReadonlyArray<[string, () => Promise<Visit>]> = [
  ['events-list', async () => ({ route: ROUTES.eventList, ready: DEMO_FIRST_COME })],
  ['events-detail', async () => ({ route: ROUTES.eventDetail, params: { id: await demoEventId() }, ready: '活动介绍' })],
  ['events-signup', async () => ({ route: ROUTES.eventSignUp, params: { id: await demoEventId() }, signedIn: 'axe-form', ready: '提交报名' })],
  ['events-mine', async () => ({ route: ROUTES.eventMine, signedIn: 'axe-mine', ready: '您还没有报名过开放日。' })],
  ['events-checkin', async () => (await eventAtTheDoor('王秀兰', `axe${Date.now()}`), { route: ROUTES.eventCheckIn, staff: true, ready: '开放日签到' })],
];

describe.each(MODES)('open-day pages, %s mode', (mode, settings, minTarget) => {
  it.each(PAGES)('%s: no serious or critical axe violation, targets big enough; screenshot', async (name, visit) => {
    const { route, params, signedIn: resident, staff, ready } = await visit();
    const page = await app.browser.open(staff ? ROUTES.ratingStaff : route, params, settings);
    if (resident) await signedIn(page, resident);
    if (staff) {
      await staffSignIn(page);
      await page.goto(appUrl(app.govopen.base, route));
      await current(page).getByRole('region', { name: '签到' }).waitFor();
    }
    await settled(page, ready);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const small = (await tapTargets(page)).filter((t) => t.width < minTarget || t.height < minTarget);
    expect(small).toEqual([]);
    if (staff) {
      // An open day's name and time that wrap in its door button read from the left edge, line under line, not as a
      // centred block; they wrap between words, as the list's dates do (12月15日 星期二 上午9:30 whole).
      const choices = await current(page).getByRole('group', { name: '选择开放日' }).locator('.gov-choice__text').all();
      const wrapped: Array<{ left: number; starts: number[] }> = [];
      const broken: string[] = [];
      for (const choice of choices) {
        const starts = (await textLines(choice)).map((line) => line.start);
        if (starts.length > 1) wrapped.push({ left: Math.round((await choice.boundingBox())!.x), starts });
        broken.push(...(await wordsBrokenInside(choice)));
      }
      expect(wrapped.length).toBeGreaterThan(0);
      expect(wrapped.filter((choice) => choice.starts.some((start) => Math.abs(start - choice.left) > 1))).toEqual([]);
      expect({ mode, broken }).toEqual({ mode, broken: [] });
    }
    await screenshotWholePage(page, `${name}-${mode}`);
  });
});

/** A 抽签 open day of the district office (2 seats) starting in 2 hours, with `residents` applied; returns its id and title. */
async function drawEventWithApplicants(tag: string, residents: Array<{ name: string; login: string; phone: string }>): Promise<{ eventId: string; title: string; admin: string }> {
  const title = `抽签开放日 ${tag}`;
  const { eventId, admin } = await openedEvent({ title, description: '浏览器测试用的抽签开放日。', startsIn: 120, signUpClosesIn: 90, capacity: 2, selectionMode: 'DRAW' });
  for (const resident of residents) {
    await call('mutation($id: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $id, input: $input) { id } }', { id: eventId, input: { name: resident.name, phone: resident.phone } }, await residentToken(resident.login));
  }
  return { eventId, title, admin };
}

describe('staff run an open day after publishing it, at a desk and on a phone', () => {
  for (const [width, size] of WIDTHS) {
    it(`办理开放日 (${size.width} px): the registrations in full, the CSV export, 停止报名 and 公开抽签; each applicant then reads the result in 我的报名`, async () => {
      const residents = [
        { name: '赵桂兰', login: `zhao-${width}`, phone: '13811112222' },
        { name: '钱建国', login: `qian-${width}`, phone: '13933334444' },
        { name: '孙丽华', login: `sun-${width}`, phone: '13755556666' },
      ];
      const { eventId, title } = await drawEventWithApplicants(width, residents);
      const page = await managedAsStaff(eventId, title, size);
      const view = current(page);

      // The holding department's list: full names and phones (the API audits the read).
      const registrations = view.getByRole('region', { name: '报名名单' });
      await registrations.getByRole('button', { name: '查看报名名单' }).click();
      await registrations.getByText('共 3 条报名').waitFor();
      const listed = await registrations.getByRole('list', { name: '报名的居民' }).innerText();
      for (const r of residents) expect(listed).toContain(`${r.name}　${r.phone}`);

      // The CSV as Excel opens it: a byte-order mark, the header, everyone in full, waiting for the draw.
      const [download] = await Promise.all([page.waitForEvent('download'), registrations.getByRole('button', { name: '导出报名名单（CSV）' }).click()]);
      expect(download.suggestedFilename()).toBe(`${title}-报名名单.csv`);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF序号,姓名,手机号,状态')).toBe(true);
      for (const r of residents) expect(csv).toMatch(new RegExp(`${r.name},${r.phone},已报名待抽签`, 'u'));
      await registrations.getByText('报名名单已下载（CSV，可用 Excel 打开）。').waitFor();
      expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await screenshotWholePage(page, `events-manage-registrations-${width}`);

      // 停止报名, then 公开抽签: 2 seats for 3 applicants. Neither can be taken back, so each asks first.
      await view.getByRole('button', { name: '停止报名' }).click();
      await settled(page, '确定停止报名吗？停止后居民不能再报名，也不能重新开始报名；接着就可以公开抽签。已申请的居民不受影响。');
      await screenshotWholePage(page, `events-manage-confirm-close-${width}`);
      await view.getByRole('button', { name: '确认停止报名' }).click();
      await settled(page, '已停止报名。');
      await view.getByRole('button', { name: '公开抽签' }).click();
      await settled(page, '确定现在抽签吗？3 人申请，名额 2 个。');
      expect(await sidewaysOverflow(page)).toEqual([]);
      await view.getByRole('button', { name: '确认公开抽签' }).click();
      await settled(page, '已抽签，结果已通知每位申请的居民。');
      expect(await view.getByText(/3 人申请，抽中 2 人；随机种子/u).count()).toBe(1);
      // The list on screen says the draw's outcome, not 已提交抽签申请 any more.
      await registrations.getByText('排队候补第 1 位').waitFor();
      const drawn = await registrations.getByRole('list', { name: '报名的居民' }).innerText();
      expect(drawn.match(/已抽中，报名成功/gu)).toHaveLength(2);
      expect(drawn).not.toContain('已提交抽签申请');
      expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await screenshotWholePage(page, `events-manage-drawn-${width}`);

      // What each applicant then sees in 我的报名: two drawn, one first on the waiting list.
      const results: string[] = [];
      for (const r of residents) {
        const mine = await app.browser.open(ROUTES.eventMine);
        await mine.setViewportSize(size);
        await signedIn(mine, r.login);
        await settled(mine, title);
        const card = current(mine).getByRole('group', { name: title });
        const text = await card.innerText();
        results.push(text.includes('已抽中，报名成功') ? 'SELECTED' : text.includes('排队候补第 1 位') ? 'WAITLISTED' : text);
        if (r === residents[0]) await screenshotWholePage(mine, `events-mine-drawn-${width}`);
        await mine.close();
      }
      expect(results.sort()).toEqual(['SELECTED', 'SELECTED', 'WAITLISTED']);
    });

    it(`公布意见采纳情况 (${size.width} px) after an open day was held; a resident reads it on the event`, async () => {
      const { staffLogin } = await call<{ staffLogin: { token: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }', { u: ADMIN.username, p: ADMIN.password });
      const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
      const title = `已举办的开放日 ${width}`;
      const input = { theme: '民生保障', title, description: '浏览器测试用的开放日。', startsAt: at(180), endsAt: at(240), venue: { address: '示例区人民路 1 号', latitude: 29.0794, longitude: 119.6474 }, capacity: 5, signUpClosesAt: at(120), selectionMode: 'FIRST_COME' };
      const { createEvent } = await call<{ createEvent: { id: string } }>('mutation($input: EventInput!) { createEvent(input: $input) { id } }', { input }, staffLogin.token);
      await call('mutation($id: ID!) { openEvent(id: $id) { id } }', { id: createEvent.id }, staffLogin.token);
      // Published, then its times corrected to this morning (started 3 hours ago, ended an hour ago): held.
      const held = { ...input, startsAt: at(-180), endsAt: at(-60), signUpClosesAt: at(-240) };
      await call('mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }', { id: createEvent.id, input: held }, staffLogin.token);

      const page = await managedAsStaff(createEvent.id, title, size);
      const view = current(page);
      await view.getByRole('button', { name: '公布意见采纳情况' }).click();
      await settled(page, '公布后不能修改。');
      // Sent empty: how many are still wrong, said in words (not "标红", no cue to everyone).
      await view.getByRole('button', { name: '公布意见采纳情况' }).click();
      await settled(page, '还有 4 处要改，请看每一项下面的说明。');
      await view.getByRole('textbox', { name: '居民提出的意见（概述）' }).fill('居民提了 2 条意见：高龄津贴的发放时间，和助餐点的位置。');
      await view.getByRole('textbox', { name: '第 1 条：居民的意见' }).fill('高龄津贴每月固定日期发放');
      await view.getByRole('group', { name: '第 1 条：是否采纳' }).getByRole('button', { name: '采纳', exact: true }).click();
      await view.getByRole('textbox', { name: '第 1 条：答复' }).fill('从下月起每月 10 日发放。');
      expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await screenshotWholePage(page, `events-summary-form-${width}`);
      await view.getByRole('button', { name: '公布意见采纳情况' }).click();

      // The resident's event page (a fresh tab, nobody signed in).
      const resident = await app.browser.open(ROUTES.eventDetail, { id: createEvent.id });
      await resident.setViewportSize(size);
      await settled(resident, title);
      const summary = current(resident).getByRole('region', { name: '意见采纳情况' });
      await summary.waitFor();
      const text = await summary.innerText();
      for (const words of ['居民提了 2 条意见', '高龄津贴每月固定日期发放', '从下月起每月 10 日发放。', '已采纳']) expect(text).toContain(words);
      expect((await axeViolations(resident)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await screenshotWholePage(resident, `events-summary-published-${width}`);
    });
  }
});

describe.each(WIDTHS)('staff cancel an open day at %s width', (width, size) => {
  it('办理开放日: 取消这个开放日…… with the reason; the signed-up resident finds the notice in 我的消息, the reason on the open day and 已取消 in 我的报名', async () => {
    const title = `取消的开放日 ${width}`;
    const reason = `场地临时维修，改期另行通知（${width}）。`;
    const login = `cancel-${width}`;
    const { eventId } = await openedEvent({ title, description: '浏览器测试用的开放日。', startsIn: 24 * 60, signUpClosesIn: 12 * 60, capacity: 5, selectionMode: 'FIRST_COME' });
    await call('mutation($id: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $id, input: $input) { id } }', { id: eventId, input: { name: '吴凤英', phone: '13677778888' } }, await residentToken(login));

    const page = await managedAsStaff(eventId, title, size);
    const view = current(page);

    // Asked twice: the first tap opens the form that says what cancelling does, with the reason residents will read.
    await view.getByRole('button', { name: '取消这个开放日……' }).click();
    const confirm = view.getByRole('group', { name: '取消开放日' });
    await confirm.getByText('每位报名的居民都会收到取消通知。取消不能撤回。', { exact: false }).waitFor();
    await confirm.getByRole('textbox', { name: '取消原因（居民会看到）' }).fill(reason);
    expect({ width, violations: (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical'), sideways: await sidewaysOverflow(page), stretched: width === 'desk' ? await stretchedButtons(page) : [] }).toEqual({ width, violations: [], sideways: [], stretched: [] });
    await screenshotWholePage(page, `events-cancel-form-${width}`);
    await confirm.getByRole('button', { name: '确认取消开放日' }).click();
    await settled(page, '开放日已取消，已通知每位报名的居民。');
    const fields = await view.locator('.gov-card').first().innerText();
    expect(fields).toMatch(/状态\s*已取消/u);
    expect(fields).toContain(reason);
    // Nothing is left to do but look: no sign-up to stop, no second cancel.
    expect(await view.getByRole('button', { name: /^(停止报名|取消这个开放日……|修改开放日信息)$/u }).count()).toBe(0);
    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshotWholePage(page, `events-cancel-done-${width}`);

    // The resident, at the same width: the notice in 我的消息 with the reason; it opens the open day, which says so.
    const resident = await app.browser.open(ROUTES.messages);
    await resident.setViewportSize(size);
    await signedIn(resident, login);
    await settled(resident, '开放日已取消');
    // Above the sign-up's confirmation, newest first.
    const message = current(resident).getByTestId('message').first();
    const said = await message.innerText();
    for (const words of ['开放日已取消', title, reason]) expect(said).toContain(words);
    // The sign-up's confirmation below it says when in words (星期…, 上午…), never WeChat's bare digits.
    const confirmation = await current(resident).getByTestId('message').nth(1).innerText();
    expect(confirmation).toContain('开放日报名成功');
    expect(confirmation).toMatch(/星期[一二三四五六日] (凌晨|上午|中午|下午|晚上)\d/u);
    expect(confirmation).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    await message.click();
    await current(resident).getByRole('heading', { level: 1, name: title }).waitFor();
    const notice = current(resident).getByRole('status').filter({ hasText: '这个开放日已取消' });
    expect(await notice.innerText()).toContain(`原因：${reason}`);
    // Their own part no longer promises a seat: no check-in code, nothing to cancel.
    const part = current(resident).getByRole('region', { name: '我的报名' });
    expect(await part.innerText()).toContain('这个开放日已取消，不用到场了');
    expect(await part.innerText()).not.toContain('已报名成功');
    expect(await part.locator('.event-code__value').count()).toBe(0);
    expect(await current(resident).getByRole('button', { name: /^(我要报名|查看我的报名（可取消）)$/u }).count()).toBe(0);
    expect((await axeViolations(resident)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshotWholePage(resident, `events-cancelled-detail-${width}`);

    // 我的报名: the open day marked cancelled, its check-in code gone.
    await resident.goto(appUrl(app.govopen.base, ROUTES.eventMine));
    await settled(resident, title);
    const card = current(resident).getByRole('group', { name: title });
    expect(await card.innerText()).toContain('这个开放日已取消，不用到场了');
    expect(await card.innerText()).not.toContain('已报名成功');
    expect(await card.locator('.event-code__value').count()).toBe(0);
    expect(await card.getByRole('button', { name: '取消报名' }).count()).toBe(0);
    await screenshotWholePage(resident, `events-cancelled-mine-${width}`);
  });
});
