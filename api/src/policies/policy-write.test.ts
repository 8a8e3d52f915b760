import { codeOf, createTestApi, signInStaff, type TestApi } from '../../../test/support/test-app';

const PUBLISH = `mutation($input: PolicyInput!) { publishPolicy(input: $input) { id title department issuer validity publishedDate sections { level heading } topics targetGroups } }`;
const UPDATE = `mutation($id: ID!, $input: PolicyInput!, $version: Int!) { updatePolicy(id: $id, input: $input, version: $version) { title body version } }`;
const CHECK = `query($input: PolicyInput!, $policyId: ID) { policyChecks(input: $input, policyId: $policyId) { canPublish findings { kind message } } }`;
const CORRECT = `mutation($policyId: ID!, $id: ID!, $input: InterpretationInput!, $version: Int!) { updateInterpretation(policyId: $policyId, id: $id, input: $input, version: $version) { id title version } }`;
const REPEAL = `mutation($id: ID!, $date: String!) { repealPolicy(id: $id, repealedDate: $date) { validity repealedDate } }`;
const INTERPRET = `mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id title consultationPhone } }`;


const elderlyCare = {
  title: '区民政局关于发放2026年高龄津贴的通知',
  documentNumber: '区民发〔2026〕7号',
  body: '各街道：\n一、发放对象\n年满八十周岁的本区户籍老年人。\n二、发放标准\n（一）80至89周岁每人每月100元。\n（二）90周岁以上每人每月300元。',
};

let api: TestApi;
let tokens: Record<'admin' | 'civilAffairs' | 'finance' | 'resident', string>;

beforeAll(async () => {
  api = await createTestApi();
  tokens = { ...(await signInStaff(api)), resident: (await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:wang") { token } }`)).data!.login.token };
});
afterAll(() => api.close());

describe('publishing a policy', () => {
  let id: string;

  it("publishes for the editor's own department, reading headings from the body and choosing topics", async () => {
    const result = await api.run<{ publishPolicy: Record<string, unknown> & { id: string } }>(PUBLISH, { input: elderlyCare }, { token: tokens.civilAffairs });
    expect(result.errors).toBeUndefined();
    id = result.data!.publishPolicy.id;
    expect(result.data!.publishPolicy).toMatchObject({
      title: elderlyCare.title,
      department: '区民政局',
      issuer: '区民政局',
      validity: 'VALID',
      sections: [
        { level: 1, heading: '一、发放对象' },
        { level: 1, heading: '二、发放标准' },
        { level: 2, heading: '（一）80至89周岁每人每月100元。' },
        { level: 2, heading: '（二）90周岁以上每人每月300元。' },
      ],
    });
    expect(result.data!.publishPolicy.targetGroups).toContain('老年人');
    const trail = await api.app.audit.trail('policy', id);
    expect(trail).toEqual([expect.objectContaining({ action: 'policy.publish', actor: expect.objectContaining({ staffId: 'minzheng' }) })]);
  });

  it('treats a second tap on publish as the same publication, and refuses a different text under the same 文号', async () => {
    const send = jest.spyOn(api.app.dynamo.doc, 'send');
    const again = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: elderlyCare }, { token: tokens.civilAffairs });
    const policyReads = send.mock.calls.filter(([command]) => command.constructor.name === 'GetCommand' && (command.input as { Key?: { sk?: string } }).Key?.sk === 'POLICY');
    send.mockRestore();
    expect(again.data!.publishPolicy.id).toBe(id);
    // The policy found published is the one the save compares with: read once, not again.
    expect(policyReads).toHaveLength(1);
    const different = await api.run(PUBLISH, { input: { ...elderlyCare, body: `${elderlyCare.body}\n三、其他` } }, { token: tokens.civilAffairs });
    expect(codeOf(different.errors)).toBe('CONFLICT');
    expect((await api.app.audit.trail('policy', id)).length).toBe(1);
  });

  it('refuses to publish unmasked private data and says where it is', async () => {
    const result = await api.run(
      PUBLISH,
      { input: { title: '关于张三申请低保的公示', body: '申请人张三，联系电话13812345678，经审核符合条件。' } },
      { token: tokens.civilAffairs },
    );
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/手机号/);
    expect(result.errors?.[0]?.extensions?.findings).toEqual([expect.objectContaining({ field: 'body', kind: 'MOBILE' })]);
    expect(JSON.stringify(result.errors)).not.toContain('13812345678');
  });

  it('lets only staff publish, and editors only for their own department', async () => {
    const input = { ...elderlyCare, documentNumber: '区民发〔2026〕8号' };
    expect(codeOf((await api.run(PUBLISH, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(PUBLISH, { input }, { token: tokens.resident })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(PUBLISH, { input: { ...input, department: '区民政局' } }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
    const byAdmin = await api.run<{ publishPolicy: { id: string; department: string } }>(PUBLISH, { input: { ...input, department: '区民政局' } }, { token: tokens.admin });
    expect(byAdmin.data!.publishPolicy.department).toBe('区民政局');
    const can = async (token?: string) => (await api.run(`query($id: ID!) { policy(id: $id) { viewerCan { manage } } }`, { id: byAdmin.data!.publishPolicy.id }, { token })).data;
    expect(await can(tokens.civilAffairs)).toEqual({ policy: { viewerCan: { manage: true } } });
    expect(await can(tokens.finance)).toEqual({ policy: { viewerCan: { manage: false } } });
    expect(await can(tokens.resident)).toEqual({ policy: { viewerCan: { manage: false } } });
  });

  it('refuses bad input with the field it concerns', async () => {
    const result = await api.run(PUBLISH, { input: { ...elderlyCare, documentNumber: null, title: '  ', publishedDate: '2026-02-30' } }, { token: tokens.civilAffairs });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBeTruthy();
  });

  describe('changing it afterwards', () => {
    it("keeps other departments' editors out, and records every change", async () => {
      const input = { ...elderlyCare, body: `${elderlyCare.body}\n三、发放时间\n每月10日前发放。` };
      expect(codeOf((await api.run(UPDATE, { id, input, version: 1 }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await api.run(UPDATE, { id, input, version: 1 }, { token: tokens.resident })).errors)).toBe('FORBIDDEN');
      // A correction says which version the clerk started from; one that does not is refused, nothing written.
      const unversioned = await api.run(`mutation($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, input: $input) { version } }`, { id, input }, { token: tokens.civilAffairs });
      expect(codeOf(unversioned.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
      const updated = await api.run<{ updatePolicy: { body: string } }>(UPDATE, { id, input, version: 1 }, { token: tokens.civilAffairs });
      expect(updated.data!.updatePolicy.body).toContain('每月10日前发放');
      const trail = await api.app.audit.trail('policy', id);
      expect(trail.map((r) => r.action)).toEqual(['policy.publish', 'policy.update']);
      expect(trail[1]!.details).toEqual({ fields: ['body', 'sections'] });
    });

    it('corrects a typo from the version the clerk opened: the check does not take it for itself, a second clerk on the old version is refused', async () => {
      const opened = (await api.run<{ policy: { version: number; body: string; topics: string[] } }>(`query($id: ID!) { policy(id: $id) { version body topics } }`, { id }, { token: tokens.civilAffairs })).data!.policy;
      const fixed = { ...elderlyCare, body: opened.body, title: '区民政局关于发放2026年高龄津贴的通知（修订）' };
      // 修改 runs the pre-publish check on the policy being corrected: not ALREADY_PUBLISHED as itself.
      const own = await api.run<{ policyChecks: { canPublish: boolean; findings: Array<{ kind: string }> } }>(CHECK, { input: fixed, policyId: id }, { token: tokens.civilAffairs });
      expect(own.data!.policyChecks).toEqual({ canPublish: true, findings: [] });
      // Without saying which policy is being corrected, it is the one already published.
      expect((await api.run<{ policyChecks: { findings: Array<{ kind: string }> } }>(CHECK, { input: fixed }, { token: tokens.civilAffairs })).data!.policyChecks.findings.map((f) => f.kind)).toEqual(['ALREADY_PUBLISHED']);
      const first = await api.run<{ updatePolicy: { title: string; version: number } }>(UPDATE, { id, input: fixed, version: opened.version }, { token: tokens.civilAffairs });
      expect(first.data!.updatePolicy).toMatchObject({ title: fixed.title, version: opened.version + 1 });
      // A second clerk who opened it before that save: refused in plain words, nothing written.
      const second = await api.run(UPDATE, { id, input: { ...elderlyCare, title: '别的标题' }, version: opened.version }, { token: tokens.admin });
      expect(codeOf(second.errors)).toBe('CONFLICT');
      expect(second.errors?.[0]?.message).toBe('这份文件在您修改期间已被别人改过了。请重新打开它，核对别人改了什么，再修改。');
      const now = (await api.run<{ policy: { title: string; topics: string[] } }>(`query($id: ID!) { policy(id: $id) { title topics } }`, { id })).data!.policy;
      expect(now).toEqual({ title: fixed.title, topics: opened.topics });
      // Residents find it by the corrected words.
      const found = await api.run<{ policies: { edges: Array<{ node: { id: string } }> } }>(`{ policies(filter: { text: "修订" }) { edges { node { id } } } }`);
      expect(found.data!.policies.edges.map((e) => e.node.id)).toEqual([id]);
      const trail = await api.app.audit.trail('policy', id);
      expect(trail.at(-1)).toMatchObject({ action: 'policy.update', details: { fields: ['title'] }, actor: expect.objectContaining({ staffId: 'minzheng' }) });
    });

    it("still finds a different published document with the same 文号, and lets only the policy's own department and district admins correct it", async () => {
      const other = { ...elderlyCare, title: '区民政局关于高龄津贴发放时间的通知', documentNumber: '区民发〔2026〕30号' };
      const otherId = (await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: other }, { token: tokens.civilAffairs })).data!.publishPolicy.id;
      // Correcting this policy's 文号 into the other one's: the check says so, and saving is refused.
      const clash = { ...elderlyCare, title: '区民政局关于发放2026年高龄津贴的通知（修订）', documentNumber: '区民发〔2026〕30号' };
      const checked = await api.run<{ policyChecks: { canPublish: boolean; findings: Array<{ kind: string; message: string }> } }>(CHECK, { input: clash, policyId: id }, { token: tokens.civilAffairs });
      expect(checked.data!.policyChecks.canPublish).toBe(false);
      expect(checked.data!.policyChecks.findings).toEqual([{ kind: 'ALREADY_PUBLISHED', message: expect.stringContaining('「区民政局关于高龄津贴发放时间的通知」') }]);
      const saved = await api.run(UPDATE, { id, input: clash, version: 3 }, { token: tokens.civilAffairs });
      expect(codeOf(saved.errors)).toBe('CONFLICT');
      expect(saved.errors?.[0]?.message).toContain('文号相同');
      // Another department's editor may neither check it as a correction nor save it; a district admin may.
      expect(codeOf((await api.run(CHECK, { input: other, policyId: otherId }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await api.run(UPDATE, { id: otherId, input: { ...other, title: `${other.title}。` }, version: 1 }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
      const byAdmin = await api.run<{ updatePolicy: { title: string } }>(UPDATE, { id: otherId, input: { ...other, title: `${other.title}（更正）` }, version: 1 }, { token: tokens.admin });
      expect(byAdmin.data!.updatePolicy.title).toBe(`${other.title}（更正）`);
    });

    it('finds a document by its corrected 文号 when it is published again, and frees the number it had', async () => {
      type Checked = { policyChecks: { canPublish: boolean; findings: Array<{ kind: string; message: string }> } };
      const check = async (input: object, policyId?: string) => (await api.run<Checked>(CHECK, { input, policyId }, { token: tokens.civilAffairs })).data!.policyChecks;
      const mistyped = { ...elderlyCare, title: '区民政局关于困难老人冬季慰问的通知', documentNumber: '区民发〔2026〕41号' };
      const corrected = { ...mistyped, documentNumber: '区民发〔2026〕14号' };
      const mine = (await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: mistyped }, { token: tokens.civilAffairs })).data!.publishPolicy.id;
      expect((await api.run(UPDATE, { id: mine, input: corrected, version: 1 }, { token: tokens.civilAffairs })).errors).toBeUndefined();
      // Published again under the corrected 文号: the check says it is this one, and 发布 is refused.
      const again = { ...corrected, title: '关于困难老人冬季慰问的通知' };
      expect(await check(again)).toEqual({ canPublish: false, findings: [{ kind: 'ALREADY_PUBLISHED', message: expect.stringContaining('「区民政局关于困难老人冬季慰问的通知」') }] });
      expect(codeOf((await api.run(PUBLISH, { input: again }, { token: tokens.civilAffairs })).errors)).toBe('CONFLICT');
      expect(await check(corrected, mine)).toEqual({ canPublish: true, findings: [] });
      // The mistyped 文号 belongs to no document now: another one may be published under it, and then holds it.
      const other = { ...elderlyCare, title: '区民政局关于养老服务补贴的通知', documentNumber: '区民发〔2026〕41号' };
      expect(await check(other)).toEqual({ canPublish: true, findings: [] });
      const published = await api.run<{ publishPolicy: { id: string; title: string } }>(PUBLISH, { input: other }, { token: tokens.civilAffairs });
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishPolicy.id).not.toBe(mine);
      expect((await check({ ...other, title: '养老服务补贴' })).findings).toEqual([{ kind: 'ALREADY_PUBLISHED', message: expect.stringContaining('「区民政局关于养老服务补贴的通知」') }]);
      const back = await api.run(UPDATE, { id: mine, input: mistyped, version: 2 }, { token: tokens.civilAffairs });
      expect(codeOf(back.errors)).toBe('CONFLICT');
      expect(back.errors?.[0]?.message).toContain('「区民政局关于养老服务补贴的通知」');
      // Both read as they were saved.
      const titleOf = async (id: string) => (await api.run<{ policy: { title: string; documentNumber: string } }>(`query($id: ID!) { policy(id: $id) { title documentNumber } }`, { id })).data!.policy;
      expect(await titleOf(mine)).toEqual({ title: corrected.title, documentNumber: '区民发〔2026〕14号' });
      expect(await titleOf(published.data!.publishPolicy.id)).toEqual({ title: other.title, documentNumber: '区民发〔2026〕41号' });
    });

    it('publishes an interpretation once, however often it is sent', async () => {
      const input = { kind: 'QA', title: '高龄津贴怎么领', body: '一问一答。', questions: [{ question: '谁能领？', answer: '年满八十周岁的本区户籍老人。' }], consultationPhone: '12345', officeHours: '工作日 9:00-17:00' };
      const first = await api.run<{ addInterpretation: { id: string } }>(INTERPRET, { id, input }, { token: tokens.civilAffairs });
      const second = await api.run<{ addInterpretation: { id: string } }>(INTERPRET, { id, input }, { token: tokens.civilAffairs });
      expect(first.errors).toBeUndefined();
      expect(second.data!.addInterpretation.id).toBe(first.data!.addInterpretation.id);
      const page = await api.run<{ policy: { interpretations: Array<{ title: string }> } }>(`query($id: ID!) { policy(id: $id) { interpretations { title } } }`, { id });
      expect(page.data!.policy.interpretations).toEqual([{ title: '高龄津贴怎么领' }]);
      expect(codeOf((await api.run(INTERPRET, { id, input: { ...input, title: '别的部门' } }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
    });

    it('corrects an interpretation (修改解读) from the version the clerk opened: its department or a district admin, a second clerk on the old version refused, audited', async () => {
      const read = async () => (await api.run<{ policy: { interpretations: Array<{ id: string; title: string; version: number; questions: Array<{ question: string }> }> } }>(`query($id: ID!) { policy(id: $id) { interpretations { id title version questions { question } } } }`, { id })).data!.policy.interpretations[0]!;
      const opened = await read();
      const input = { kind: 'QA', title: '高龄津贴怎么领？', body: '一问一答。', questions: [{ question: '谁能领？', answer: '年满八十周岁的本区户籍老人。' }], consultationPhone: '12345', officeHours: '工作日 9:00-17:00' };
      expect(codeOf((await api.run(CORRECT, { policyId: id, id: opened.id, input, version: opened.version }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
      expect(codeOf((await api.run(CORRECT, { policyId: id, id: 'ffffffffffffffff', input, version: opened.version }, { token: tokens.civilAffairs })).errors)).toBe('NOT_FOUND');
      const corrected = await api.run<{ updateInterpretation: { id: string; title: string; version: number } }>(CORRECT, { policyId: id, id: opened.id, input, version: opened.version }, { token: tokens.civilAffairs });
      expect(corrected.data!.updateInterpretation).toEqual({ id: opened.id, title: '高龄津贴怎么领？', version: opened.version + 1 });
      const late = await api.run(CORRECT, { policyId: id, id: opened.id, input: { ...input, title: '别的标题' }, version: opened.version }, { token: tokens.admin });
      expect(codeOf(late.errors)).toBe('CONFLICT');
      expect(late.errors?.[0]?.message).toBe('这篇解读在您修改期间已被别人改过了。请重新打开它，核对别人改了什么，再修改。');
      expect(await read()).toMatchObject({ id: opened.id, title: '高龄津贴怎么领？', questions: [{ question: '谁能领？' }] });
      expect(codeOf((await api.run(CORRECT, { policyId: id, id: opened.id, input: { ...input, body: '电话13812345678' }, version: opened.version + 1 }, { token: tokens.civilAffairs })).errors)).toBe('BAD_USER_INPUT');
      const byAdmin = await api.run<{ updateInterpretation: { version: number } }>(CORRECT, { policyId: id, id: opened.id, input: { ...input, title: '高龄津贴怎么领' }, version: opened.version + 1 }, { token: tokens.admin });
      expect(byAdmin.data!.updateInterpretation.version).toBe(opened.version + 2);
      const trail = await api.app.audit.trail('policy', id);
      expect(trail.filter((r) => r.action === 'policy.interpretation.update').map((r) => r.details)).toEqual([
        { interpretation: opened.id, fields: ['title'] },
        { interpretation: opened.id, fields: ['title'] },
      ]);
    });

    it('repeals it, after which residents no longer see it among policies in force', async () => {
      const repealed = await api.run(REPEAL, { id, date: '2026-12-31' }, { token: tokens.civilAffairs });
      expect(repealed.data).toEqual({ repealPolicy: { validity: 'REPEALED', repealedDate: '2026-12-31' } });
      const list = await api.run<{ policies: { edges: Array<{ node: { id: string } }> } }>(`{ policies(first: 50) { edges { node { id } } } }`);
      expect(list.data!.policies.edges.map((e) => e.node.id)).not.toContain(id);
      expect(codeOf((await api.run(REPEAL, { id, date: '31/12/2026' }, { token: tokens.civilAffairs })).errors)).toBe('BAD_USER_INPUT');
      expect(codeOf((await api.run(REPEAL, { id: '0000000000000000', date: '2026-12-31' }, { token: tokens.admin })).errors)).toBe('NOT_FOUND');
    });
  });
});

describe('policies not proactively disclosed', () => {
  it('exist only for the staff of the department that owns them', async () => {
    const input = { title: '区民政局内部工作规程', documentNumber: '区民内〔2026〕1号', body: '一、适用范围\n本局内部。', disclosure: 'ON_REQUEST' };
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input }, { token: tokens.civilAffairs });
    const id = published.data!.publishPolicy.id;
    const read = (token?: string) => api.run<{ policy: { title: string } | null }>(`query($id: ID!) { policy(id: $id) { title } }`, { id }, { token });
    expect((await read()).data!.policy).toBeNull();
    expect((await read(tokens.resident)).data!.policy).toBeNull();
    expect((await read(tokens.finance)).data!.policy).toBeNull();
    expect((await read(tokens.civilAffairs)).data!.policy).toEqual({ title: '区民政局内部工作规程' });
    expect((await read(tokens.admin)).data!.policy).toEqual({ title: '区民政局内部工作规程' });
  });
});
