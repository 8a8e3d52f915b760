import { hashPassword } from '../../api/src/identity/password';
import { SUITE_TEMPLATE_IDS } from './support/build';
import type { MiniProgram } from './support/mini-program';
import { startSuite, type Suite } from './support/suite';
import { WECHAT_LIMITS } from './support/wx';

// What residents and staff do in the built mini-program, end to end: the pages found by what they
// show (text, roles), WeChat's rules kept by the wx stand-in, the real API and WeChat's servers.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterEach(() => suite.api.clock.reset());
afterAll(() => suite?.close());

type EventCard = { id: string; title: string; department: string; startsAt: string; selectionMode: string; signUpOpen: boolean; online: boolean };

async function openEvent(): Promise<EventCard> {
  const { events } = await suite.graphql<{ events: { edges: Array<{ node: EventCard }> } }>('{ events(first: 20) { edges { node { id title department startsAt selectionMode signUpOpen online } } } }');
  return events.edges.map((edge) => edge.node).find((event) => event.signUpOpen && event.selectionMode === 'FIRST_COME' && !event.online)!;
}

/** Signs in on 我的 with WeChat, as a resident does the first time (wx.login → the API → jscode2session). */
async function signInWithWeChat(program: MiniProgram) {
  const page = await program.waitForPage('pages/mine/index/index');
  page.tap(await page.findByRole('button', { name: '登录' }));
  await page.findByText('已登录');
}

it('WeChat sign-in: 我的 → 登录 exchanges a one-time wx.login code, and the resident is signed in', async () => {
  const program = suite.launch({ path: 'pages/home/index/index' });
  const home = await program.settle();
  home.tap(await home.findByRole('link', { name: /^我的/ }));
  const mine = await program.waitForPage('pages/mine/index/index');
  await mine.findByText('用微信登录后');
  expect(mine.queryByText('测试登录')).toBeUndefined(); // H5's demo sign-in is not offered on weapp
  await signInWithWeChat(program);
  await mine.findByText('首次登录');
  // Signed in for good: 我的 opened again (a new page) still knows the resident.
  const again = program.relaunch('pages/mine/index/index');
  await again.findByText('已登录');
  expect(program.problems()).toEqual([]);
});

it('policy → 朗读: the policy is read aloud by 同声传译 in pieces WeChat accepts, one after another', async () => {
  const { policies } = await suite.graphql<{ policies: { edges: Array<{ node: { title: string } }> } }>('{ policies(first: 1) { edges { node { title } } } }');
  const program = suite.launch({ path: 'pages/home/index/index' });
  const home = await program.settle();
  home.tap(await home.findByRole('link', { name: /^政策文件/ }));
  const browse = await program.waitForPage('pages/policy/browse/index');
  await program.settle();
  browse.tap(await browse.findByRole('link', { name: new RegExp(`^${escape(policies.edges[0]!.node.title)}`) }));
  const detail = await program.waitForPage('pages/policy/detail/index');
  await program.settle();
  detail.tap(await detail.findByRole('button', { name: '朗读全文' }));
  await program.waitFor(() => program.wx.played.length >= 2 && program.wx.spoken.length === program.wx.played.length, 'the policy to be spoken in more than one piece');
  for (const piece of program.wx.spoken) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(WECHAT_LIMITS.speechBytes);
  // What is spoken is the page's own text (the reader adds the field labels' colons and pauses).
  const words = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  expect(words(program.wx.spoken[0]!)).toContain(words(policies.edges[0]!.node.title));
  expect(words(detail.text())).toContain(words(program.wx.spoken[1]!).slice(0, 40));
  await detail.findByRole('button', { name: '暂停' });
  expect(program.problems()).toEqual([]);
});

it('policy → 解读 → 看文件原文: back on the same policy, not a second copy of it that takes two 返回 to leave', async () => {
  const program = suite.launch({ path: 'pages/policy/browse/index' });
  const browse = await program.settle();
  browse.tap(browse.queryAllByRole('link')[0]!);
  const detail = await program.waitForPage('pages/policy/detail/index');
  await program.settle();
  detail.tap(await detail.findByRole('button', { name: /^解读：/ }));
  const interpretation = await program.waitForPage('pages/policy/interpretation/index');
  await program.settle();
  interpretation.tap(await interpretation.findByRole('button', { name: '看文件原文' }));
  await program.waitForPage('pages/policy/detail/index');
  expect(program.runtime.stack.map((page) => page.route)).toEqual(['pages/policy/browse/index', 'pages/policy/detail/index']);
  expect(program.problems()).toEqual([]);
});

it('open-day sign-up: signs in on the way, fills the mobile from WeChat\'s phone-number button, signs up and allows the reminders from a tap', async () => {
  const event = await openEvent();
  const program = suite.launch({ path: 'pages/events/list/index', phoneNumber: '13987654321' });
  const list = await program.settle();
  list.tap(await list.findByText(event.title));
  const detail = await program.waitForPage('pages/events/detail/index');
  await program.settle();
  detail.tap(await detail.findByRole('button', { name: '我要报名' }));
  const signUp = await program.waitForPage('pages/events/signup/index');
  await program.settle();
  signUp.tap(await signUp.findByRole('button', { name: '去“我的”登录' }));
  await signInWithWeChat(program);
  const mine = program.page;
  mine.tap(await mine.findByRole('button', { name: '登录好了，返回上一页' }));
  const form = await program.waitForPage('pages/events/signup/index');
  await program.settle();

  form.type(await form.findByRole('textbox', { name: '姓名' }), '王秀英');
  form.tap(await form.findByRole('button', { name: '使用微信绑定的手机号' }), { phoneNumber: 'allow' });
  // The first protected call: WeChat holds it and the app asks, in its own words, before it goes ahead.
  await form.findByText(/为了填入您微信绑定的手机号，需要您同意《政务公开隐私保护指引》/);
  form.tap(await form.findByRole('button', { name: '同意' }), { phoneNumber: 'allow' });
  await form.findByText('已填入微信绑定的手机号');
  expect(form.queryByText(/隐私保护指引》/)).toBeUndefined();
  expect(program.wx.privacy).toMatchObject({ agreed: true, asked: ['getPhoneNumber'] });
  expect((await form.findByRole('textbox', { name: '手机号' })).attrs.value).toBe('13987654321');
  await form.findByText(/提交时微信会问您是否接收报名结果的通知/);
  form.tap(await form.findByRole('button', { name: '提交报名' }));
  await form.findByText('报名已提交');
  await form.findByText(/签到码/);
  // Asked at the tap that promised it, and allowed before the sign-up was sent: the confirmation arrives.
  await program.waitFor(() => suite.wechat.messages.find((m) => m.templateId === SUITE_TEMPLATE_IDS.EVENT_CONFIRMED && m.openid === program.options.phone.openid), 'the confirmation message');
  expect(suite.wechat.messages.filter((m) => m.templateId === SUITE_TEMPLATE_IDS.EVENT_CONFIRMED && m.openid === program.options.phone.openid).map((m) => m.errcode)).toEqual([0]);

  form.tap(await form.findByRole('button', { name: '开放日前提醒我' }));
  await form.findByText('好的，开放日前一天会通过微信提醒您');
  expect(program.wx.subscribeRequests).toEqual([
    { tmplIds: [SUITE_TEMPLATE_IDS.EVENT_CONFIRMED, SUITE_TEMPLATE_IDS.EVENT_WAITLISTED], accepted: expect.any(Array) },
    { tmplIds: [SUITE_TEMPLATE_IDS.EVENT_REMINDER, SUITE_TEMPLATE_IDS.EVENT_PROMOTED, SUITE_TEMPLATE_IDS.EVENT_CANCELLED], accepted: expect.any(Array) },
  ]);
  expect(program.problems()).toEqual([]);
});

it('the privacy pop-up or the phone-number button refused: the resident is told to type the number, and nothing is sent', async () => {
  const event = await openEvent();
  const program = suite.launch({ path: 'pages/mine/index/index' });
  await program.settle();
  await signInWithWeChat(program);
  const form = program.relaunch('pages/events/signup/index', { id: event.id });
  await program.settle();
  const sent = program.wx.requests.sent.length;
  // 不同意 in the privacy pop-up: the number is not asked for; the field stays for typing.
  form.tap(await form.findByRole('button', { name: '使用微信绑定的手机号' }), { phoneNumber: 'deny' });
  form.tap(await form.findByRole('button', { name: '不同意' }));
  await form.findByText('您没有同意使用微信绑定的手机号，请在上面直接填写手机号。');
  expect(form.queryByText(/隐私保护指引》/)).toBeUndefined();
  await form.findByRole('textbox', { name: '手机号' });
  // Agreed to the guide the second time, then WeChat's own phone-number question refused.
  form.tap(await form.findByRole('button', { name: '使用微信绑定的手机号' }), { phoneNumber: 'deny' });
  form.tap(await form.findByRole('button', { name: '同意' }), { phoneNumber: 'deny' });
  await form.findByText('您没有同意使用微信绑定的手机号，请在上面直接填写手机号。');
  expect(program.wx.requests.sent.length).toBe(sent);
  expect(program.problems()).toEqual([]);
});

it('follow a project: 关注 asks, in the same tap, for the one message it promises (each new step)', async () => {
  const { projects } = await suite.graphql<{ projects: { edges: Array<{ node: { id: string; title: string } }> } }>('{ projects(first: 1) { edges { node { id title } } } }');
  const program = suite.launch({ path: 'pages/mine/index/index' });
  await program.settle();
  await signInWithWeChat(program);
  const detail = program.relaunch('pages/projects/detail/index', { id: projects.edges[0]!.node.id });
  await program.settle();
  detail.tap(await detail.findByRole('button', { name: '关注这个项目' }));
  await detail.findByText('已关注。这个项目有新进展时会通知您。');
  expect(program.wx.subscribeRequests).toEqual([{ tmplIds: [SUITE_TEMPLATE_IDS.PROJECT_UPDATED], accepted: [SUITE_TEMPLATE_IDS.PROJECT_UPDATED] }]);
  expect(program.problems()).toEqual([]);
});

it('scan a rating code → rate: the camera reads the printed code, the service\'s rating page opens, and the rating is sent', async () => {
  const token = await staffToken('rating-admin');
  const { services } = await suite.graphql<{ services: { edges: Array<{ node: { id: string; name: string; department: string } }> } }>('{ services(first: 1) { edges { node { id name department } } } }');
  const service = services.edges[0]!.node;
  // What the printed code at the window holds: the service's rating link, as staff print it.
  const { services: printable } = await suite.graphql<{ services: { edges: Array<{ node: { id: string; ratingLinks: Array<{ h5Url: string }> } }> } }>(
    'query($d: String!) { services(filter: { department: $d }, first: 50) { edges { node { id ratingLinks { h5Url } } } } }',
    { d: service.department },
    token,
  );
  const printed = printable.edges.find((edge) => edge.node.id === service.id)!.node.ratingLinks[0]!.h5Url;
  expect(new URL(printed).pathname).toBe(`/r/${encodeURIComponent(service.id)}`);

  const program = suite.launch({ path: 'pages/mine/index/index' });
  await program.settle();
  await signInWithWeChat(program);
  const home = program.relaunch('pages/rating/home/index');
  await program.settle();
  program.wx.queueScan({ result: printed });
  home.tap(await home.findByRole('button', { name: '扫码评价' }));
  const rate = await program.waitForPage('pages/rating/rate/index');
  await program.settle();
  await rate.findByText(service.name);
  rate.tap(await rate.findByRole('button', { name: '好评（满意）' }));
  rate.tap(await rate.findByRole('button', { name: '提交评价' }));
  await program.waitForPage('pages/rating/done/index');
  await program.settle();
  await program.page.findByText('谢谢您的评价');
  expect(program.problems()).toEqual([]);
});

it('a printed rating code scanned with WeChat\'s own camera opens the rate page straight away (扫普通链接二维码, scene 1011)', async () => {
  const { services } = await suite.graphql<{ services: { edges: Array<{ node: { id: string; name: string; windows: string[]; ratingLinks: Array<{ window: string | null; h5Url: string }> } }> } }>(
    '{ services(first: 20) { edges { node { id name windows ratingLinks { window h5Url } } } } }',
  );
  const service = services.edges.map((edge) => edge.node).find((node) => node.windows.length > 0)!;
  const printed = service.ratingLinks.find((link) => link.window === service.windows[0])!.h5Url;
  // What WeChat hands the page its console rule names: the printed address in `q`, encoded.
  const program = suite.launch({ path: 'pages/rating/rate/index', query: { q: encodeURIComponent(printed), scancode_time: '1764820000' }, scene: 1011 });
  const rate = await program.settle();
  await rate.findByText(service.name);
  await rate.findByText(`${service.windows[0]}号窗口`);
  expect(program.problems()).toEqual([]);
});

it('staff check-in by scan: a staff member signs in, scans the resident\'s code at the door, and the resident is checked in once', async () => {
  const event = await openEvent();
  const resident = await suite.graphql<{ login: { token: string } }>('mutation { login(code: "dev:check-in-resident") { token } }');
  const { registerForEvent } = await suite.graphql<{ registerForEvent: { checkInCode: string } }>(
    'mutation($id: ID!) { registerForEvent(eventId: $id, input: { name: "李建国", phone: "13711112222", questions: "" }) { checkInCode } }',
    { id: event.id },
    resident.login.token,
  );
  await createStaff('door-admin', event.department);
  // The morning of the open day: check-in opens 3 hours before it starts.
  suite.api.clock.set(new Date(Date.parse(event.startsAt) - 60 * 60 * 1000));

  // 我的 offers staff one way in, the 工作台's sign-in; back on 我的, 开放日签到 opens the door.
  const program = suite.launch({ path: 'pages/mine/index/index' });
  const mine = await program.settle();
  mine.tap(await mine.findByRole('button', { name: '工作人员登录' }));
  const staff = await program.waitForPage('pages/workbench/home/index');
  await program.settle();
  staff.type(await staff.findByRole('textbox', { name: '用户名' }), 'door-admin');
  staff.type(await staff.findByRole('textbox', { name: '密码' }), 'door-admin-password');
  staff.tap(await staff.findByRole('button', { name: '登录' }));
  await staff.findByText('退出工作人员登录');
  program.back();
  const back = await program.waitForPage('pages/mine/index/index');
  await program.settle();
  back.tap(await back.findByRole('button', { name: '开放日签到' }));
  const door = await program.waitForPage('pages/events/checkin/index');
  await program.settle();
  door.tap(await door.findByRole('button', { name: new RegExp(escape(event.title)) }));
  program.wx.queueScan({ result: registerForEvent.checkInCode });
  door.tap(await door.findByRole('button', { name: '扫码签到' }));
  // The holding department sees the full name at the door (the API records the read), and success
  // and "already" differ in icon and words, not colour alone.
  await door.findByText('✓ 签到成功');
  await door.findByText('李建国');
  await door.findByText('已签到 1 人');
  program.wx.queueScan({ result: registerForEvent.checkInCode });
  door.tap(await door.findByRole('button', { name: '扫码签到' }));
  await door.findByText(/^! 已经签到过了（\d\d:\d\d）$/);
  await door.findByText('已签到 1 人');
  expect(program.problems()).toEqual([]);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A staff account straight in the store (as the admin's staff page would make it). */
async function createStaff(username: string, department?: string) {
  const role = department ? 'DEPARTMENT_EDITOR' : 'DISTRICT_ADMIN';
  await suite.api.app.stores.identity.createStaff({ username, displayName: username, role, department: department ?? '区政府办公室', passwordHash: await hashPassword(`${username}-password`) });
}

async function staffToken(username: string): Promise<string> {
  await createStaff(username);
  const { staffLogin } = await suite.graphql<{ staffLogin: { token: string } }>('mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }', { u: username, p: `${username}-password` });
  return staffLogin.token;
}
