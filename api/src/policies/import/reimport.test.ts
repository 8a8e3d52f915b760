import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApi, signInStaff, type TestApi } from '../../../../test/support/test-app';
import { importPolicyFiles } from './import-files';

// The original file of a policy imported again: a policy nobody touched takes the file's changes; one
// a clerk corrected since (修改) stays corrected, and the report says why in plain Chinese.

const READ = `query($id: ID!) { policy(id: $id) { title body documentNumber indexNumber issuer writtenDate publishedDate version } }`;
const UPDATE = `mutation($id: ID!, $input: PolicyInput!, $version: Int!) { updatePolicy(id: $id, input: $input, version: $version) { title version } }`;
type Read = { policy: { title: string; body: string; documentNumber: string | null; indexNumber: string | null; issuer: string; writtenDate: string | null; publishedDate: string | null; version: number } };

let api: TestApi;
let admin: string;
const folder = mkdtempSync(join(tmpdir(), 'govopen-reimport-'));
const file = join(folder, 'wucheng-2022.txt');
const original = readFileSync(join(__dirname, '../../../demo/policies/wucheng-2022.txt'), 'utf8');
const importFile = async () => {
  const result = await importPolicyFiles([file], api.app.stores.policies, '区政府办公室');
  if (!result.ok) throw new Error(JSON.stringify(result.failed));
  return result.imported[0]!;
};
const read = async (id: string) => (await api.run<Read>(READ, { id }, { token: admin })).data!.policy;

beforeAll(async () => {
  api = await createTestApi();
  admin = (await signInStaff(api)).admin;
  copyFileSync(join(__dirname, '../../../demo/policies/wucheng-2022.txt'), file);
});
afterAll(() => api.close());

it('a changed file updates a policy nobody corrected; once a clerk corrected it, the file imported again leaves it and says so', async () => {
  const first = await importFile();
  expect(first.outcome).toBe('created');
  writeFileSync(file, original.replace('各乡镇人民政府', '各乡镇人民政府（含开发区）'));
  expect((await importFile()).outcome).toBe('updated');

  const before = await read(first.id);
  const { version: _version, ...input } = before;
  const corrected = await api.run<{ updatePolicy: { title: string } }>(UPDATE, { id: first.id, input: { ...input, title: `${before.title}（修订）` }, version: before.version }, { token: admin });
  expect(corrected.errors).toBeUndefined();

  copyFileSync(join(__dirname, '../../../demo/policies/wucheng-2022.txt'), file);
  const again = await importFile();
  expect(again.outcome).toBe('kept');
  expect(again.warnings).toContain('这份文件导入后工作人员修改过（或已废止），没有用文件里的内容覆盖；要改，请在工作台“本部门的政策”里修改。');
  expect((await read(first.id)).title).toBe(`${before.title}（修订）`);
  expect((await api.app.audit.trail('policy', first.id)).map((record) => record.action)).toEqual(['policy.import', 'policy.import', 'policy.update']);
});
