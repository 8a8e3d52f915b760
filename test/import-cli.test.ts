import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../api/src/app';
import { DEFAULT_CONFIG } from '../api/src/core/config';
import type { Dynamo } from '../api/src/core/dynamo';
import { REPO } from './support/run-govopen';
import { createTestDynamo, dropTestDynamo } from './support/test-app';

// `npm run import` as staff run it: a separate process against a running store.

const DEMO = resolve(REPO, 'api/demo/policies');
let dynamo: Dynamo;
let work: string;

const TSX = resolve(REPO, 'node_modules/.bin/tsx');
const CLI = resolve(REPO, 'api/src/policies/import/cli.ts');
const cliEnv = () => ({ ...process.env, DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, TABLE_NAME: dynamo.tableName });

function runImport(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { cwd: REPO, env: cliEnv(), encoding: 'utf8' });
}

const storedTitles = async () => {
  const page = await createApp({ ...DEFAULT_CONFIG, tableName: dynamo.tableName }, dynamo).stores.policies.list({ validity: ['VALID', 'AMENDED', 'REPEALED'], terms: [], first: 100 });
  return page.items.map((item) => item.node.title);
};

beforeAll(async () => {
  dynamo = await createTestDynamo();
  work = mkdtempSync(join(tmpdir(), 'govopen-import-'));
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await dropTestDynamo(dynamo);
});

it('prints the parsed records as one JSON array with the fields of Policy, and writes nothing, on --dry-run --json', async () => {
  const result = runImport(['--dry-run', '--json', join(DEMO, 'lingwu-2022.txt'), join(DEMO, 'wucheng-2022.txt')]);
  expect(result.status).toBe(0);
  const records = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
  expect(records).toHaveLength(2);
  expect(Object.keys(records[0]!).sort()).toEqual(
    ['id', 'title', 'documentNumber', 'indexNumber', 'issuer', 'writtenDate', 'publishedDate', 'validity', 'repealedDate', 'disclosure', 'topics', 'targetGroups', 'body', 'sections', 'tables', 'format', 'provenance', 'notes', 'warnings'].sort(),
  );
  expect(records[0]).toMatchObject({
    indexNumber: '11640112010148754W/2022-00206',
    writtenDate: '2022-05-26',
    publishedDate: '2022-05-27',
    format: 'txt',
    provenance: { indexNumber: { value: '11640112010148754W/2022-00206', source: 'metadata-table', line: 2 }, publishedDate: { value: '2022-05-27', source: 'metadata-table', line: 5 } },
    warnings: ['文中没有文号：有的请补上，没有文号的文件可不填'],
  });
  expect(await storedTitles()).toEqual([]);
});

it('stores documents, and updates rather than duplicates on a second import', async () => {
  const file = join(work, 'lingwu.txt');
  copyFileSync(join(DEMO, 'lingwu-2022.txt'), file);
  const first = runImport([file]);
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/^created: 灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知/m);
  expect(runImport([file]).stdout).toMatch(/^unchanged: /m);
  writeFileSync(file, readFileSync(file, 'utf8').replace('效力状态: | 有效 |', '效力状态: | 已修改 |'));
  expect(runImport([file]).stdout).toMatch(/^updated: /m);
  expect(await storedTitles()).toEqual(['灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知']);
});

it('names a file it cannot parse and what is wrong, exits non-zero, and stores nothing of the batch', async () => {
  const broken = join(work, 'broken.txt');
  writeFileSync(broken, '\u0000\u0001 %PDF-1.7 binary garbage');
  const result = runImport([join(DEMO, 'wucheng-2022.txt'), broken]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${broken}: cannot import:`);
  expect(result.stderr).toContain('Nothing was stored.');
  expect(await storedTitles()).not.toContain('金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知');
});

it('takes missing metadata from a sidecar FILE.meta.json', async () => {
  const file = join(work, 'huaiyin.txt');
  copyFileSync(join(DEMO, 'huaiyin-2022.txt'), file);
  writeFileSync(`${file}.meta.json`, JSON.stringify({ issuer: '济南市槐荫区人民政府办公室', publishedDate: '2022-04-01' }));
  const result = runImport(['--dry-run', '--json', file]);
  expect(JSON.parse(result.stdout)[0]).toMatchObject({
    issuer: '济南市槐荫区人民政府办公室',
    publishedDate: '2022-04-01',
    provenance: { issuer: { value: '济南市槐荫区人民政府办公室', source: 'sidecar', line: null } },
    warnings: ['文中没有文号：有的请补上，没有文号的文件可不填', '文中没有成文日期，请补上'],
  });
  writeFileSync(`${file}.meta.json`, JSON.stringify({ publishedDate: 'next tuesday' }));
  const bad = runImport(['--dry-run', file]);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('huaiyin.txt.meta.json');
});

describe('output into a pipe', () => {
  const shellWords = (...words: string[]) => words.map((word) => `'${word}'`).join(' ');
  beforeEach(() => rmSync(join(work, 'cli-stderr.txt'), { force: true }));
  // Four documents make about 190 KB of JSON, more than a pipe holds (64 KB).
  const files = ['huaiyin-2022.txt', 'lingwu-2022.txt', 'wucheng-2022.txt', 'huaiyin-2022.txt'].map((name) => join(DEMO, name));

  it('is complete JSON even when the reader is slower than the writer (| jq)', () => {
    // The reader starts a second after the last warning, which comes just before the JSON: by
    // then the CLI has filled the pipe and is done.
    const slowReader = '(until grep -q wucheng-2022.txt: cli-stderr.txt 2>/dev/null; do sleep 0.2; done; sleep 1; cat)';
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `${shellWords(TSX, CLI, '--dry-run', '--json', ...files)} 2>cli-stderr.txt | ${slowReader}`], {
      cwd: work,
      env: cliEnv(),
      encoding: 'utf8',
      maxBuffer: 10_000_000,
    });
    expect(result.status).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(2 * 65536);
    const records = JSON.parse(result.stdout) as Array<{ title: string }>;
    expect(records.map((record) => record.title)).toEqual([
      '2022年槐荫区政务公开工作要点',
      '灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知',
      '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知',
      '2022年槐荫区政务公开工作要点',
    ]);
  });

  it('stops quietly, without an error, when the reader takes only the beginning (| head -c 100)', () => {
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `${shellWords(TSX, CLI, '--dry-run', '--json', ...files)} 2>cli-stderr.txt | head -c 100`], { cwd: work, env: cliEnv(), encoding: 'utf8' });
    expect(result.stdout).toMatch(/^\[\n  \{\n    "id": "[0-9a-f]{16}",\n    "title": "2022/u);
    expect(result.status).toBe(0);
    expect(readFileSync(join(work, 'cli-stderr.txt'), 'utf8')).not.toMatch(/EPIPE|Error/u);
  });
});
