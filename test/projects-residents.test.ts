import { codeOf, createTestApi, type TestApi } from './support/test-app';
import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { COMPLETE, createProject, POST, readProject, renovation, signInEveryone, today, type Callers, type Project } from './projects-support';

// What residents do with projects: follow them and hear of every update, evaluate finished ones once,
// and propose projects for next year's list, seeing what became of them.

let api: TestApi;
let who: Callers;

beforeAll(async () => {
  api = await createTestApi();
  who = await signInEveryone(api);
});
afterAll(() => api.close());

const residentId = async (token: string) => (await api.run<{ me: { id: string } }>(`{ me { id } }`, {}, { token })).data!.me.id;
const messages = async (token: string) => createOutboxStore(api.app.dynamo, api.app.now).messagesFor(await residentId(token));
const FOLLOW = `mutation($id: ID!) { followProject(id: $id) { followerCount followedByMe } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowProject(id: $id) { followerCount followedByMe } }`;

describe('following a project', () => {
  let project: Project;

  beforeAll(async () => {
    today(api, '2026-02-01');
    project = await createProject(api, who.housing, renovation({ title: '加装电梯', milestones: [{ title: '全部完工', plannedDate: '2026-12-31' }] }));
  });

  it('needs a signed-in resident, and following twice is following once', async () => {
    expect(codeOf((await api.run(FOLLOW, { id: project.id })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(FOLLOW, { id: project.id }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(FOLLOW, { id: '0000000000000000' }, { token: who.wang })).errors)).toBe('NOT_FOUND');
    await Promise.all([api.run(FOLLOW, { id: project.id }, { token: who.wang }), api.run(FOLLOW, { id: project.id }, { token: who.wang })]);
    const li = await api.run<{ followProject: { followerCount: number; followedByMe: boolean } }>(FOLLOW, { id: project.id }, { token: who.li });
    expect(li.data!.followProject).toEqual({ followerCount: 2, followedByMe: true });
    const followed = await api.run<{ myFollowedProjects: Array<{ id: string }> }>(`{ myFollowedProjects { id } }`, {}, { token: who.wang });
    expect(followed.data!.myFollowedProjects.map((p) => p.id)).toEqual([project.id]);
  });

  it('tells each follower once of each update, however often staff tap 发布', async () => {
    today(api, '2026-04-20');
    const input = { text: '已完工并通过检验的电梯12部，另有20部正在安装。', spending: 2_400_000 };
    await Promise.all([1, 2, 3].map(() => api.run(POST, { id: project.id, input }, { token: who.housing })));
    for (const token of [who.wang, who.li]) {
      expect(await messages(token)).toEqual([
        expect.objectContaining({ template: 'PROJECT_UPDATED', data: { title: '加装电梯', date: '2026-04-20', text: '已完工并通过检验的电梯12部，另有20…' }, page: `pages/projects/detail/index?id=${project.id}` }),
      ]);
    }
  });

  it('stops telling someone who unfollowed', async () => {
    const after = await api.run<{ unfollowProject: { followerCount: number; followedByMe: boolean } }>(UNFOLLOW, { id: project.id }, { token: who.li });
    expect(after.data!.unfollowProject).toEqual({ followerCount: 1, followedByMe: false });
    today(api, '2026-12-20');
    await api.run(COMPLETE, { m: `${project.id}.1`, d: '2026-12-20' }, { token: who.housing });
    expect(await messages(who.wang)).toHaveLength(2);
    expect(await messages(who.li)).toHaveLength(1);
  });

  it("tells a parent project's followers of its children's updates", async () => {
    today(api, '2026-02-01');
    const parent = await createProject(api, who.housing, renovation({ title: '老旧小区改造（分片区）', milestones: [] }));
    const child = await createProject(api, who.housing, renovation({ title: '城东片区', parentId: parent.id, milestones: [{ title: '完工', plannedDate: '2026-11-30' }] }));
    const before = (await messages(who.li)).length;
    await api.run(FOLLOW, { id: parent.id }, { token: who.li });
    await api.run(POST, { id: child.id, input: { text: '城东片区12个小区全部开工。' } }, { token: who.housing });
    // The outbox is in the app's time, which this test moved back: find the new message by what it says.
    const after = await messages(who.li);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((message) => message.data.title === '城东片区')).toEqual([expect.objectContaining({ template: 'PROJECT_UPDATED', sentAt: '2026-02-01T02:00:00.000Z' })]);
  });
});

describe('evaluating a project', () => {
  let project: Project;
  const EVALUATE = `mutation($id: ID!, $input: ProjectEvaluationInput!) { evaluateProject(id: $id, input: $input) { projectId level comment createdAt } }`;

  beforeAll(async () => {
    today(api, '2026-02-01');
    project = await createProject(api, who.civilAffairs, renovation({ title: '社区老年食堂', leadDepartment: '区民政局', cooperatingDepartments: [], milestones: [{ title: '20个助餐点开业', plannedDate: '2026-09-30' }] }));
  });

  it('is only possible once the project is COMPLETED', async () => {
    today(api, '2026-06-01');
    const early = await api.run(EVALUATE, { id: project.id, input: { level: 'SATISFIED' } }, { token: who.wang });
    expect(codeOf(early.errors)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toBe('这个项目还没有完成，完成后才能评价。');
    today(api, '2026-09-29');
    await api.run(COMPLETE, { m: `${project.id}.1`, d: '2026-09-29' }, { token: who.civilAffairs });
  });

  it('counts one evaluation per resident: a double tap gives the same evaluation', async () => {
    today(api, '2026-10-08');
    const input = { level: 'VERY_SATISFIED', comment: '饭菜可口，价格实惠。' };
    const taps = await Promise.all(Array.from({ length: 5 }, () => api.run<{ evaluateProject: { createdAt: string } }>(EVALUATE, { id: project.id, input }, { token: who.wang })));
    expect(taps.map((t) => t.errors)).toEqual(taps.map(() => undefined));
    expect(new Set(taps.map((t) => t.data!.evaluateProject.createdAt)).size).toBe(1);
    // The answer carries the figures as they are after this evaluation (the page shows them at once).
    const second = await api.run<{ evaluateProject: { project: { evaluationSummary: { count: number; satisfiedPercent: number } } } }>(
      `mutation($id: ID!, $input: ProjectEvaluationInput!) { evaluateProject(id: $id, input: $input) { project { evaluationSummary { count satisfiedPercent } } } }`,
      { id: project.id, input: { level: 'DISSATISFIED' } },
      { token: who.li },
    );
    expect(second.data!.evaluateProject.project.evaluationSummary).toEqual({ count: 2, satisfiedPercent: 50 });
    const seen = await readProject(api, project.id, who.wang);
    expect(seen.evaluationSummary).toEqual({
      count: 2,
      satisfiedPercent: 50,
      levels: [
        { level: 'VERY_SATISFIED', count: 1 },
        { level: 'SATISFIED', count: 0 },
        { level: 'BASICALLY_SATISFIED', count: 0 },
        { level: 'DISSATISFIED', count: 1 },
        { level: 'VERY_DISSATISFIED', count: 0 },
      ],
    });
    expect(seen.myEvaluation).toEqual({ level: 'VERY_SATISFIED', comment: '饭菜可口，价格实惠。' });
  });

  it('refuses a second, different evaluation, and anyone who is not a resident', async () => {
    expect(codeOf((await api.run(EVALUATE, { id: project.id, input: { level: 'SATISFIED' } }, { token: who.wang })).errors)).toBe('CONFLICT');
    expect(codeOf((await api.run(EVALUATE, { id: project.id, input: { level: 'SATISFIED' } })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(EVALUATE, { id: project.id, input: { level: 'SATISFIED' } }, { token: who.civilAffairs })).errors)).toBe('FORBIDDEN');
  });

  it("shows the comments to the lead department only, without names", async () => {
    const query = `query($id: ID!) { project(id: $id) { evaluationComments { level comment } } }`;
    const read = async (token?: string) => (await api.run<{ project: { evaluationComments: unknown[] } }>(query, { id: project.id }, { token })).data!.project.evaluationComments;
    expect(await read(who.civilAffairs)).toEqual(expect.arrayContaining([{ level: 'VERY_SATISFIED', comment: '饭菜可口，价格实惠。' }, { level: 'DISSATISFIED', comment: null }]));
    expect(await read(who.housing)).toEqual([]);
    expect(await read(who.wang)).toEqual([]);
  });

  it('records in the audit trail each time the lead department reads a comment carrying a private number', async () => {
    const zhao = (await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:zhao") { token } }`)).data!.login.token;
    const comment = '饭菜不错，有事请打 13912345678 找我。';
    expect((await api.run(EVALUATE, { id: project.id, input: { level: 'SATISFIED', comment } }, { token: zhao })).errors).toBeUndefined();
    expect((await api.app.audit.trail('project', project.id)).filter((r) => r.action === 'project.readEvaluationComment')).toEqual([]);
    const query = `query($id: ID!) { project(id: $id) { evaluationComments { comment } myEvaluation { comment } } }`;
    const read = await api.run<{ project: { evaluationComments: Array<{ comment: string | null }> } }>(query, { id: project.id }, { token: who.civilAffairs });
    expect(read.data!.project.evaluationComments.map((e) => e.comment)).toContain(comment);
    const reads = (await api.app.audit.trail('project', project.id)).filter((r) => r.action === 'project.readEvaluationComment');
    expect(reads).toEqual([expect.objectContaining({ actor: expect.objectContaining({ kind: 'staff' }), details: { field: 'evaluationComments.comment' } })]);
    // Its author reads it back as written, and that is nobody's audited read.
    const own = await api.run<{ project: { myEvaluation: { comment: string } } }>(query, { id: project.id }, { token: zhao });
    expect(own.data!.project.myEvaluation.comment).toBe(comment);
    expect((await api.app.audit.trail('project', project.id)).filter((r) => r.action === 'project.readEvaluationComment')).toHaveLength(1);
  });
});

describe('proposing a project for next year', () => {
  const PROPOSE = `mutation($input: ProjectProposalInput!) { proposeProject(input: $input) { id forYear title description location contactMobile status reply } }`;
  const MINE = `{ myProposals { id title contactMobile status reply project { title } } }`;
  const LIST_OF = `query($year: Int!, $status: ProjectProposalStatus) { projectProposals(forYear: $year, status: $status) { edges { node { id title description contactMobile status reply } } pageInfo { hasNextPage } } }`;
  const ANSWER = `mutation($id: ID!, $input: ProjectProposalAnswerInput!) { answerProjectProposal(id: $id, input: $input) { id status reply answeredAt } }`;
  const proposal = {
    title: '南湖公园增设公共厕所',
    description: '南湖公园东门附近没有厕所，老人和孩子很不方便。有事可打我电话 13912345678。',
    location: '南湖街道 南湖公园东门',
    contactMobile: '138 1234 5678',
  };
  let id: string;

  it("is stored once however often it is sent, for next year's list, with the mobile masked", async () => {
    today(api, '2026-11-23');
    const [first, second] = await Promise.all([api.run<{ proposeProject: { id: string } }>(PROPOSE, { input: proposal }, { token: who.wang }), api.run<{ proposeProject: { id: string } }>(PROPOSE, { input: proposal }, { token: who.wang })]);
    expect(first.errors).toBeUndefined();
    id = first.data!.proposeProject.id;
    expect(second.data!.proposeProject.id).toBe(id);
    expect(first.data!.proposeProject).toMatchObject({ forYear: 2027, status: 'SUBMITTED', contactMobile: '138****5678', reply: null });
    const mine = await api.run<{ myProposals: Array<{ id: string }> }>(MINE, {}, { token: who.wang });
    expect(mine.data!.myProposals.map((p) => p.id)).toEqual([id]);
    expect((await api.run<{ myProposals: unknown[] }>(MINE, {}, { token: who.li })).data!.myProposals).toEqual([]);
    expect(codeOf((await api.run(MINE)).errors)).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad mobile number in plain words', async () => {
    const result = await api.run(PROPOSE, { input: { ...proposal, contactMobile: '12345' } }, { token: who.wang });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('手机号要是 11 位数字，如 13812345678；不想留可以空着。');
    expect(result.errors?.[0]?.extensions?.field).toBe('contactMobile');
  });

  it('is seen, unanswered, only by the district office, with the call-back number masked (the description in full, and that read is recorded)', async () => {
    expect((await api.run<{ projectProposals: { edges: unknown[] } }>(LIST_OF, { year: 2027 })).data!.projectProposals.edges).toEqual([]);
    expect(codeOf((await api.run(LIST_OF, { year: 2027, status: 'SUBMITTED' })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(LIST_OF, { year: 2027, status: 'SUBMITTED' }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    const open = await api.run<{ projectProposals: { edges: Array<{ node: { contactMobile: string; description: string } }> } }>(LIST_OF, { year: 2027, status: 'SUBMITTED' }, { token: who.admin });
    expect(open.data!.projectProposals.edges.map((e) => e.node.contactMobile)).toEqual(['138****5678']);
    // The description carries the proposer's number: the office reads it as written, and that read is recorded.
    expect(open.data!.projectProposals.edges.map((e) => e.node.description)).toEqual([proposal.description]);
    const trail = await api.app.audit.trail('proposal', id);
    expect(trail.map((r) => r.action)).toEqual(['proposal.readFull']);
    expect(trail.find((r) => r.action === 'proposal.readFull')?.details).toEqual({ field: 'description' });
    const can = `query($year: Int!) { projectProposals(forYear: $year, status: SUBMITTED) { edges { node { viewerCan { manage readPersonalData } } } } }`;
    const office = await api.run<{ projectProposals: { edges: Array<{ node: { viewerCan: object } }> } }>(can, { year: 2027 }, { token: who.admin });
    expect(office.data!.projectProposals.edges.map((e) => e.node.viewerCan)).toEqual([{ manage: true, readPersonalData: true }]);
  });

  it('gives the district office the full call-back number only on purpose, and records that read; nobody else may', async () => {
    const CONTACT = `query($id: ID!) { projectProposalContact(id: $id) }`;
    const read = await api.run<{ projectProposalContact: string }>(CONTACT, { id }, { token: who.admin });
    expect(read.errors).toBeUndefined();
    expect(read.data!.projectProposalContact).toBe('13812345678');
    expect(await api.app.audit.trail('proposal', id)).toContainEqual(expect.objectContaining({ action: 'proposal.readContact', actor: expect.objectContaining({ kind: 'staff' }) }));
    expect(codeOf((await api.run(CONTACT, { id }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CONTACT, { id }, { token: who.wang })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CONTACT, { id })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(CONTACT, { id: '0000000000000000' }, { token: who.admin })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(CONTACT, { id: 'not-an-id' }, { token: who.admin })).errors)).toBe('NOT_FOUND');
    // Refused reads are no reads: the trail holds the office's one.
    expect((await api.app.audit.trail('proposal', id)).filter((r) => r.action === 'proposal.readContact')).toHaveLength(1);
  });

  it('is answered once by the district office, and the resident sees the answer', async () => {
    const answer = { status: 'ACCEPTED', reply: '已纳入2027年民生实事候选项目，将在南湖公园东门新建一座公共厕所。' };
    expect(codeOf((await api.run(ANSWER, { id, input: answer }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(ANSWER, { id: 'not-an-id', input: answer }, { token: who.admin })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(ANSWER, { id, input: { ...answer, status: 'SUBMITTED' } }, { token: who.admin })).errors)).toBe('BAD_USER_INPUT');
    const answered = await api.run<{ answerProjectProposal: { status: string } }>(ANSWER, { id, input: answer }, { token: who.admin });
    expect(answered.data!.answerProjectProposal.status).toBe('ACCEPTED');
    expect((await api.run(ANSWER, { id, input: answer }, { token: who.admin })).errors).toBeUndefined();
    expect(codeOf((await api.run(ANSWER, { id, input: { ...answer, status: 'DECLINED' } }, { token: who.admin })).errors)).toBe('CONFLICT');
    const mine = await api.run<{ myProposals: Array<{ status: string; reply: string; contactMobile: string }> }>(MINE, {}, { token: who.wang });
    expect(mine.data!.myProposals[0]).toMatchObject({ status: 'ACCEPTED', reply: answer.reply, contactMobile: '138****5678' });
  });

  it('shows answered proposals to the public with private numbers masked', async () => {
    const seen = await api.run<{ projectProposals: { edges: Array<{ node: { description: string; contactMobile: string; status: string } }> } }>(LIST_OF, { year: 2027 });
    expect(seen.data!.projectProposals.edges).toHaveLength(1);
    const [node] = seen.data!.projectProposals.edges.map((e) => e.node);
    expect(node).toMatchObject({ status: 'ACCEPTED', contactMobile: '138****5678' });
    expect(node!.description).toBe('南湖公园东门附近没有厕所，老人和孩子很不方便。有事可打我电话 139****5678。');
    expect(JSON.stringify(seen)).not.toMatch(/13912345678|13812345678/u);
    // The masked public view is no read of private data: the trail holds only the district office's reads.
    expect((await api.app.audit.trail('proposal', id)).every((r) => r.actor.kind === 'staff')).toBe(true);
    expect((await api.app.audit.trail('proposal', id)).filter((r) => r.action === 'proposal.readFull')).toHaveLength(1);
  });

  it("refuses a reply that names a resident's mobile or ID number, and stores nothing", async () => {
    const other = { title: '南湖小区门口加装路灯', description: '晚上很黑。', location: '南湖小区北门' };
    const proposed = await api.run<{ proposeProject: { id: string } }>(PROPOSE, { input: other }, { token: who.li });
    const otherId = proposed.data!.proposeProject.id;
    const reply = '已电话联系王小华（13812345678，身份证110105194912310029），将于明年安装。';
    const refused = await api.run(ANSWER, { id: otherId, input: { status: 'ACCEPTED', reply } }, { token: who.admin });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.field).toBe('reply');
    expect(refused.errors?.[0]?.message).toContain('138****5678');
    expect(refused.errors?.[0]?.message).toContain('身份证号');
    expect(JSON.stringify(refused)).not.toMatch(/13812345678|110105194912310029/u);
    const hidden = await api.run(ANSWER, { id: otherId, input: { status: 'ACCEPTED', reply: '请联系138.1234.5678' } }, { token: who.admin });
    expect(codeOf(hidden.errors)).toBe('BAD_USER_INPUT');
    const mine = await api.run<{ myProposals: Array<{ status: string; reply: string | null }> }>(MINE, {}, { token: who.li });
    expect(mine.data!.myProposals[0]).toMatchObject({ status: 'SUBMITTED', reply: null });
  });

  it("shows a proposal's title and location to the public with hidden numbers masked, and to its author as written", async () => {
    const written = { title: '北门加装路灯，联系139.1234.5678', description: '晚上很黑。', location: '南湖小区北门（１３７\u200B１２３４\u200B５６７８）' };
    const proposed = await api.run<{ proposeProject: { id: string } }>(PROPOSE, { input: written }, { token: who.li });
    const proposalId = proposed.data!.proposeProject.id;
    expect((await api.run(ANSWER, { id: proposalId, input: { status: 'MERGED', reply: '与南湖小区路灯建议合并办理。' } }, { token: who.admin })).errors).toBeUndefined();
    const where = `query($year: Int!) { projectProposals(forYear: $year) { edges { node { id title location } } } }`;
    const seen = await api.run<{ projectProposals: { edges: Array<{ node: { id: string; title: string; location: string } }> } }>(where, { year: 2027 });
    const node = seen.data!.projectProposals.edges.map((e) => e.node).find((n) => n.id === proposalId);
    expect(node).toEqual({ id: proposalId, title: '北门加装路灯，联系139****5678', location: '南湖小区北门（137****5678）' });
    const byAuthor = await api.run<{ projectProposals: { edges: Array<{ node: { id: string; title: string } }> } }>(where, { year: 2027 }, { token: who.li });
    expect(byAuthor.data!.projectProposals.edges.find((e) => e.node.id === proposalId)?.node.title).toBe(written.title);
  });
});
