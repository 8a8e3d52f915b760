import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dynamoLocalPids, graphql, REPO, startGovOpen } from './support/run-govopen';

// `npm start` as a resident or an operator meets it: a separate process on free ports.

const DETAIL = `query($id: ID!) { policy(id: $id) { title documentNumber indexNumber issuer writtenDate publishedDate validity sections { level } tables { title columns rows } interpretations { title consultationPhone } } }`;
const LIST = `{ policies(first: 20) { edges { node { id title } } pageInfo { hasNextPage } } policyFacets { issuers { value count } years { value count } } }`;

type Policy = { title: string; documentNumber: string | null; indexNumber: string | null; issuer: string | null; writtenDate: string | null; publishedDate: string | null; validity: string; sections: Array<{ level: number }>; tables: Array<{ title: string; columns: string[]; rows: string[][] }>; interpretations: Array<{ title: string; consultationPhone: string }> };

const TRADITIONAL_NOTICE = [
  '示範區民政局關於發放高齡津貼的通知',
  '文號：示民發〔2026〕9號',
  '發布日期：2026年3月2日',
  '一、發放對象',
  '年滿八十週歲的本區戶籍長者。',
].join('\n');

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'govopen-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the demo policies with their exact metadata, the H5 app and health, and stops DynamoDB Local with it', async () => {
    const govopen = await startGovOpen({ DATA_DIR: dataDir, STAFF_BOOTSTRAP: 'admin:first-admin-password' });
    try {
      expect((await fetch(`${govopen.base}/health`)).status).toBe(200);
      // PORT=0 picks a free port; links residents follow must name the real one.
      const links = await graphql<{ services: { edges: Array<{ node: { ratingLink: { h5Url: string } } }> } }>(govopen.base, '{ services(first: 1) { edges { node { ratingLink { h5Url } } } } }');
      expect(links.body.data!.services.edges[0]!.node.ratingLink.h5Url.startsWith(`${govopen.base}/`)).toBe(true);
      const home = await fetch(`${govopen.base}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="app"');

      const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(govopen.base, LIST);
      const ids = Object.fromEntries(list.body.data!.policies.edges.map(({ node }) => [node.title.includes('灵武') ? 'lingwu' : node.title.includes('婺城') ? 'wucheng' : 'huaiyin', node.id]));
      expect(Object.keys(ids).sort()).toEqual(['huaiyin', 'lingwu', 'wucheng']);
      const detail = async (id: string) => (await graphql<{ policy: Policy }>(govopen.base, DETAIL, { id })).body.data!.policy;

      const lingwu = await detail(ids.lingwu!);
      expect(lingwu).toMatchObject({ indexNumber: '11640112010148754W/2022-00206', issuer: '灵武市人民政府办公室', writtenDate: '2022-05-26', publishedDate: '2022-05-27', validity: 'VALID' });
      expect(lingwu.interpretations[0]).toMatchObject({ consultationPhone: '12345' });

      const wucheng = await detail(ids.wucheng!);
      expect(wucheng).toMatchObject({ issuer: '金华市婺城区人民政府办公室', writtenDate: '2022-06-28' });
      expect(wucheng.tables).toHaveLength(1);
      expect(wucheng.tables[0]!.rows).toHaveLength(12);
      expect(wucheng.tables[0]!.columns).toEqual(['序号', '重点任务', '牵头单位', '完成时限']);

      const huaiyin = await detail(ids.huaiyin!);
      const table = huaiyin.tables[0]!;
      expect(table.rows).toHaveLength(67);
      // Merged cells ("same as above") carry the value of the cell above.
      const dutyColumn = table.columns.indexOf('责任单位');
      expect(table.rows.every((row) => row[dutyColumn]!.length > 0)).toBe(true);
      expect(table.rows[1]![1]).toBe(table.rows[0]![1]);

      // Import a Traditional-script document into the running instance; residents find it in Simplified.
      const file = join(dataDir, 'notice.txt');
      writeFileSync(file, TRADITIONAL_NOTICE);
      const imported = spawnSync(resolve(REPO, 'node_modules/.bin/tsx'), ['api/src/policies/import/cli.ts', file], {
        cwd: REPO,
        env: { ...process.env, DYNAMODB_ENDPOINT: govopen.dynamoEndpoint, TABLE_NAME: 'govopen' },
        encoding: 'utf8',
      });
      expect(imported.status).toBe(0);
      expect(imported.stdout).toMatch(/^created: 示範區民政局關於發放高齡津貼的通知/m);
      const found = await graphql<{ policies: { edges: Array<{ node: { title: string } }> } }>(govopen.base, `{ policies(filter: { text: "高龄津贴" }) { edges { node { title } } } }`);
      expect(found.body.data!.policies.edges.map((e) => e.node.title)).toEqual(['示範區民政局關於發放高齡津貼的通知']);

      // DynamoDB Local dies (killed by its process id): npm start starts it again on the same data (issue 11, finding 5).
      const [crashed] = dynamoLocalPids(govopen.dynamoEndpoint);
      process.kill(crashed!, 'SIGKILL');
      const down = await fetch(`${govopen.base}/health`);
      expect([200, 503]).toContain(down.status);
      const deadline = Date.now() + 45_000;
      while ((await fetch(`${govopen.base}/health`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      const again = await graphql<{ policies: { edges: Array<{ node: { title: string } }> } }>(govopen.base, `{ policies(filter: { text: "高龄津贴" }) { edges { node { title } } } }`);
      expect(again.body.data!.policies.edges.map((e) => e.node.title)).toEqual(['示範區民政局關於發放高齡津貼的通知']);

      const pids = dynamoLocalPids(govopen.dynamoEndpoint);
      expect(pids.length).toBe(1);
      expect(pids).not.toContain(crashed);
      expect(await govopen.stop()).toBe(0);
      expect(dynamoLocalPids(govopen.dynamoEndpoint)).toEqual([]);
    } finally {
      if (govopen.process.exitCode === null) govopen.process.kill('SIGKILL');
    }
  }, 150_000);

  it('keeps the data in DATA_DIR across a restart, without loading the demo content twice', async () => {
    const govopen = await startGovOpen({ DATA_DIR: dataDir });
    try {
      const list = await graphql<{ policies: { edges: unknown[] }; policyFacets: { years: Array<{ value: string; count: number }> } }>(govopen.base, LIST);
      expect(list.body.data!.policies.edges).toHaveLength(4);
      expect(list.body.data!.policyFacets.years).toEqual([
        { value: '2026', count: 1 },
        { value: '2022', count: 3 },
      ]);
      const login = await graphql(govopen.base, `mutation { staffLogin(username: "admin", password: "first-admin-password") { token } }`);
      expect(login.body.errors).toBeUndefined();
    } finally {
      await govopen.stop();
    }
  });

  it('says in one line how to install Java when it is missing', () => {
    const result = spawnSync(process.execPath, [resolve(REPO, 'node_modules/tsx/dist/cli.mjs'), 'api/src/local/start.ts'], {
      cwd: REPO,
      env: { ...process.env, PATH: '/nonexistent', DYNAMODB_ENDPOINT: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'DynamoDB Local needs Java 17 or newer, and no `java` was found: install it with `sudo apt-get install -y openjdk-17-jre-headless`.',
    );
  });
});
