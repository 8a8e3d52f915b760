import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { runScheduledTasks } from '../api/src/scheduled-tasks';
import { codeOf, createTestApi, residentToken, setBeijingTime, signInStaff, type TestApi } from './support/test-app';

// 意见征集 through the API, on DynamoDB Local: the comment period, moderation, 采纳情况 and who is told.

const DRAFT = `id title department status lastDay closesAt periodDays shortPeriodReason commentCount sections { id heading text }
  feedback { summary groups { point outcome reason commentCount comments { id text } } }`;
const PUBLISH = `mutation($input: PublishDraftInput!) { publishDraft(input: $input) { ${DRAFT} } }`;
const READ = `query($id: ID!) { draft(id: $id) { ${DRAFT} comments { edges { node { id text sectionId } } } } }`;
const LIST = `query($status: DraftStatus, $words: String) { drafts(status: $status, words: $words) { edges { node { id title status } } } }`;
const COMMENT = `mutation($input: CommentOnDraftInput!) { commentOnDraft(input: $input) { id text state sectionId sectionHeading draftTitle flags { kind } } }`;
const MINE = `query { myDraftComments { edges { node { id text state rejectReason sectionHeading } } } }`;
const QUEUE = `query($draftId: ID!, $state: DraftCommentState) { draftComments(draftId: $draftId, state: $state) { edges { node { id text state flags { kind excerpt } } } } }`;
const MODERATE = `mutation($id: ID!, $approve: Boolean!, $reason: String) { moderateDraftComment(id: $id, approve: $approve, reason: $reason) { id state text } }`;
const FEEDBACK = `mutation($input: PublishDraftFeedbackInput!) { publishDraftFeedback(input: $input) { ${DRAFT} } }`;

interface Draft {
  id: string;
  status: string;
  lastDay: string;
  closesAt: string;
  periodDays: number;
  shortPeriodReason: string | null;
  commentCount: number;
  sections: Array<{ id: string; heading: string }>;
  feedback: { summary: string | null; groups: Array<{ point: string; outcome: string; reason: string | null; commentCount: number; comments: Array<{ id: string; text: string }> }> } | null;
  comments?: { edges: Array<{ node: { id: string; text: string; sectionId: string | null } }> };
}
interface Comment {
  id: string;
  text: string;
  state: string;
  sectionId: string | null;
  sectionHeading: string | null;
  flags: Array<{ kind: string; excerpt?: string }>;
}

let api: TestApi;
let staff: Awaited<ReturnType<typeof signInStaff>>;
let resident: string;
let neighbour: string;

const draftInput = (overrides: Record<string, unknown> = {}) => ({
  title: '关于调整高龄津贴发放标准的决定（征求意见稿）',
  explanation: '为进一步做好高龄老人关爱工作，起草了本决定。',
  sections: [
    { heading: '第一条 适用范围', text: '本区户籍80周岁以上老年人。' },
    { heading: '第二条 发放标准', text: '80至89周岁每人每月100元。' },
  ],
  otherWays: '来信寄区民政局老龄科',
  ...overrides,
});

async function run<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await api.run<Record<string, T>>(query, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as T;
}
const publish = (overrides: Record<string, unknown> = {}) => run<Draft>(PUBLISH, { input: draftInput(overrides) }, staff.civilAffairs);
const comment = (input: Record<string, unknown>, token = resident) => run<Comment>(COMMENT, { input }, token);

beforeAll(async () => {
  api = await createTestApi();
  staff = await signInStaff(api);
  resident = await residentToken(api, 'resident-wang');
  neighbour = await residentToken(api, 'resident-li');
});
afterAll(() => api.close());

describe('the comment period', () => {
  it('is 30 days by default, from the day after publication, and the draft is listed and found as open', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const draft = await publish();
    expect(draft).toMatchObject({ status: 'OPEN', periodDays: 30, lastDay: '2027-01-03', closesAt: '2027-01-03T16:00:00.000Z', shortPeriodReason: null, department: '区民政局' });
    const open = await run<{ edges: Array<{ node: { id: string } }> }>(LIST, { status: 'OPEN' });
    expect(open.edges.map((edge) => edge.node.id)).toContain(draft.id);
    const found = await run<{ edges: Array<{ node: { id: string } }> }>(LIST, { words: '高龄津贴' });
    expect(found.edges.map((edge) => edge.node.id)).toContain(draft.id);
    const notFound = await run<{ edges: unknown[] }>(LIST, { words: '停车收费' });
    expect(notFound.edges).toEqual([]);
  });

  it('is shorter only with a stated reason, and never under 7 days', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const noReason = await api.run(PUBLISH, { input: draftInput({ title: '短期草案', periodDays: 15 }) }, { token: staff.civilAffairs });
    expect(codeOf(noReason.errors)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.message).toContain('请说明理由');
    const tooShort = await api.run(PUBLISH, { input: draftInput({ title: '短期草案', periodDays: 6, shortPeriodReason: '时间紧' }) }, { token: staff.civilAffairs });
    expect(codeOf(tooShort.errors)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors?.[0]?.message).toContain('不能少于 7 天');
    const short = await publish({ title: '短期草案', periodDays: 7, shortPeriodReason: '上级要求年底前出台' });
    expect(short).toMatchObject({ periodDays: 7, shortPeriodReason: '上级要求年底前出台', lastDay: '2026-12-11' });
  });

  it('only staff of the department (or the district) publish; a double tap makes one draft; private data is refused', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const byResident = await api.run(PUBLISH, { input: draftInput({ title: '居民发布' }) }, { token: resident });
    expect(codeOf(byResident.errors)).toBe('FORBIDDEN');
    const otherDepartment = await api.run(PUBLISH, { input: draftInput({ title: '他部门', department: '区民政局' }) }, { token: staff.finance });
    expect(codeOf(otherDepartment.errors)).toBe('FORBIDDEN');
    const [first, second] = await Promise.all([publish({ title: '双击草案' }), publish({ title: '双击草案' })]);
    expect(second?.id).toBe(first?.id);
    const leaked = await api.run(PUBLISH, { input: draftInput({ title: '有手机号', explanation: '联系人电话13812345678' }) }, { token: staff.civilAffairs });
    expect(codeOf(leaked.errors)).toBe('BAD_USER_INPUT');
  });

  it('closes by itself at the end of its last day: reads see it closed at once, the hourly task closes it once, and comments are refused', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const draft = await publish({ title: '按时结束的草案', periodDays: 7, shortPeriodReason: '年底前出台' });
    setBeijingTime(api, '2026-12-11 23:59');
    expect((await run<Draft>(READ, { id: draft.id })).status).toBe('OPEN');
    await comment({ draftId: draft.id, text: '最后一天的意见' });

    setBeijingTime(api, '2026-12-12 00:00');
    expect((await run<Draft>(READ, { id: draft.id })).status).toBe('CLOSED');
    const late = await api.run(COMMENT, { input: { draftId: draft.id, text: '晚了的意见' } }, { token: resident });
    expect(codeOf(late.errors)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toBe('征求意见已于 2026年12月11日 结束，不能再提意见了。');
    const open = await run<{ edges: Array<{ node: { id: string } }> }>(LIST, { status: 'OPEN' });
    expect(open.edges.map((edge) => edge.node.id)).not.toContain(draft.id);

    const first = await runScheduledTasks(api.app);
    expect(first.closeEndedDrafts).toBeGreaterThanOrEqual(1);
    expect((await runScheduledTasks(api.app)).closeEndedDrafts).toBe(0);
    const closed = await run<{ edges: Array<{ node: { id: string; status: string } }> }>(LIST, { status: 'CLOSED' });
    expect(closed.edges.find((edge) => edge.node.id === draft.id)?.node.status).toBe('CLOSED');
  });
});

describe('moderation', () => {
  let draft: Draft;
  beforeAll(async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    draft = await publish({ title: '关于社区养老服务的决定（征求意见稿）' });
  });

  it('a comment on a section is held: its writer sees it at once with its state, nobody else sees it; a double tap makes one', async () => {
    const section = draft.sections[1]?.id;
    const [mine, again] = await Promise.all([
      comment({ draftId: draft.id, sectionId: section, text: '建议把标准提高到每月150元。' }),
      comment({ draftId: draft.id, sectionId: section, text: '建议把标准提高到每月150元。' }),
    ]);
    expect(again?.id).toBe(mine?.id);
    expect(mine).toMatchObject({ state: 'PENDING', sectionHeading: '第二条 发放标准', text: '建议把标准提高到每月150元。', flags: [] });
    const myList = await run<{ edges: Array<{ node: Comment }> }>(MINE, {}, resident);
    expect(myList.edges.filter((edge) => edge.node.id === mine?.id)).toHaveLength(1);
    const read = await run<Draft>(READ, { id: draft.id });
    expect(read.comments?.edges).toEqual([]);
    expect(read.commentCount).toBe(1);
    expect((await run<{ edges: unknown[] }>(MINE, {}, neighbour)).edges).toEqual([]);
  });

  it('flags private data and abusive words for the moderator, and shows an approved comment masked', async () => {
    const leaky = await comment({ draftId: draft.id, text: '我家老人没领到，电话13812345678，请联系。' }, neighbour);
    const rude = await comment({ draftId: draft.id, text: '这些狗官不办事。' }, neighbour);
    const queue = await run<{ edges: Array<{ node: Comment }> }>(QUEUE, { draftId: draft.id }, staff.civilAffairs);
    const byId = new Map(queue.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(leaky.id)).toMatchObject({ text: '我家老人没领到，电话13812345678，请联系。', flags: [{ kind: 'PRIVATE_DATA' }] });
    expect(byId.get(rude.id)?.flags).toEqual([{ kind: 'ABUSIVE_WORDS', excerpt: '狗官' }]);

    const other = await api.run(QUEUE, { draftId: draft.id }, { token: staff.finance });
    expect(codeOf(other.errors)).toBe('FORBIDDEN');
    const byResident = await api.run(MODERATE, { id: leaky.id, approve: true }, { token: neighbour });
    expect(codeOf(byResident.errors)).toBe('FORBIDDEN');

    const approved = await run<Comment>(MODERATE, { id: leaky.id, approve: true }, staff.civilAffairs);
    expect(approved.state).toBe('APPROVED');
    const noReason = await api.run(MODERATE, { id: rude.id, approve: false }, { token: staff.civilAffairs });
    expect(codeOf(noReason.errors)).toBe('BAD_USER_INPUT');
    await run<Comment>(MODERATE, { id: rude.id, approve: false, reason: '含有侮辱性言语' }, staff.civilAffairs);
    const twice = await api.run(MODERATE, { id: leaky.id, approve: false, reason: '再审' }, { token: staff.civilAffairs });
    expect(codeOf(twice.errors)).toBe('CONFLICT');

    const read = await run<Draft>(READ, { id: draft.id });
    expect(read.comments?.edges.map((edge) => edge.node.text)).toEqual(['我家老人没领到，电话138****5678，请联系。']);
    const theirs = await run<{ edges: Array<{ node: Comment & { rejectReason: string | null } }> }>(MINE, {}, neighbour);
    expect(theirs.edges.find((edge) => edge.node.id === rude.id)?.node).toMatchObject({ state: 'REJECTED', rejectReason: '含有侮辱性言语' });
  });
});

describe('采纳情况', () => {
  it('is published once after the period, a reason required where a view was not adopted; everyone who commented is told once', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const draft = await publish({ title: '关于老年助餐的决定（征求意见稿）', periodDays: 10, shortPeriodReason: '配合年度预算' });
    const a = await comment({ draftId: draft.id, text: '助餐点请增加到每个社区。' });
    const b = await comment({ draftId: draft.id, sectionId: 's1', text: '希望送餐上门，联系13900001111。' }, neighbour);
    await run<Comment>(MODERATE, { id: a.id, approve: true }, staff.civilAffairs);
    await run<Comment>(MODERATE, { id: b.id, approve: true }, staff.civilAffairs);

    const groups = [
      { point: '增加助餐点', outcome: 'ADOPTED', commentIds: [a.id] },
      { point: '送餐上门', outcome: 'NOT_ADOPTED', commentIds: [b.id] },
    ];
    const early = await api.run(FEEDBACK, { input: { draftId: draft.id, groups } }, { token: staff.civilAffairs });
    expect(codeOf(early.errors)).toBe('CONFLICT');

    setBeijingTime(api, '2026-12-20 09:00');
    const noReason = await api.run(FEEDBACK, { input: { draftId: draft.id, groups } }, { token: staff.civilAffairs });
    expect(codeOf(noReason.errors)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.message).toContain('请写明理由');
    const otherDepartment = await api.run(FEEDBACK, { input: { draftId: draft.id, groups } }, { token: staff.finance });
    expect(codeOf(otherDepartment.errors)).toBe('FORBIDDEN');

    const withReason = [groups[0], { ...groups[1], reason: '送餐上门另行研究，本决定不作规定。' }];
    const answered = await run<Draft>(FEEDBACK, { input: { draftId: draft.id, summary: '共收到意见2条。', groups: withReason } }, staff.civilAffairs);
    expect(answered.status).toBe('ANSWERED');
    expect(answered.feedback?.groups).toEqual([
      { point: '增加助餐点', outcome: 'ADOPTED', reason: null, commentCount: 1, comments: [{ id: a.id, text: '助餐点请增加到每个社区。' }] },
      { point: '送餐上门', outcome: 'NOT_ADOPTED', reason: '送餐上门另行研究，本决定不作规定。', commentCount: 1, comments: [{ id: b.id, text: '希望送餐上门，联系139****1111。' }] },
    ]);
    const again = await api.run(FEEDBACK, { input: { draftId: draft.id, groups: withReason } }, { token: staff.civilAffairs });
    expect(codeOf(again.errors)).toBe('CONFLICT');

    const outbox = createOutboxStore(api.app.dynamo, api.app.now);
    const told = async (residentId: string) => (await outbox.messagesFor(residentId)).filter((m) => m.template === 'DRAFT_FEEDBACK_PUBLISHED' && m.data.draftId === draft.id);
    expect(await told('resident-wang')).toHaveLength(1);
    expect(await told('resident-li')).toHaveLength(1);
    expect((await told('resident-li'))[0]).toMatchObject({ data: { title: '关于老年助餐的决定（征求意见稿）', department: '区民政局' }, page: `pages/drafts/feedback/index?id=${draft.id}` });
    // The hourly task finds nobody left to tell.
    expect((await runScheduledTasks(api.app)).tellDraftCommenters).toBe(0);
    expect(await told('resident-wang')).toHaveLength(1);
    const answeredList = await run<{ edges: Array<{ node: { id: string } }> }>(LIST, { status: 'ANSWERED' });
    expect(answeredList.edges.map((edge) => edge.node.id)).toContain(draft.id);
  });
});

describe('the one search box', () => {
  const SEARCH = `query($q: String!) { search(query: $q) { groups { kind hits { kind id title { text } subtitle passage { text } heading { text } } } } }`;
  type Hits = Array<{ kind: string; id: string; subtitle: string | null; heading: { text: string } | null; passage: { text: string } }>;
  const draftsFound = async (q: string) => {
    const { groups } = await run<{ groups: Array<{ kind: string; hits: Hits }> }>(SEARCH, { q }, resident);
    return groups.find((group) => group.kind === 'DRAFT')?.hits ?? [];
  };

  it("finds a draft for comment by a resident's own words, from its sections and later its 采纳情况", async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const draft = await publish({
      title: '示例区居家养老服务若干措施（征求意见稿）',
      explanation: '为让老年人在家门口得到照顾，起草了本措施。',
      sections: [
        { heading: '第一条 上门服务', text: '为失能老年人提供上门助浴、助洁服务。' },
        { heading: '第二条 日间照料', text: '每个街道建设一处日间照料中心。' },
      ],
    });
    // 养老 as typed; 老人家 is a resident's word for 老年人 (the synonym table).
    for (const words of ['养老', '老人家上门洗澡']) expect((await draftsFound(words)).map((hit) => hit.id)).toContain(draft.id);
    const hit = (await draftsFound('日间照料中心')).find((found) => found.id === draft.id);
    expect(hit).toMatchObject({ kind: 'DRAFT', subtitle: '区民政局', heading: { text: '第二条 日间照料' } });

    // Its 采纳情况 is searched once published.
    expect((await draftsFound('社区食堂')).map((found) => found.id)).not.toContain(draft.id);
    const c = await comment({ draftId: draft.id, text: '希望日间照料中心也提供午饭。' });
    await run<Comment>(MODERATE, { id: c.id, approve: true }, staff.civilAffairs);
    setBeijingTime(api, '2027-01-05 09:00');
    const groups = [{ point: '日间照料中心供餐', outcome: 'PARTLY_ADOPTED', reason: '由社区食堂就近供餐，不在中心内另设厨房。', commentIds: [c.id] }];
    await run<Draft>(FEEDBACK, { input: { draftId: draft.id, groups } }, staff.civilAffairs);
    const answered = (await draftsFound('社区食堂')).find((found) => found.id === draft.id);
    expect(answered?.heading?.text).toBe('采纳情况');
  });
});
