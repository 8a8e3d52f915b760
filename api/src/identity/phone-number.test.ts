import { fakeAccessTokens, startFakeWeChat } from '../../../test/support/fake-wechat';
import { codeOf, createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';
import { createWeChatAccessToken } from './wechat-access-token';

// 使用微信绑定的手机号: the phoneNumberFromWeChat mutation, against a local server that answers like
// WeChat's /cgi-bin/token and /wxa/business/getuserphonenumber.

const PHONE = `mutation($code: String!) { phoneNumberFromWeChat(code: $code) }`;
const ME = `{ me { phone phoneForForms } }`;


let wechat: Awaited<ReturnType<typeof startFakeWeChat>>;
let base: string;
const tokens = fakeAccessTokens('wx-app', 'app-secret');
/** Each getuserphonenumber request: the access token in its address and the JSON it sent. */
const asked: Array<{ token: string | null; body: unknown }> = [];
/** Answers for the next getuserphonenumber requests, in order; then the answer for the code. */
let nextAnswers: object[] = [];
const ANSWERS: Record<string, object> = {
  good: { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: '13912345678', purePhoneNumber: '13912345678', countryCode: '86', watermark: { appid: 'wx-app' } } },
  abroad: { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: '+852 91234567', purePhoneNumber: '91234567', countryCode: '852' } },
  bad: { errcode: 40029, errmsg: 'invalid code' },
  busy: { errcode: -1, errmsg: 'system error' },
};

beforeAll(async () => {
  wechat = await startFakeWeChat(({ method, path, params, body }) => {
    if (path === '/cgi-bin/token') return tokens.answer(params);
    if (path === '/wxa/business/getuserphonenumber' && method === 'POST') {
      asked.push({ token: params.get('access_token'), body });
      return nextAnswers.shift() ?? ANSWERS[(body as { code: string }).code] ?? ANSWERS.bad;
    }
    return undefined;
  });
  base = wechat.base;
});
afterAll(() => wechat.close());
beforeEach(() => {
  asked.length = 0;
  nextAnswers = [];
});

/** A resident signed in as after wx.login, without going through the dev: sign-in (refused in production). */
async function signedInResident(api: TestApi, openid: string) {
  const resident = await api.app.stores.identity.signInResident({ openid, sessionKey: 'session-key' });
  return (await api.app.sessions.issue({ kind: 'resident', residentId: resident.id })).token;
}

describe('the phone-number button in production, against WeChat', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await createTestApi({ production: true, wechat: { appId: 'wx-app', appSecret: 'app-secret', apiBase: base } });
    token = await signedInResident(api, 'o-wang');
  });
  afterAll(() => api.close());

  it('sends the code with the access token, answers the pure mainland number, and keeps it for the next form', async () => {
    const before = await api.run(ME, {}, { token });
    expect(before.data).toEqual({ me: { phone: null, phoneForForms: null } });
    const result = await api.run(PHONE, { code: 'good' }, { token });
    expect(result).toEqual({ data: { phoneNumberFromWeChat: '13912345678' } });
    expect(asked).toEqual([{ token: expect.stringMatching(/^token-\d+$/), body: { code: 'good' } }]);
    const after = await api.run(ME, {}, { token });
    expect(after.data).toEqual({ me: { phone: '139****5678', phoneForForms: '13912345678' } });
  });

  it('uses one access token for many codes', async () => {
    await api.run(PHONE, { code: 'good' }, { token });
    await api.run(PHONE, { code: 'good' }, { token });
    expect(asked.length).toBe(2);
    expect(asked[0]!.token).toBe(asked[1]!.token);
  });

  it.each([
    [40001, 'access_token invalid'],
    [42001, 'access_token expired'],
  ])('after %s (%s) fetches a new access token once and sends the code again', async (errcode, errmsg) => {
    nextAnswers = [{ errcode, errmsg }];
    const result = await api.run(PHONE, { code: 'good' }, { token });
    expect(result).toEqual({ data: { phoneNumberFromWeChat: '13912345678' } });
    expect(asked.length).toBe(2);
    expect(asked[1]!.token).not.toBe(asked[0]!.token);
  });

  it('does not go round and round when the new token is refused too', async () => {
    nextAnswers = [
      { errcode: 40001, errmsg: 'invalid credential' },
      { errcode: 40001, errmsg: 'invalid credential' },
    ];
    const result = await api.run(PHONE, { code: 'good' }, { token });
    expect(codeOf(result.errors)).toBe('SERVICE_UNAVAILABLE');
    expect(asked.length).toBe(2);
  });

  it.each([
    ['bad', 'BAD_USER_INPUT', '手机号授权已失效，请再点一次按钮。'],
    ['busy', 'SERVICE_UNAVAILABLE', '微信系统繁忙，暂时取不到手机号，请稍后再试。'],
    ['abroad', 'BAD_USER_INPUT', '微信绑定的不是中国大陆手机号，开放日的通知只能发到大陆手机号。'],
  ])('turns WeChat’s answer to code %s into %s with plain words', async (code, expectedCode, message) => {
    const result = await api.run(PHONE, { code }, { token });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: expectedCode } });
  });

  it('refuses dev: codes and an empty code without asking WeChat', async () => {
    expect(codeOf((await api.run(PHONE, { code: 'dev:13912345678' }, { token })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.run(PHONE, { code: '  ' }, { token })).errors)).toBe('BAD_USER_INPUT');
    expect(asked).toEqual([]);
  });

  it('asks to sign in first, and is for residents only', async () => {
    const anonymous = await api.run(PHONE, { code: 'good' });
    expect(anonymous.errors?.[0]).toMatchObject({ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } });
    const staff = await createTestStaff(api, 'minzheng.li', 'DEPARTMENT_EDITOR', '区民政局');
    expect(codeOf((await api.run(PHONE, { code: 'good' }, { token: staff })).errors)).toBe('FORBIDDEN');
    expect(asked).toEqual([]);
  });
});

describe('the phone-number button without WeChat', () => {
  it('says SERVICE_UNAVAILABLE without app credentials, and when WeChat cannot be reached', async () => {
    const noCredentials = await createTestApi({ production: true, wechat: { appId: '', appSecret: '', apiBase: base } });
    const unreachable = await createTestApi({ production: true, wechat: { appId: 'wx-app', appSecret: 'app-secret', apiBase: 'http://127.0.0.1:9' } });
    try {
      const none = await noCredentials.run(PHONE, { code: 'good' }, { token: await signedInResident(noCredentials, 'o-li') });
      expect(none.errors?.[0]).toMatchObject({ message: '这里暂时不能从微信取手机号。', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      const away = await unreachable.run(PHONE, { code: 'good' }, { token: await signedInResident(unreachable, 'o-li') });
      expect(away.errors?.[0]).toMatchObject({ message: '暂时连不上微信，请稍后再试。', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(asked).toEqual([]);
    } finally {
      await noCredentials.close();
      await unreachable.close();
    }
  });
});

describe('the phone-number button outside production', () => {
  let api: TestApi;
  beforeAll(async () => (api = await createTestApi()));
  afterAll(() => api.close());

  it('answers dev:<mobile> with that number, keeps it, and asks nobody', async () => {
    const login = await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:wang") { token } }`);
    const token = login.data!.login.token;
    expect(await api.run(PHONE, { code: 'dev:13812345678' }, { token })).toEqual({ data: { phoneNumberFromWeChat: '13812345678' } });
    expect((await api.run(ME, {}, { token })).data).toEqual({ me: { phone: '138****5678', phoneForForms: '13812345678' } });
    expect(asked).toEqual([]);
    for (const code of ['dev:1381234567', 'dev:12812345678', 'dev:wang']) {
      expect(codeOf((await api.run(PHONE, { code }, { token })).errors)).toBe('BAD_USER_INPUT');
    }
  });

  it('gives each resident only their own number, and nobody signed in none', async () => {
    const li = (await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:li") { token } }`)).data!.login.token;
    expect((await api.run(ME, {}, { token: li })).data).toEqual({ me: { phone: null, phoneForForms: null } });
    expect(codeOf((await api.run(PHONE, { code: 'dev:13812345678' })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(ME)).errors)).toBe('UNAUTHENTICATED');
  });
});

describe('the shared access token', () => {
  const wechatConfig = () => ({ appId: 'wx-app', appSecret: 'app-secret', apiBase: base });

  it('asks WeChat once for callers that come together, and again only after the token was refused', async () => {
    const shared = createWeChatAccessToken(wechatConfig());
    const before = tokens.issued;
    const [a, b] = await Promise.all([shared.get(), shared.get()]);
    expect(a).toBe(b);
    expect(tokens.issued).toBe(before + 1);
    shared.invalidate('some-older-token'); // a refusal of an older token keeps the newer one
    expect(await shared.get()).toBe(a);
    shared.invalidate(a);
    expect(await shared.get()).not.toBe(a);
    expect(tokens.issued).toBe(before + 2);
  });

  it('says why there is no token', async () => {
    const wrong = createWeChatAccessToken({ ...wechatConfig(), appSecret: 'wrong' });
    await expect(wrong.get()).rejects.toMatchObject({ errcode: 40013 });
  });
});
