import { createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';

// Staff accounts as a district admin keeps them: create, disable, let in again, a temporary password
// the system gives (a new account's, a reset's) that must be replaced before anything else, one's own
// password; every change in the audit trail.

const LOGIN = `mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }`;
const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { staff { username disabled mustChangePassword lastSignedInAt } temporaryPassword } }`;
const DISABLE = `mutation($u: ID!) { disableStaff(username: $u) { username disabled } }`;
const ENABLE = `mutation($u: ID!) { enableStaff(username: $u) { username disabled } }`;
const RESET = `mutation($u: ID!) { resetStaffPassword(username: $u) { staff { username mustChangePassword } temporaryPassword } }`;
const CHANGE = `mutation($u: String!, $c: String!, $n: String!) { changeStaffPassword(username: $u, currentPassword: $c, newPassword: $n) { token expiresAt } }`;
const MEMBERS = `{ staffMembers { username disabled mustChangePassword lastSignedInAt } }`;
const ME = `{ staffMe { username department } }`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

/** What the system answers for a password it made up: three groups of four letters and digits that read out unmistakably. */
const TEMPORARY = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/;

let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await createTestApi();
  admin = await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室');
});
afterAll(() => api.close());

const signIn = (password: string) => api.run<{ staffLogin: { token: string } }>(LOGIN, { u: 'wang.li', p: password });

it('a new account gets a temporary password from the system, answered once, that signs in only after its owner sets their own', async () => {
  const created = await api.run<{ createStaff: { staff: unknown; temporaryPassword: string } }>(CREATE, { input: { username: 'wang.li', displayName: '王丽', role: 'DEPARTMENT_EDITOR', department: '区民政局' } }, { token: admin });
  expect(created.data?.createStaff.staff).toEqual({ username: 'wang.li', disabled: false, mustChangePassword: true, lastSignedInAt: null });
  const temporary = created.data!.createStaff.temporaryPassword;
  expect(temporary).toMatch(TEMPORARY);
  // Answered this once: the audit trail keeps no copy of it.
  expect(JSON.stringify(await api.app.audit.trail('staff', 'wang.li'))).not.toContain(temporary);
  const refused = await signIn(temporary);
  expect(refused.errors?.[0]).toMatchObject({ message: '这是管理员给的临时密码，请先设置您自己的新密码。', extensions: { code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGE_REQUIRED' } });
  expect((await api.run(CHANGE, { u: 'wang.li', c: temporary, n: 'first-password-1' })).errors).toBeUndefined();
  const listed = await api.run<{ staffMembers: Array<{ username: string; mustChangePassword: boolean }> }>(MEMBERS, {}, { token: admin });
  expect(listed.data?.staffMembers.find((m) => m.username === 'wang.li')?.mustChangePassword).toBe(false);
  // A second account gets another password.
  const other = await api.run<{ createStaff: { temporaryPassword: string } }>(CREATE, { input: { username: 'zhao.gang', displayName: '赵刚', role: 'DEPARTMENT_EDITOR', department: '区民政局' } }, { token: admin });
  expect(other.data!.createStaff.temporaryPassword).toMatch(TEMPORARY);
  expect(other.data!.createStaff.temporaryPassword).not.toBe(temporary);
});

it('a disabled account cannot sign in nor use its session; re-enabled, it signs in again', async () => {
  const before = await signIn('first-password-1');
  const token = before.data!.staffLogin.token;
  expect((await api.run(DISABLE, { u: 'wang.li' }, { token: admin })).data).toEqual({ disableStaff: { username: 'wang.li', disabled: true } });
  expect(codeOf((await signIn('first-password-1')).errors)).toBe('UNAUTHENTICATED');
  expect(codeOf((await api.run(ME, {}, { token })).errors)).toBe('UNAUTHENTICATED');

  expect((await api.run(ENABLE, { u: 'wang.li' }, { token: admin })).data).toEqual({ enableStaff: { username: 'wang.li', disabled: false } });
  const again = await signIn('first-password-1');
  expect((await api.run(ME, {}, { token: again.data!.staffLogin.token })).data).toEqual({ staffMe: { username: 'wang.li', department: '区民政局' } });
  const listed = await api.run<{ staffMembers: Array<{ username: string; lastSignedInAt: string | null }> }>(MEMBERS, {}, { token: admin });
  expect(listed.data?.staffMembers.find((m) => m.username === 'wang.li')?.lastSignedInAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

it('a reset gives a temporary password that signs nobody in until its owner sets their own; then the new one works and the old ones do not', async () => {
  const reset = await api.run<{ resetStaffPassword: { staff: unknown; temporaryPassword: string } }>(RESET, { u: 'wang.li' }, { token: admin });
  expect(reset.data?.resetStaffPassword.staff).toEqual({ username: 'wang.li', mustChangePassword: true });
  const temporary = reset.data!.resetStaffPassword.temporaryPassword;
  expect(temporary).toMatch(TEMPORARY);
  const refused = await signIn(temporary);
  expect(refused.errors?.[0]).toMatchObject({ message: '这是管理员给的临时密码，请先设置您自己的新密码。', extensions: { code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGE_REQUIRED' } });
  expect(codeOf((await signIn('first-password-1')).errors)).toBe('UNAUTHENTICATED');

  const same = await api.run(CHANGE, { u: 'wang.li', c: temporary, n: temporary });
  expect(same.errors?.[0]).toMatchObject({ message: '新密码不能和原来的密码一样。', extensions: { code: 'BAD_USER_INPUT' } });
  const short = await api.run(CHANGE, { u: 'wang.li', c: temporary, n: 'short' });
  expect(short.errors?.[0]?.message).toBe('密码至少 10 位。');
  const changed = await api.run<{ changeStaffPassword: { token: string } }>(CHANGE, { u: 'wang.li', c: temporary, n: 'my-own-password-2' });
  expect((await api.run(ME, {}, { token: changed.data!.changeStaffPassword.token })).data?.staffMe).toMatchObject({ username: 'wang.li' });
  expect(codeOf((await signIn(temporary)).errors)).toBe('UNAUTHENTICATED');
  expect((await signIn('my-own-password-2')).data?.staffLogin.token).toBeTruthy();
});

it('a wrong current password changes nothing and is answered like a wrong sign-in', async () => {
  const wrong = await api.run(CHANGE, { u: 'wang.li', c: 'not-my-password', n: 'another-password-3' });
  expect(wrong.errors?.[0]).toMatchObject({ message: '用户名或密码不正确。', extensions: { code: 'UNAUTHENTICATED' } });
  const unknown = await api.run(CHANGE, { u: 'nobody.here', c: 'not-my-password', n: 'another-password-3' });
  expect(unknown.errors?.[0]?.message).toBe('用户名或密码不正确。');
  expect((await signIn('my-own-password-2')).data?.staffLogin.token).toBeTruthy();
});

it('only those who keep staff accounts manage them, never their own this way, and every change is in the trail', async () => {
  const editor = await createTestStaff(api, 'jiaoyu', 'DEPARTMENT_EDITOR', '区教育局');
  for (const [query, variables] of [[ENABLE, { u: 'wang.li' }], [RESET, { u: 'wang.li' }], [DISABLE, { u: 'wang.li' }]] as const) {
    expect(codeOf((await api.run(query, variables, { token: editor })).errors)).toBe('FORBIDDEN');
  }
  expect(codeOf((await api.run(RESET, { u: 'admin' }, { token: admin })).errors)).toBe('BAD_USER_INPUT');
  expect(codeOf((await api.run(ENABLE, { u: 'nobody.here' }, { token: admin })).errors)).toBe('NOT_FOUND');
  const trail = await api.app.audit.trail('staff', 'wang.li');
  expect(trail.map((record) => [record.action, record.actor.kind === 'staff' ? record.actor.staffId : record.actor.kind])).toEqual([
    ['staff.create', 'admin'],
    ['staff.changePassword', 'wang.li'],
    ['staff.disable', 'admin'],
    ['staff.enable', 'admin'],
    ['staff.resetPassword', 'admin'],
    ['staff.changePassword', 'wang.li'],
  ]);
});

it('refuses a department name with # (a key separator) or an invisible character, in plain words, and creates no account', async () => {
  const attempt = (username: string, department: string) =>
    api.run(CREATE, { input: { username, displayName: '李明', role: 'DEPARTMENT_EDITOR', department } }, { token: admin });
  const hash = await attempt('li.ming', '区民政局#2');
  expect(hash.errors?.[0]).toMatchObject({ message: '部门名称里不能有 # 号。', extensions: { code: 'BAD_USER_INPUT', field: 'department' } });
  for (const hidden of ['区民\u200b政局', '区民\n政局', '区民\u0000政局']) {
    const refused = await attempt('li.ming', hidden);
    expect(refused.errors?.[0]).toMatchObject({ message: '部门名称里不能有换行、制表符等看不见的字符。', extensions: { code: 'BAD_USER_INPUT' } });
  }
  const members = await api.run<{ staffMembers: Array<{ username: string }> }>(MEMBERS, {}, { token: admin });
  expect(members.data!.staffMembers.map((member) => member.username)).not.toContain('li.ming');
});
