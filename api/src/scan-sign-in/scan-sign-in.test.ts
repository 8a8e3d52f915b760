import { codeOf, createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';

// 扫码登录: a browser shows a code, a resident confirms it in the mini-program, and the browser's next
// poll is signed in as them — once, within two minutes, only for the browser holding the secret.

const START = `mutation { startScanSignIn { code secret url expiresAt } }`;
const POLL = `mutation($code: String!, $secret: String!) { pollScanSignIn(code: $code, secret: $secret) { status session { token } } }`;
const OPEN = `mutation($code: String!) { openScanSignIn(code: $code) { code requester requestedAt expiresAt status } }`;
const CONFIRM = `mutation($code: String!) { confirmScanSignIn(code: $code) { status } }`;
const REFUSE = `mutation($code: String!) { refuseScanSignIn(code: $code) { status } }`;
const LOGIN = `mutation($code: String!) { login(code: $code) { token } }`;
const ME = `{ me { id } }`;

interface Start { code: string; secret: string; url: string; expiresAt: string }
interface Poll { status: string; session: { token: string } | null }

let api: TestApi;
const realNow = () => new Date();
beforeAll(async () => (api = await createTestApi({ publicBaseUrl: 'https://gov.example.cn' })));
afterEach(() => (api.app.now = realNow));
afterAll(() => api.close());

const start = async () => (await api.run<{ startScanSignIn: Start }>(START)).data!.startScanSignIn;
const poll = (request: Pick<Start, 'code' | 'secret'>) => api.run<{ pollScanSignIn: Poll }>(POLL, { code: request.code, secret: request.secret });
const resident = async (name: string) => (await api.run<{ login: { token: string } }>(LOGIN, { code: `dev:${name}` })).data!.login.token;
const idOf = async (token: string) => (await api.run<{ me: { id: string } }>(ME, {}, { token })).data!.me.id;
const later = (seconds: number) => {
  const at = new Date(Date.now() + seconds * 1000);
  api.app.now = () => at;
};

it('a code confirmed on the phone signs the browser in as that resident, once', async () => {
  const request = await start();
  expect(request.url).toBe(`https://gov.example.cn/d/${request.code}`);
  expect(new Date(request.expiresAt).getTime() - Date.now()).toBeGreaterThan(110_000);
  expect(new Date(request.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(120_000);

  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'PENDING', session: null });

  // The phone opens the code: it sees what is asking and when, never the secret; the browser's poll says 已扫码.
  const wang = await resident('wang');
  const opened = await api.run<{ openScanSignIn: Record<string, string> }>(OPEN, { code: request.code }, { token: wang });
  expect(opened.data!.openScanSignIn).toMatchObject({ code: request.code, requester: '网页版 GovOpen 请求登录', status: 'SCANNED', expiresAt: request.expiresAt });
  expect(JSON.stringify(opened)).not.toContain(request.secret);
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'SCANNED', session: null });
  expect((await api.run(CONFIRM, { code: request.code }, { token: wang })).data).toEqual({ confirmScanSignIn: { status: 'CONFIRMED' } });
  // A double tap is the same confirmation.
  expect((await api.run(CONFIRM, { code: request.code }, { token: wang })).data).toEqual({ confirmScanSignIn: { status: 'CONFIRMED' } });

  const signedIn = (await poll(request)).data!.pollScanSignIn;
  expect(signedIn.status).toBe('CONFIRMED');
  expect(await idOf(signedIn.session!.token)).toBe(await idOf(wang));

  // The code gives no second session, to anyone.
  const again = await poll(request);
  expect(codeOf(again.errors)).toBe('CONFLICT');
  expect(again.errors![0]!.message).toBe('这个登录码已经用过了，请刷新二维码。');
  const li = await resident('li');
  expect(codeOf((await api.run(CONFIRM, { code: request.code }, { token: li })).errors)).toBe('CONFLICT');
  expect((await api.run(OPEN, { code: request.code }, { token: li })).data).toMatchObject({ openScanSignIn: { status: 'CONFIRMED' } });
});

it('opening the code again, on the same phone or another, changes nothing; 取消 works after the scan', async () => {
  const request = await start();
  const [wang, li] = [await resident('wang'), await resident('li')];
  const opens = await Promise.all([api.run(OPEN, { code: request.code }, { token: wang }), api.run(OPEN, { code: request.code }, { token: wang })]);
  expect(opens.map((result) => result.data)).toEqual([{ openScanSignIn: expect.objectContaining({ status: 'SCANNED' }) }, { openScanSignIn: expect.objectContaining({ status: 'SCANNED' }) }]);
  expect((await api.run(OPEN, { code: request.code }, { token: li })).data).toMatchObject({ openScanSignIn: { status: 'SCANNED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'SCANNED', session: null });
  expect((await api.run(REFUSE, { code: request.code }, { token: wang })).data).toEqual({ refuseScanSignIn: { status: 'REFUSED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'REFUSED', session: null });
  // Opened again after 取消, it stays refused.
  expect((await api.run(OPEN, { code: request.code }, { token: wang })).data).toMatchObject({ openScanSignIn: { status: 'REFUSED' } });
});

it('once a resident has scanned a code, only they can confirm it; a second scanner is told so in words', async () => {
  const request = await start();
  const [wang, li] = [await resident('wang2'), await resident('li2')];
  // The first scan is one write that gives the request back: no read after it.
  const before = api.app.dynamo.requestCount();
  await api.run(OPEN, { code: request.code }, { token: wang });
  const firstScan = api.app.dynamo.requestCount() - before;
  const again = api.app.dynamo.requestCount();
  await api.run(OPEN, { code: request.code }, { token: wang });
  expect(api.app.dynamo.requestCount() - again).toBe(firstScan + 1);
  // The second phone sees only the state, nothing of who scanned it.
  const seen = await api.run<{ openScanSignIn: Record<string, string> }>(OPEN, { code: request.code }, { token: li });
  expect(seen.data!.openScanSignIn).toMatchObject({ status: 'SCANNED' });
  expect(JSON.stringify(seen)).not.toContain(await idOf(wang));
  const refused = await api.run(CONFIRM, { code: request.code }, { token: li });
  expect(refused.errors![0]).toMatchObject({ message: '这个二维码已经有别人扫过了，只有先扫码的人能确认。如果是您要登录，请在网页上换一个二维码再扫。', extensions: { code: 'CONFLICT', reason: 'SCANNED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'SCANNED', session: null });
  expect((await api.run(CONFIRM, { code: request.code }, { token: wang })).data).toEqual({ confirmScanSignIn: { status: 'CONFIRMED' } });
  expect(await idOf((await poll(request)).data!.pollScanSignIn.session!.token)).toBe(await idOf(wang));
});

it('a scanned code that nobody confirms expires like any other', async () => {
  const request = await start();
  const wang = await resident('wang');
  await api.run(OPEN, { code: request.code }, { token: wang });
  later(121);
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'EXPIRED', session: null });
  expect((await api.run(CONFIRM, { code: request.code }, { token: wang })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPIRED' });
});

it('only the browser holding the secret collects the session', async () => {
  const request = await start();
  const other = await start();
  const wrong = await poll({ code: request.code, secret: other.secret });
  expect(codeOf(wrong.errors)).toBe('FORBIDDEN');
  expect(wrong.errors![0]!.message).toBe('这个登录码不是这个页面生成的，请刷新二维码。');
  const zhao = await resident('zhao');
  await api.run(OPEN, { code: request.code }, { token: zhao });
  expect(codeOf((await poll({ code: request.code, secret: other.secret })).errors)).toBe('FORBIDDEN');
  await api.run(CONFIRM, { code: request.code }, { token: zhao });
  expect(codeOf((await poll({ code: request.code, secret: other.secret })).errors)).toBe('FORBIDDEN');
  // The rightful browser still gets it.
  expect((await poll(request)).data!.pollScanSignIn.session).not.toBeNull();
});

it('取消 on the phone tells the browser, and the code cannot then be confirmed', async () => {
  const request = await start();
  const wang = await resident('wang');
  await api.run(OPEN, { code: request.code }, { token: wang });
  expect((await api.run(REFUSE, { code: request.code }, { token: wang })).data).toEqual({ refuseScanSignIn: { status: 'REFUSED' } });
  expect((await api.run(REFUSE, { code: request.code }, { token: wang })).data).toEqual({ refuseScanSignIn: { status: 'REFUSED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'REFUSED', session: null });
  const late = await api.run(CONFIRM, { code: request.code }, { token: wang });
  expect(codeOf(late.errors)).toBe('CONFLICT');
  expect(late.errors![0]!.extensions).toMatchObject({ reason: 'REFUSED' });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'REFUSED', session: null });
});

it('only the resident who scanned a code can 取消 it; a code nobody scanned cannot be cancelled, and stays open', async () => {
  const request = await start();
  const [wang, li] = [await resident('wang3'), await resident('li3')];
  // Nobody has scanned it: knowing the code is not enough, and the browser keeps its code.
  const unscanned = await api.run(REFUSE, { code: request.code }, { token: li });
  expect(unscanned.errors![0]).toMatchObject({ message: '这个二维码您还没有扫过。请用微信扫一扫它，看清是什么在请求登录，再决定确认还是取消。', extensions: { code: 'FORBIDDEN', reason: 'NOT_SCANNED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'PENDING', session: null });

  // Scanned by wang: li (a second phone) cannot cancel it, and is told so in words.
  await api.run(OPEN, { code: request.code }, { token: wang });
  await api.run(OPEN, { code: request.code }, { token: li });
  const other = await api.run(REFUSE, { code: request.code }, { token: li });
  expect(other.errors![0]).toMatchObject({ message: '这个二维码已经有别人扫过了，只有扫码的人能取消。您不用做什么，网页不会登录您的账号。', extensions: { code: 'FORBIDDEN', reason: 'SCANNED_BY_OTHER' } });
  expect(JSON.stringify(other)).not.toContain(await idOf(wang));
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'SCANNED', session: null });

  // Wang cancels; li still cannot, not even now that it is refused.
  expect((await api.run(REFUSE, { code: request.code }, { token: wang })).data).toEqual({ refuseScanSignIn: { status: 'REFUSED' } });
  expect((await api.run(REFUSE, { code: request.code }, { token: li })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCANNED_BY_OTHER' });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'REFUSED', session: null });

  // Confirmed by the one who scanned it: another resident's 取消 changes nothing.
  const confirmed = await start();
  await api.run(OPEN, { code: confirmed.code }, { token: wang });
  await api.run(CONFIRM, { code: confirmed.code }, { token: wang });
  expect(codeOf((await api.run(REFUSE, { code: confirmed.code }, { token: li })).errors)).toBe('FORBIDDEN');
  expect(await idOf((await poll(confirmed)).data!.pollScanSignIn.session!.token)).toBe(await idOf(wang));
});

it('after two minutes a code is expired: not confirmed, and the browser is told', async () => {
  const request = await start();
  const wang = await resident('wang');
  later(121);
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'EXPIRED', session: null });
  const late = await api.run<{ confirmScanSignIn: unknown }>(CONFIRM, { code: request.code }, { token: wang });
  expect(codeOf(late.errors)).toBe('CONFLICT');
  expect(late.errors![0]).toMatchObject({ message: '二维码已过期，请在网页上刷新后再扫。', extensions: { reason: 'EXPIRED' } });
  // Opened only now, it is not scanned: the browser keeps saying expired.
  expect((await api.run(OPEN, { code: request.code }, { token: wang })).data).toMatchObject({ openScanSignIn: { status: 'EXPIRED' } });
  expect((await poll(request)).data!.pollScanSignIn).toEqual({ status: 'EXPIRED', session: null });
});

it('a confirmation in the last seconds is collected by the poll just after, but not long after', async () => {
  const wang = await resident('wang');
  const soon = await start();
  later(115);
  await api.run(CONFIRM, { code: soon.code }, { token: wang });
  later(125);
  expect((await poll(soon)).data!.pollScanSignIn.session).not.toBeNull();

  api.app.now = realNow;
  const forgotten = await start();
  later(115);
  await api.run(CONFIRM, { code: forgotten.code }, { token: wang });
  later(200);
  const stale = await poll(forgotten);
  expect(codeOf(stale.errors)).toBe('CONFLICT');
  expect(stale.errors![0]!.extensions).toMatchObject({ reason: 'EXPIRED' });
});

it('two phones confirming at once: one wins; two polls at once: one session', async () => {
  const request = await start();
  const [a, b] = [await resident('a1'), await resident('b1')];
  const confirms = await Promise.all([api.run(CONFIRM, { code: request.code }, { token: a }), api.run(CONFIRM, { code: request.code }, { token: b })]);
  expect(confirms.filter((result) => !result.errors)).toHaveLength(1);
  expect(confirms.filter((result) => codeOf(result.errors) === 'CONFLICT')).toHaveLength(1);
  const polls = await Promise.all([poll(request), poll(request), poll(request)]);
  expect(polls.filter((result) => result.data?.pollScanSignIn.session)).toHaveLength(1);
  expect(polls.filter((result) => codeOf(result.errors) === 'CONFLICT')).toHaveLength(2);
});

it('confirming and refusing take a signed-in resident; bad and unknown codes are told apart', async () => {
  const request = await start();
  expect(codeOf((await api.run(CONFIRM, { code: request.code })).errors)).toBe('UNAUTHENTICATED');
  expect(codeOf((await api.run(REFUSE, { code: request.code })).errors)).toBe('UNAUTHENTICATED');
  expect(codeOf((await api.run(OPEN, { code: request.code })).errors)).toBe('UNAUTHENTICATED');
  const staff = await createTestStaff(api, 'qian.li', 'DEPARTMENT_EDITOR', '区民政局');
  expect(codeOf((await api.run(CONFIRM, { code: request.code }, { token: staff })).errors)).toBe('FORBIDDEN');
  expect(codeOf((await api.run(OPEN, { code: request.code }, { token: staff })).errors)).toBe('FORBIDDEN');
  expect((await poll(request)).data!.pollScanSignIn.status).toBe('PENDING');

  const bad = await api.run(OPEN, { code: '../x' }, { token: await resident('wang') });
  expect(bad.errors![0]).toMatchObject({ message: '登录码不正确，请重新扫码。', extensions: { code: 'BAD_USER_INPUT' } });
  for (const operation of [OPEN, CONFIRM, REFUSE]) {
    const unknown = await api.run(operation, { code: 'abcdefghijkm' }, { token: await resident('wang') });
    expect(unknown.errors![0]).toMatchObject({ message: '没有找到这个登录码，请在网页上刷新二维码后再扫。', extensions: { code: 'NOT_FOUND' } });
  }
  expect(codeOf((await poll({ code: request.code, secret: '' })).errors)).toBe('BAD_USER_INPUT');
});
