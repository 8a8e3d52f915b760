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
    await api.run(EVALUATE, { id: project.id, input: { level: 'DISSATISFIED' } }, { token: who.li });
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
    expect(result.errors?.[0]?.message).toBe('手机号要是 11 位数字，例如 13812345678。');
    expect(result.errors?.[0]?.extensions?.field).toBe('contactMobile');
  });

  it('is seen, unanswered, only by the district office, which sees the contact in full (and that read is recorded)', async () => {
    expect((await api.run<{ projectProposals: { edges: unknown[] } }>(LIST_OF, { year: 2027 })).data!.projectProposals.edges).toEqual([]);
    expect(codeOf((await api.run(LIST_OF, { year: 2027, status: 'SUBMITTED' })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(LIST_OF, { year: 2027, status: 'SUBMITTED' }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    const open = await api.run<{ projectProposals: { edges: Array<{ node: { contactMobile: string; description: string } }> } }>(LIST_OF, { year: 2027, status: 'SUBMITTED' }, { token: who.admin });
    expect(open.data!.projectProposals.edges.map((e) => e.node.contactMobile)).toEqual(['13812345678']);
    expect((await api.app.audit.trail('proposal', id)).map((r) => r.action)).toEqual(['proposal.readContact']);
    const can = `query($year: Int!) { projectProposals(forYear: $year, status: SUBMITTED) { edges { node { viewerCan { manage readPersonalData } } } } }`;
    const office = await api.run<{ projectProposals: { edges: Array<{ node: { viewerCan: object } }> } }>(can, { year: 2027 }, { token: who.admin });
    expect(office.data!.projectProposals.edges.map((e) => e.node.viewerCan)).toEqual([{ manage: true, readPersonalData: true }]);
  });

  it('is answered once by the district office, and the resident sees the answer', async () => {
    const answer = { status: 'ACCEPTED', reply: '已纳入2027年民生实事候选项目，将在南湖公园东门新建一座公共厕所。' };
    expect(codeOf((await api.run(ANSWER, { id, input: answer }, { token: who.housing })).errors)).toBe('FORBIDDEN');
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
  });
});
