import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApi, createTestStaff, type TestApi, residentToken, setBeijingTime } from '../../../test/support/test-app';
import { readPolicyFile } from './import/import-files';

// Publishing as a clerk does it: the document read by the importer (nothing stored), the pre-publish
// checks, the district's sensitive words and issuers, the issuer rule, and the interpretation's due day.

const READ = `mutation($document: DocumentUpload!) { readPolicyDocument(document: $document) {
  format title documentNumber issuer writtenDate publishedDate disclosure body
  sections { level heading } tables { title columns rows } sources { field value source line } notes { label value line } warnings } }`;
const CHECKS = `query($input: PolicyInput!) { policyChecks(input: $input) { canPublish linksChecked findings { kind blocking message field line excerpt policyId } } }`;
const SET_WORDS = `mutation($words: [String!]!) { setSensitiveWords(words: $words) { words updatedBy } }`;
const WORDS = `{ sensitiveWords { words } }`;
const SET_ISSUERS = `mutation($d: String!, $i: [String!]!) { setDepartmentIssuers(department: $d, issuers: $i) { department issuers } }`;
const ISSUERS = `query($d: String!) { departmentIssuers(department: $d) { issuers } }`;
const PUBLISH = `mutation($input: PolicyInput!) { publishPolicy(input: $input) { id issuer publishedDate interpretationDue { date provisional overdue } } }`;
const INTERPRET = `mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id } }`;
const DUE = `query($id: ID!) { policy(id: $id) { interpretationDue { date provisional overdue } } }`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;
const corpus = (name: string) => readFileSync(join(__dirname, 'import/corpus', name));

let api: TestApi;
let admin: string;
let minzheng: string;

beforeAll(async () => {
  api = await createTestApi();
  setBeijingTime(api, '2026-09-28 10:00'); // a Monday before the National Day holiday
  admin = await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室');
  minzheng = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
});
afterAll(() => api.close());

describe('reading an uploaded document', () => {
  it('reads a Word file: its fields with where each came from, its headings, its table, its notes and warnings', async () => {
    const { data, errors } = await api.run<{ readPolicyDocument: Record<string, unknown> & { sources: Array<Record<string, unknown>>; notes: unknown[]; tables: unknown[]; warnings: string[] } }>(
      READ,
      { document: { name: '助餐方案.docx', contentBase64: corpus('17-word-file.docx').toString('base64') } },
      { token: minzheng },
    );
    expect(errors).toBeUndefined();
    const read = data!.readPolicyDocument;
    expect(read).toMatchObject({ format: 'docx', title: '金华市婺城区人民政府办公室关于印发婺城区老年人助餐服务实施方案的通知', documentNumber: '婺政办发〔2022〕27号', writtenDate: '2022-09-05' });
    expect(read.sources).toContainEqual({ field: 'documentNumber', value: '婺政办发〔2022〕27号', source: '版头', line: 2 });
    expect(read.sources).toContainEqual({ field: 'issuer', value: '金华市婺城区人民政府办公室', source: '文末署名', line: 13 });
    expect(read.notes).toEqual([{ label: '抄送', value: '区委办公室，区人大常委会办公室', line: 23 }]);
    expect(read.tables).toEqual([expect.objectContaining({ title: '助餐点建设任务表', columns: ['序号', '建设任务', '建设任务（细项）', '完成时限'] })]);
    expect(read.warnings).toEqual(['没有发布日期，暂按成文日期2022年9月5日记']);
  });

  it('says in words why a file cannot be read or is too large, and is for staff only', async () => {
    const empty = await api.run(READ, { document: { name: 'a.txt', contentBase64: Buffer.from('hello world').toString('base64') } }, { token: minzheng });
    expect(empty.errors?.[0]).toMatchObject({ message: '没能读出这份文件：文件里没有中文，不是一份政策文件', extensions: { code: 'BAD_USER_INPUT' } });
    const large = await api.run(READ, { document: { name: 'big.pdf', contentBase64: Buffer.alloc(80 * 1024, 1).toString('base64') } }, { token: minzheng });
    expect(large.errors?.[0]?.message).toBe('文件不能超过 70 KB：请另存为纯文本（.txt）后再上传，或把正文粘贴进来。');
    const garbled = await api.run(READ, { document: { name: 'a.txt', contentBase64: '不是base64' } }, { token: minzheng });
    expect(codeOf(garbled.errors)).toBe('BAD_USER_INPUT');
    const resident = await api.run(READ, { document: { name: 'a.txt', contentBase64: '' } }, { token: await residentToken(api, 'r1') });
    expect(codeOf(resident.errors)).toBe('FORBIDDEN');
  });
});

describe('a document with a part too long (issue: the importer said sections.3.heading)', () => {
  // A paragraph numbered （一） that runs on without a full stop: the importer takes all of it for the
  // heading, which is longer than a heading may be.
  const runOn = `（一）各街道要${'逐户排查困难群众的生活情况，建立台账，'.repeat(30)}做到应救尽救`;
  const document = ['区民政局关于做好2026年冬季困难群众救助工作的通知', '各街道：', '一、救助对象', '城乡低保对象、特困人员。', '二、救助标准', '按月发放。', '三、工作要求', runOn, '（二）加强宣传。', '区民政局', '2026年11月20日'].join('\n');
  const tooLongHeading = `第 4 节的小标题太长了（最多 500 个字）：“${runOn.slice(0, 20)}……”。小标题到第一个句号为止，请在小标题末尾加上句号。`;

  it('is read, then refused at publishing in words that say which section and what to do, never a field path', async () => {
    const { data, errors } = await api.run<{ readPolicyDocument: { title: string; body: string; sections: Array<{ heading: string }> } }>(
      READ,
      { document: { name: '冬季救助.txt', contentBase64: Buffer.from(document).toString('base64') } },
      { token: minzheng },
    );
    expect(errors).toBeUndefined();
    const read = data!.readPolicyDocument;
    expect(read.sections[3]!.heading.length).toBeGreaterThan(500);

    const refused = await api.run(PUBLISH, { input: { title: read.title, body: read.body } }, { token: minzheng });
    expect(refused.errors?.[0]).toMatchObject({ message: tooLongHeading, extensions: { code: 'BAD_USER_INPUT', field: 'sections.3.heading' } });
    expect(refused.errors?.[0]?.message).not.toMatch(/sections|heading/u);

    // A full stop after the heading's first words, as the message says, and it publishes.
    const mended = read.body.replace('（一）各街道要', '（一）各街道要做好排查。');
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: { title: read.title, body: mended } }, { token: minzheng });
    expect(published.errors).toBeUndefined();
  });

  it('a table cell too long is named by its table, row and column', async () => {
    const rows = [['1', '城东街道'], ['2', '城西街道'], ['3', `城北街道${'、幸福社区'.repeat(500)}`]];
    const refused = await api.run(PUBLISH, { input: input({ documentNumber: '示民发〔2026〕31号', tables: [{ title: '救助工作联系表', columns: ['序号', '街道'], rows }] }) }, { token: minzheng });
    expect(refused.errors?.[0]).toMatchObject({ message: '第 1 张表第 3 行第 2 格太长了（最多 2000 个字）：“城北街道、幸福社区、幸福社区、幸福社区……”。', extensions: { code: 'BAD_USER_INPUT', field: 'tables.0.rows.2.1' } });
  });

  it('npm run import says the same words', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'govopen-import-'));
    const file = join(folder, '冬季救助.txt');
    writeFileSync(file, document);
    try {
      expect(await readPolicyFile(file)).toEqual({ file, ok: false, problems: [tooLongHeading] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

const input = (overrides: Record<string, unknown> = {}) => ({
  title: '区民政局关于调整高龄津贴标准的通知',
  documentNumber: '示民发〔2026〕9号',
  body: '各街道：\n一、调整内容\n80周岁以上老年人每月高龄津贴提高到200元。\n详见 http://127.0.0.1:9/notice 。\n二、咨询\n咨询电话 0579-12345678。',
  ...overrides,
});

describe('the pre-publish checks', () => {
  it('refuses private data, points out sensitive words and unreachable links without refusing', async () => {
    expect((await api.run(SET_WORDS, { words: ['内部资料', ' 内部资料 ', ''] }, { token: admin })).data).toEqual({ setSensitiveWords: { words: ['内部资料'], updatedBy: 'admin' } });
    expect((await api.run(WORDS, {}, { token: minzheng })).data).toEqual({ sensitiveWords: { words: ['内部资料'] } });
    const body = `${input().body}\n本通知屬於內部資料。\n联系人手机13812345678。`;
    const { data } = await api.run<{ policyChecks: { canPublish: boolean; linksChecked: number; findings: Array<Record<string, unknown>> } }>(CHECKS, { input: input({ body }) }, { token: minzheng });
    expect(data?.policyChecks.canPublish).toBe(false);
    expect(data?.policyChecks.linksChecked).toBe(1);
    expect(data?.policyChecks.findings.map((f) => [f.kind, f.blocking, f.line])).toEqual([
      ['PRIVATE_DATA', true, 8],
      ['SENSITIVE_WORD', false, 7],
      ['UNCHECKED_LINK', false, 4],
    ]);
    const clean = await api.run<{ policyChecks: { canPublish: boolean } }>(CHECKS, { input: input() }, { token: minzheng });
    expect(clean.data?.policyChecks.canPublish).toBe(true);
  });

  it('refuses a document already published, saying which one it is and where to find it, before 发布 would', async () => {
    const notice = input({ title: '区民政局关于做好冬季救助工作的通知', documentNumber: '示民发〔2026〕12号' });
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: notice }, { token: minzheng });
    expect(published.errors).toBeUndefined();
    const said = '这份文件已经发布过了（文号相同）：「区民政局关于做好冬季救助工作的通知」，2026年9月28日发布。不用再发布；要修改、写解读或废止，请到工作台的“本部门的政策”里找它。';
    const { data } = await api.run<{ policyChecks: { canPublish: boolean; findings: Array<Record<string, unknown>> } }>(CHECKS, { input: { ...notice, documentNumber: ' 示民发〔2026〕12号 ' } }, { token: minzheng });
    expect(data?.policyChecks.canPublish).toBe(false);
    // Its id, for the 修改 the clerk is offered: it is their department's.
    expect(data?.policyChecks.findings[0]).toEqual({ kind: 'ALREADY_PUBLISHED', blocking: true, message: said, field: 'documentNumber', line: null, excerpt: null, policyId: published.data!.publishPolicy.id });
    // 发布 refuses it in the same words (the very same document sent twice is a retry, and answered as published).
    const again = await api.run(PUBLISH, { input: { ...notice, body: `${notice.body}\n三、其他` } }, { token: minzheng });
    expect(again.errors?.[0]).toMatchObject({ message: said, extensions: { code: 'CONFLICT' } });
    // Another department's clerk is told whose it is.
    const caizheng = await createTestStaff(api, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局');
    const theirs = await api.run<{ policyChecks: { findings: Array<{ message: string; policyId: string | null }> } }>(CHECKS, { input: { ...notice, issuer: '区民政局' } }, { token: caizheng });
    expect(theirs.data?.policyChecks.findings[0]?.message).toContain('不用再发布；它是区民政局的文件，要改请找区民政局。');
    expect(theirs.data?.policyChecks.findings[0]?.policyId).toBeNull();
  });

  it('lets only district admins keep the sensitive words', async () => {
    expect(codeOf((await api.run(SET_WORDS, { words: ['x'] }, { token: minzheng })).errors)).toBe('FORBIDDEN');
    expect((await api.app.audit.trail('settings', 'sensitive-words')).map((r) => r.action)).toEqual(['settings.sensitiveWords']);
  });
});

describe('the issuer (issue 11, finding 4)', () => {
  it('is the department’s own name, or one a district admin allowed for it', async () => {
    const checked = await api.run<{ policyChecks: { canPublish: boolean; findings: Array<{ kind: string }> } }>(CHECKS, { input: input({ issuer: '区人民政府' }) }, { token: minzheng });
    expect(checked.data?.policyChecks).toMatchObject({ canPublish: false, findings: [{ kind: 'ISSUER' }, { kind: 'UNCHECKED_LINK' }] });
    const refused = await api.run(PUBLISH, { input: input({ issuer: '区人民政府' }) }, { token: minzheng });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'issuer' } });
    expect(refused.errors?.[0]?.message).toContain('发布机构只能写「区民政局」');

    expect(codeOf((await api.run(SET_ISSUERS, { d: '区民政局', i: ['区老龄工作委员会办公室'] }, { token: minzheng })).errors)).toBe('FORBIDDEN');
    expect((await api.run(SET_ISSUERS, { d: '区民政局', i: ['区老龄工作委员会办公室', '区民政局'] }, { token: admin })).data).toEqual({
      setDepartmentIssuers: { department: '区民政局', issuers: ['区民政局', '区老龄工作委员会办公室'] },
    });
    expect((await api.run(ISSUERS, { d: '区民政局' }, { token: minzheng })).data).toEqual({ departmentIssuers: { issuers: ['区民政局', '区老龄工作委员会办公室'] } });
    const allowed = await api.run<{ publishPolicy: { issuer: string } }>(PUBLISH, { input: input({ title: '老龄委关于敬老月活动的通知', documentNumber: '示老龄办〔2026〕3号', issuer: '区老龄工作委员会办公室' }) }, { token: minzheng });
    expect(allowed.data?.publishPolicy.issuer).toBe('区老龄工作委员会办公室');
  });
});

describe('本部门的政策: the department’s own list', () => {
  const LIST = `query($filter: PolicyFilter) { policies(filter: $filter, first: 50) { edges { node { id title issuer disclosure } } } }`;
  const titlesOf = async (filter: Record<string, unknown>, token?: string) => {
    const result = await api.run<{ policies: { edges: Array<{ node: { title: string } }> } }>(LIST, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.policies.edges.map(({ node }) => node.title);
  };

  it('holds every policy the department owns, under whatever issuer and disclosure, and is shown to its staff and district admins only', async () => {
    await api.run(SET_ISSUERS, { d: '区民政局', i: ['区老龄工作委员会办公室'] }, { token: admin });
    const underOther = await api.run(PUBLISH, { input: input({ title: '老龄委关于开展敬老爱老志愿服务的通知', documentNumber: '示老龄办〔2026〕9号', issuer: '区老龄工作委员会办公室' }) }, { token: minzheng });
    const onRequest = await api.run(PUBLISH, { input: input({ title: '区民政局关于内部工作流程的通知', documentNumber: '示民发〔2026〕77号', disclosure: 'ON_REQUEST' }) }, { token: minzheng });
    expect([underOther.errors, onRequest.errors]).toEqual([undefined, undefined]);

    const all = ['VALID', 'AMENDED', 'REPEALED'];
    const own = await titlesOf({ department: '区民政局', validity: all }, minzheng);
    expect(own).toEqual(expect.arrayContaining(['老龄委关于开展敬老爱老志愿服务的通知', '区民政局关于内部工作流程的通知']));
    // By issuer name the first is missing (it was issued under the 老龄委's name).
    expect(await titlesOf({ issuer: '区民政局', validity: all }, minzheng)).not.toContain('老龄委关于开展敬老爱老志愿服务的通知');
    expect(await titlesOf({ department: '区民政局', validity: all }, admin)).toEqual(own);
    // Text search within the department's own list.
    expect(await titlesOf({ department: '区民政局', validity: all, text: '内部工作流程' }, minzheng)).toEqual(['区民政局关于内部工作流程的通知']);

    // The public never sees the 依申请公开 one, and may not ask for a department's list.
    expect(await titlesOf({ validity: all })).not.toContain('区民政局关于内部工作流程的通知');
    const asResident = await api.run(LIST, { filter: { department: '区民政局' } }, { token: await residentToken(api, 'r-dept') });
    expect(codeOf(asResident.errors)).toBe('FORBIDDEN');
    const finance = await createTestStaff(api, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局');
    expect(codeOf((await api.run(LIST, { filter: { department: '区民政局' } }, { token: finance })).errors)).toBe('FORBIDDEN');
    expect(await titlesOf({ department: '区财政局' }, finance)).toEqual([]);
  });
});

describe('the interpretation’s due day', () => {
  it('is 3 working days after publishing (the National Day holiday not counted), for staff, until one is published', async () => {
    const published = await api.run<{ publishPolicy: { id: string; publishedDate: string; interpretationDue: unknown } }>(PUBLISH, { input: input({ publishedDate: '2026-09-28' }) }, { token: minzheng });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishPolicy).toMatchObject({ publishedDate: '2026-09-28', interpretationDue: { date: '2026-10-08', provisional: false, overdue: false } });
    const id = published.data!.publishPolicy.id;
    setBeijingTime(api, '2026-10-12 09:00');
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: { date: '2026-10-08', provisional: false, overdue: true } } });
    expect((await api.run(DUE, { id })).data).toEqual({ policy: { interpretationDue: null } });
    await api.run(INTERPRET, { id, input: { kind: 'TEXT', title: '一图读懂高龄津贴调整', body: '80周岁以上老人每月多领。' } }, { token: minzheng });
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: null } });
  });

  it('is the last day itself, counted from the working days after a policy published on a Saturday', async () => {
    setBeijingTime(api, '2026-12-05 10:00'); // a Saturday: Monday to Wednesday are its 3 working days
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: input({ title: '区民政局关于冬季困难群众救助的通知', documentNumber: '示民发〔2026〕51号' }) }, { token: minzheng });
    expect(published.data?.publishPolicy).toMatchObject({ publishedDate: '2026-12-05', interpretationDue: { date: '2026-12-09', provisional: false, overdue: false } });
    const id = published.data!.publishPolicy.id;
    setBeijingTime(api, '2026-12-09 23:30'); // still allowed on Wednesday evening
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: { date: '2026-12-09', provisional: false, overdue: false } } });
    setBeijingTime(api, '2026-12-10 08:00');
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: { date: '2026-12-09', provisional: false, overdue: true } } });
  });

  it('is no longer asked of a policy once it is repealed', async () => {
    setBeijingTime(api, '2026-12-07 10:00');
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: input({ title: '区民政局关于临时救助的通知', documentNumber: '示民发〔2026〕52号' }) }, { token: minzheng });
    const id = published.data!.publishPolicy.id;
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: { date: '2026-12-10', provisional: false, overdue: false } } });
    await api.run(`mutation($id: ID!) { repealPolicy(id: $id, repealedDate: "2026-12-07") { id } }`, { id }, { token: minzheng });
    expect((await api.run(DUE, { id }, { token: minzheng })).data).toEqual({ policy: { interpretationDue: null } });
  });
});
