import { SignJWT } from 'jose';
import { DEFAULT_CONFIG } from '../core/config';
import { codeOf, createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';

// Issue 11, finding 8: a token must expire, and signing out (or a new password) ends a session.

const LOGIN = `mutation($code: String!) { login(code: $code) { token } }`;
const ME = `{ me { id } }`;
const STAFF_ME = `{ staffMe { username } }`;
const SIGN_OUT = `mutation { signOut }`;
const RESET = `mutation($u: ID!) { resetStaffPassword(username: $u) { staff { username } } }`;

let api: TestApi;
beforeAll(async () => (api = await createTestApi()));
afterAll(() => api.close());

const residentSession = async (name: string) => (await api.run<{ login: { token: string } }>(LOGIN, { code: `dev:${name}` })).data!.login.token;

it('refuses a correctly signed token that never expires', async () => {
  const resident = await residentSession('forever');
  const { id } = (await api.run<{ me: { id: string } }>(ME, {}, { token: resident })).data!.me;
  const forever = await new SignJWT({ kind: 'resident', sv: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('govopen')
    .setSubject(id)
    .setIssuedAt()
    .sign(new TextEncoder().encode(DEFAULT_CONFIG.sessionSecret));
  const result = await api.run(ME, {}, { token: forever });
  expect(codeOf(result.errors)).toBe('UNAUTHENTICATED');
});

it('a resident who signs out cannot use the old token again, on any device, and can sign in anew', async () => {
  const phone = await residentSession('wang');
  const tablet = await residentSession('wang');
  expect((await api.run(ME, {}, { token: phone })).errors).toBeUndefined();
  expect((await api.run(SIGN_OUT, {}, { token: phone })).data).toEqual({ signOut: true });
  expect(codeOf((await api.run(ME, {}, { token: phone })).errors)).toBe('UNAUTHENTICATED');
  expect(codeOf((await api.run(ME, {}, { token: tablet })).errors)).toBe('UNAUTHENTICATED');
  const fresh = await residentSession('wang');
  expect((await api.run(ME, {}, { token: fresh })).errors).toBeUndefined();
  // Another resident's session is not touched.
  const li = await residentSession('li');
  await api.run(SIGN_OUT, {}, { token: fresh });
  expect((await api.run(ME, {}, { token: li })).errors).toBeUndefined();
});

it('a staff member who signs out, or whose password an admin resets, has no session left', async () => {
  const admin = await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室');
  const clerk = await createTestStaff(api, 'zhou.min', 'DEPARTMENT_EDITOR', '区民政局');
  expect((await api.run(SIGN_OUT, {}, { token: clerk })).data).toEqual({ signOut: true });
  expect(codeOf((await api.run(STAFF_ME, {}, { token: clerk })).errors)).toBe('UNAUTHENTICATED');

  const again = (await api.run<{ staffLogin: { token: string } }>(`mutation { staffLogin(username: "zhou.min", password: "zhou.min-password") { token } }`)).data!.staffLogin.token;
  expect((await api.run(STAFF_ME, {}, { token: again })).data).toEqual({ staffMe: { username: 'zhou.min' } });
  expect((await api.run(RESET, { u: 'zhou.min' }, { token: admin })).errors).toBeUndefined();
  expect(codeOf((await api.run(STAFF_ME, {}, { token: again })).errors)).toBe('UNAUTHENTICATED');
  // The admin's own session goes on.
  expect((await api.run(STAFF_ME, {}, { token: admin })).data).toEqual({ staffMe: { username: 'admin' } });
});

it('signing out without a session says so', async () => {
  expect(codeOf((await api.run(SIGN_OUT)).errors)).toBe('UNAUTHENTICATED');
});
