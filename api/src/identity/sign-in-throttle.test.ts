import { codeOf, createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';
import { SIGN_IN_LIMITS } from './sign-in-throttle';

// Issue 11, finding 2: guessing is slowed by source and by account, and nobody can lock a clerk out.

const STAFF_LOGIN = `mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }`;

describe('staff sign-in under password guessing', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    await createTestStaff(api, 'caizheng.wu', 'DEPARTMENT_EDITOR', '区财政局');
    await createTestStaff(api, 'minzheng.li', 'DEPARTMENT_EDITOR', '区民政局');
  });
  afterAll(() => api.close());

  const login = (username: string, password: string, source: string) => api.run<{ staffLogin: { token: string } }>(STAFF_LOGIN, { u: username, p: password }, { source });

  it('turns a guessing source away, while the clerk at her own desk still signs in', async () => {
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perSourceAndAccount; attempt += 1) {
      expect(codeOf((await login('caizheng.wu', `guess-${attempt}`, '203.0.113.7')).errors)).toBe('UNAUTHENTICATED');
    }
    const refused = await login('caizheng.wu', 'caizheng.wu-password', '203.0.113.7');
    expect(refused.errors?.[0]).toMatchObject({ message: '尝试次数太多，请 15 分钟后再试。', extensions: { code: 'TOO_MANY_REQUESTS' } });
    // The account itself is not locked: from her office, the right password opens it at once.
    const atDesk = await login('caizheng.wu', 'caizheng.wu-password', '10.1.2.3');
    expect(atDesk.errors).toBeUndefined();
    expect(atDesk.data?.staffLogin.token).toBeTruthy();
  });

  it('answers an unknown username exactly as a real one, refusals included, and says nothing of a lock', async () => {
    const answers = async (username: string, source: string) => {
      const seen = [];
      for (let attempt = 0; attempt <= SIGN_IN_LIMITS.perSourceAndAccount; attempt += 1) seen.push((await login(username, 'wrong-password', source)).errors);
      return seen;
    };
    const real = await answers('minzheng.li', '198.51.100.1');
    const unknown = await answers('nobody.here', '198.51.100.2');
    expect(unknown).toEqual(real);
    expect(JSON.stringify(real)).not.toMatch(/locked|锁定/);
    expect(real.at(-1)?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('turns away a source trying many usernames, whichever it tries next', async () => {
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perSource; attempt += 1) await login(`name${attempt}`, 'password-guess', '192.0.2.99');
    expect(codeOf((await login('caizheng.wu', 'caizheng.wu-password', '192.0.2.99')).errors)).toBe('TOO_MANY_REQUESTS');
    expect((await login('caizheng.wu', 'caizheng.wu-password', '192.0.2.100')).errors).toBeUndefined();
  });

  it('slows guesses at one account from many places, yet the right password still opens it', async () => {
    await createTestStaff(api, 'jiaoyu.zhao', 'DEPARTMENT_EDITOR', '区教育局');
    // Three sources stay under their own limits but together pass the account's.
    for (const source of ['100.64.0.1', '100.64.0.2', '100.64.0.3']) {
      for (let attempt = 0; attempt < 4; attempt += 1) await login('jiaoyu.zhao', 'not-it', source);
    }
    const started = Date.now();
    const owner = await login('jiaoyu.zhao', 'jiaoyu.zhao-password', '10.9.9.9');
    expect(Date.now() - started).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.accountDelayStepMs);
    expect(owner.errors).toBeUndefined();
  });
});
