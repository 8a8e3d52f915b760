import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { SignJWT } from 'jose';
import { DEFAULT_CONFIG } from '../core/config';
import { codeOf, createTestApi, type TestApi } from '../../../test/support/test-app';
import { bootstrapFirstAdmin } from './bootstrap-staff';
import { residentItem } from './identity-items';
import { weChatCodeExchange } from './wechat-login';

const LOGIN = `mutation($code: String!) { login(code: $code) { token expiresAt } }`;
const ME = `{ me { id phone memberSince } }`;
const STAFF_LOGIN = `mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }`;
const CREATE_STAFF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { staff { username role department disabled } temporaryPassword } }`;
const CHANGE_PASSWORD = `mutation($u: String!, $c: String!, $n: String!) { changeStaffPassword(username: $u, currentPassword: $c, newPassword: $n) { token } }`;


describe('resident sign-in outside production', () => {
  let api: TestApi;
  beforeAll(async () => (api = await createTestApi()));
  afterAll(() => api.close());

  async function signIn(code: string) {
    const result = await api.run<{ login: { token: string; expiresAt: string } }>(LOGIN, { code });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  }

  it('signs in with dev:<name>, one stable resident per name', async () => {
    const wang = await signIn('dev:wang');
    expect(new Date(wang.expiresAt).getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000);
    const me = await api.run<{ me: { id: string } }>(ME, {}, { token: wang.token });
    const again = await api.run<{ me: { id: string } }>(ME, {}, { token: (await signIn('dev:wang')).token });
    const li = await api.run<{ me: { id: string } }>(ME, {}, { token: (await signIn('dev:li')).token });
    expect(me.data!.me.id).toBe(again.data!.me.id);
    expect(li.data!.me.id).not.toBe(me.data!.me.id);
  });

  it('asks to sign in for anything personal, and says when a session has expired', async () => {
    expect(codeOf((await api.run(ME)).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(ME, {}, { token: 'not-a-token' })).errors)).toBe('UNAUTHENTICATED');
    const expired = await new SignJWT({ kind: 'resident' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('govopen')
      .setSubject('someone')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(DEFAULT_CONFIG.sessionSecret));
    const result = await api.run(ME, {}, { token: expired });
    expect(codeOf(result.errors)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('登录已过期，请重新登录。');
  });

  it('does not accept a token signed with another secret', async () => {
    const forged = await new SignJWT({ kind: 'resident' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('govopen')
      .setSubject('someone')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    expect(codeOf((await api.run(ME, {}, { token: forged })).errors)).toBe('UNAUTHENTICATED');
  });

  it('lets anyone browse without signing in', async () => {
    const result = await api.run(`{ policies(first: 1) { edges { cursor } } policyFacets { years { value } } }`);
    expect(result.errors).toBeUndefined();
  });
});

describe('resident sign-in in production', () => {
  let api: TestApi;
  beforeAll(async () => (api = await createTestApi({ production: true })));
  afterAll(() => api.close());

  it('refuses dev: codes', async () => {
    const result = await api.run(LOGIN, { code: 'dev:wang' });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
  });
});

describe("the real exchange with WeChat's jscode2session", () => {
  let wechat: Server;
  let base: string;
  const asked: URLSearchParams[] = [];
  const answers: Record<string, object> = {
    good: { openid: 'o-123', session_key: 'secret-session-key', unionid: 'u-9' },
    bad: { errcode: 40029, errmsg: 'invalid code' },
    limit: { errcode: 45011, errmsg: 'api minute-quota reach limit' },
    risky: { errcode: 40226, errmsg: 'high risk user' },
    busy: { errcode: -1, errmsg: 'system error' },
  };

  beforeAll(async () => {
    wechat = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      asked.push(url.searchParams);
      response.writeHead(200, { 'content-type': 'text/plain' }); // WeChat answers JSON as text/plain
      response.end(JSON.stringify(url.pathname === '/sns/jscode2session' ? answers[url.searchParams.get('js_code') ?? ''] ?? answers.bad : {}));
    });
    await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => wechat.close(resolve)));

  it('sends app id, secret and code, and keeps the session key on the server', async () => {
    const exchange = weChatCodeExchange({ appId: 'wx-app', appSecret: 'app-secret', apiBase: base });
    const api = await createTestApi({ production: true, wechat: { appId: 'wx-app', appSecret: 'app-secret', apiBase: base } });
    try {
      const result = await api.run<{ login: { token: string } }>(LOGIN, { code: 'good' });
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result)).not.toContain('secret-session-key');
      const params = asked.at(-1)!;
      expect(Object.fromEntries(params)).toEqual({ appid: 'wx-app', secret: 'app-secret', js_code: 'good', grant_type: 'authorization_code' });
      const me = await api.run<{ me: { id: string } }>(ME, {}, { token: result.data!.login.token });
      const stored = await api.app.dynamo.doc.send(new GetCommand({ TableName: api.app.dynamo.tableName, Key: residentItem.key({ id: me.data!.me.id }) }));
      expect(stored.Item).toMatchObject({ openid: 'o-123', unionid: 'u-9', sessionKey: 'secret-session-key' });
      await expect(exchange('good')).resolves.toEqual({ openid: 'o-123', unionid: 'u-9', sessionKey: 'secret-session-key' });
    } finally {
      await api.close();
    }
  });

  it.each([
    ['bad', 'BAD_USER_INPUT', '登录凭证无效或已过期，请重新登录。'],
    ['limit', 'TOO_MANY_REQUESTS', '登录太频繁了，请稍等一分钟再试。'],
    ['risky', 'FORBIDDEN', '微信认为当前账号存在风险，暂时不能登录。'],
    ['busy', 'SERVICE_UNAVAILABLE', '微信系统繁忙，请稍后再试。'],
  ])('turns WeChat error for code %s into %s', async (code, expectedCode, message) => {
    const exchange = weChatCodeExchange({ appId: 'wx-app', appSecret: 'app-secret', apiBase: base });
    await expect(exchange(code)).rejects.toMatchObject({ message, extensions: { code: expectedCode } });
  });

  it('says WeChat cannot be reached when it does not answer', async () => {
    const exchange = weChatCodeExchange({ appId: 'wx-app', appSecret: 'app-secret', apiBase: 'http://127.0.0.1:9' });
    await expect(exchange('good')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});

describe('staff accounts', () => {
  let api: TestApi;
  let adminToken: string;

  async function staffLogin(username: string, password: string) {
    return api.run<{ staffLogin: { token: string } }>(STAFF_LOGIN, { u: username, p: password });
  }

  /** An account the admin creates, whose owner then replaces the system's temporary password with `password`, as at a first sign-in. */
  async function createAccount(input: { username: string; displayName: string; role: string; department: string }, password: string) {
    const created = await api.run<{ createStaff: { staff: unknown; temporaryPassword: string } }>(CREATE_STAFF, { input }, { token: adminToken });
    expect(created.errors).toBeUndefined();
    expect((await api.run(CHANGE_PASSWORD, { u: input.username, c: created.data!.createStaff.temporaryPassword, n: password })).errors).toBeUndefined();
    return created.data!.createStaff.staff;
  }

  beforeAll(async () => {
    api = await createTestApi({ staffBootstrap: { username: 'admin', password: 'first-admin-password' } });
    expect(await bootstrapFirstAdmin(api.app)).toBe('created');
    expect(await bootstrapFirstAdmin(api.app)).toBe('skipped');
    adminToken = (await staffLogin('admin', 'first-admin-password')).data!.staffLogin.token;
  });
  afterAll(() => api.close());

  it('lets the bootstrapped admin create a department editor, who can then sign in', async () => {
    const created = await createAccount({ username: 'minzheng.li', displayName: '李明', role: 'DEPARTMENT_EDITOR', department: '区民政局' }, 'editor-password-1');
    expect(created).toEqual({ username: 'minzheng.li', role: 'DEPARTMENT_EDITOR', department: '区民政局', disabled: false });
    const login = await staffLogin('minzheng.li', 'editor-password-1');
    expect(login.errors).toBeUndefined();
    const me = await api.run(`{ staffMe { username department role } }`, {}, { token: login.data!.staffLogin.token });
    expect(me.data).toEqual({ staffMe: { username: 'minzheng.li', department: '区民政局', role: 'DEPARTMENT_EDITOR' } });
    const trail = await api.app.audit.trail('staff', 'minzheng.li');
    expect(trail.map((r) => r.action)).toEqual(['staff.create', 'staff.changePassword']);
    expect(trail[0]!.actor).toMatchObject({ kind: 'staff', staffId: 'admin' });
  });

  it('refuses a taken username and an editor without a department', async () => {
    const input = { username: 'admin', displayName: '重复', role: 'DEPARTMENT_EDITOR', department: '区财政局' };
    expect(codeOf((await api.run(CREATE_STAFF, { input }, { token: adminToken })).errors)).toBe('CONFLICT');
    const noDepartment = await api.run(CREATE_STAFF, { input: { ...input, username: 'caizheng', department: null } }, { token: adminToken });
    expect(codeOf(noDepartment.errors)).toBe('BAD_USER_INPUT');
  });

  it('answers a wrong password and an unknown user alike', async () => {
    await createAccount({ username: 'caizheng.wu', displayName: '吴芳', role: 'DEPARTMENT_EDITOR', department: '区财政局' }, 'right-password-1');
    const unknown = await staffLogin('nobody', 'whatever-password');
    const wrong = await staffLogin('caizheng.wu', 'wrong-password');
    expect(unknown.errors?.[0]?.message).toBe('用户名或密码不正确。');
    expect(wrong.errors).toEqual(unknown.errors);
  });

  it('stops a disabled account at once, token included, and records who did it', async () => {
    await createAccount({ username: 'jiaoyu.zhao', displayName: '赵强', role: 'DEPARTMENT_EDITOR', department: '区教育局' }, 'jiaoyu-password');
    const token = (await staffLogin('jiaoyu.zhao', 'jiaoyu-password')).data!.staffLogin.token;
    const disabled = await api.run(`mutation { disableStaff(username: "jiaoyu.zhao") { disabled } }`, {}, { token: adminToken });
    expect(disabled.data).toEqual({ disableStaff: { disabled: true } });
    expect(codeOf((await api.run(`{ staffMe { username } }`, {}, { token })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await staffLogin('jiaoyu.zhao', 'jiaoyu-password')).errors)).toBe('UNAUTHENTICATED');
    expect((await api.app.audit.trail('staff', 'jiaoyu.zhao')).map((r) => r.action)).toEqual(['staff.create', 'staff.changePassword', 'staff.disable']);
  });

  it('keeps staff management to district admins', async () => {
    const editorToken = (await staffLogin('minzheng.li', 'editor-password-1')).data!.staffLogin.token;
    const residentToken = (await api.run<{ login: { token: string } }>(LOGIN, { code: 'dev:wang' })).data!.login.token;
    const input = { username: 'sneaky', displayName: '某人', role: 'DISTRICT_ADMIN' };
    expect(codeOf((await api.run(CREATE_STAFF, { input }, { token: editorToken })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE_STAFF, { input }, { token: residentToken })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE_STAFF, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(`{ staffMembers { username } }`, {}, { token: editorToken })).errors)).toBe('FORBIDDEN');
    const list = await api.run<{ staffMembers: Array<{ username: string; viewerCan: { manage: boolean } }> }>(`{ staffMembers { username viewerCan { manage } } }`, {}, { token: adminToken });
    expect(list.data!.staffMembers.map((s) => s.username).sort()).toEqual(['admin', 'caizheng.wu', 'jiaoyu.zhao', 'minzheng.li']);
    expect(list.data!.staffMembers.every((s) => s.viewerCan.manage)).toBe(true);
    const own = await api.run(`{ staffMe { viewerCan { manage } } }`, {}, { token: editorToken });
    expect(own.data).toEqual({ staffMe: { viewerCan: { manage: false } } });
  });
});
