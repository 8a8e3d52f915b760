import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createApp } from '../api/src/app';
import { DEFAULT_CONFIG } from '../api/src/core/config';
import type { Dynamo } from '../api/src/core/dynamo';
import { verifyPassword } from '../api/src/identity/password';
import { REPO } from './support/run-govopen';
import { createTestDynamo, dropTestDynamo } from './support/test-app';

// `npm run create-admin` as an operator runs it once after the first deployment: a separate process
// against the table, the password typed (here: piped), never in the environment or on the command line.

const PASSWORD = 'first-admin-secret-2026';
let dynamo: Dynamo;
beforeEach(async () => {
  dynamo = await createTestDynamo();
});
afterEach(async () => dropTestDynamo(dynamo));

function createAdmin(username: string, input: string) {
  return spawnSync(resolve(REPO, 'node_modules/.bin/tsx'), ['api/src/identity/create-first-admin.ts', '--username', username], {
    cwd: REPO,
    // Only the table's whereabouts: no STAFF_BOOTSTRAP, no password, no session secret.
    env: { PATH: process.env.PATH, DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, TABLE_NAME: dynamo.tableName, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

const app = () => createApp({ ...DEFAULT_CONFIG, logLevel: 'silent', tableName: dynamo.tableName }, dynamo);

it('creates the first district admin from a password typed twice, prints nothing secret, and records it in the audit trail', async () => {
  const run = createAdmin('zhang.wei', `${PASSWORD}\n${PASSWORD}\n`);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Created the district admin "zhang.wei" (区政府办公室)');
  expect(run.stdout + run.stderr).not.toContain(PASSWORD);

  const admin = await app().stores.identity.getStaff('zhang.wei');
  expect(admin).toMatchObject({ username: 'zhang.wei', role: 'DISTRICT_ADMIN', department: '区政府办公室', disabled: false });
  expect(await verifyPassword(PASSWORD, admin!.passwordHash)).toBe(true);
  expect(admin!.passwordHash).not.toContain(PASSWORD);
  const trail = await app().audit.trail('staff', 'zhang.wei');
  expect(trail).toEqual([expect.objectContaining({ action: 'staff.bootstrap', details: { source: 'create-admin' } })]);
});

it('runs once: with any staff account in the table it changes nothing and says so', async () => {
  expect(createAdmin('zhang.wei', `${PASSWORD}\n${PASSWORD}\n`).status).toBe(0);
  const again = createAdmin('li.na', 'another-long-password\nanother-long-password\n');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already has staff accounts: the first admin is created only once. Nothing was changed.');
  expect((await app().stores.identity.listStaff()).map((member) => member.username)).toEqual(['zhang.wei']);
});

it("refuses a password typed differently the second time, a short one and a username staff rules refuse, creating nothing", async () => {
  const differ = createAdmin('zhang.wei', `${PASSWORD}\n${PASSWORD}x\n`);
  expect([differ.status, differ.stderr.trim()]).toEqual([1, 'The two passwords differ; nothing was created.']);
  const short = createAdmin('zhang.wei', 'short\nshort\n');
  expect([short.status, short.stderr.trim()]).toEqual([1, '密码至少 10 位。']);
  const badName = createAdmin('Zhang Wei', `${PASSWORD}\n${PASSWORD}\n`);
  expect(badName.status).toBe(1);
  expect(badName.stderr).toContain('用户名要用 3 到 32 个小写字母、数字、点、横线或下划线。');
  expect(await app().stores.identity.anyStaff()).toBe(false);
});
