import { codeOf, createTestApi, type TestApi } from '../../../test/support/test-app';
import { CIVIL_AFFAIRS, COMPLETE, createProject, HOUSING, POST, PROJECT_FIELDS, readProject, renovation, signInEveryone, today, type Callers } from '../../../test/projects-support';

// Changing a project after it was created (updateProject): the lead department only, against the
// version it read, so two clerks never overwrite each other silently; a changed target or budget is
// told to residents on the timeline (计划调整) with the reason; every change is audited.

const FIELDS = 'id title summary order version leadDepartment cooperatingDepartments target { quantity unit text } budget { planned spent } status';
const EDIT = `mutation($id: ID!, $v: Int!, $input: ProjectChangesInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const LISTED = `query($d: String!) { projects(filter: { year: 2026, department: $d }) { edges { node { id title } } } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelProject(id: $id, reason: $r) { id version } }`;

type Edited = { id: string; status: string; title: string; summary: string; order: number; version: number; cooperatingDepartments: string[]; budget: { planned: number; spent: number }; target: { quantity: number; unit: string; text: string } };

let api: TestApi;
let who: Callers;

beforeAll(async () => {
  api = await createTestApi();
  who = await signInEveryone(api);
  today(api, '2026-02-10');
});
afterAll(() => api.close());

/** The changes input from a project as read, with what the test changes. */
const changes = (project: Edited, change: Record<string, unknown> = {}) => ({
  title: project.title,
  summary: project.summary,
  cooperatingDepartments: project.cooperatingDepartments,
  order: project.order,
  target: project.target,
  budgetPlanned: project.budget.planned,
  ...change,
});

async function fresh(title: string, overrides: Record<string, unknown> = {}): Promise<Edited> {
  const created = await createProject(api, who.housing, renovation({ title, ...overrides }));
  const read = await api.run<{ project: Edited }>(`query($id: ID!) { project(id: $id) { ${FIELDS} } }`, { id: created.id });
  return read.data!.project;
}

const edit = (token: string, project: Edited, version: number, change: Record<string, unknown>) =>
  api.run<{ updateProject: Edited }>(EDIT, { id: project.id, v: version, input: changes(project, change) }, { token });

it('the lead department rewords a project: residents read the new wording, the timeline stays as it was, the audit trail has it', async () => {
  const project = await fresh('口袋公园');
  const result = await edit(who.housing, project, project.version, { title: '口袋公园建设', summary: '新建口袋公园 8 个，就近散步休息。' });
  expect(result.errors).toBeUndefined();
  expect(result.data!.updateProject).toMatchObject({ title: '口袋公园建设', summary: '新建口袋公园 8 个，就近散步休息。', version: project.version + 1 });
  const seen = await readProject(api, project.id);
  expect(seen.title).toBe('口袋公园建设');
  // Wording is not a change of plan: nothing new on the public timeline.
  expect(seen.updates.edges).toEqual([]);
  const trail = await api.app.audit.trail('project', project.id);
  expect(trail.map((entry) => entry.action)).toContain('project.edit');
  expect(trail.find((entry) => entry.action === 'project.edit')?.details).toMatchObject({ changed: ['title', 'summary'] });
});

it('a changed budget or target is put on the timeline as 计划调整, from what to what and why; without a reason it is refused', async () => {
  const project = await fresh('老年助餐');
  const noReason = await edit(who.housing, project, project.version, { budgetPlanned: 150_000_000 });
  expect(noReason.errors?.[0]).toMatchObject({ message: '改了目标或安排资金，要写调整原因；原因会和调整一起公开给居民看。', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });

  const reason = '市级补助资金到位，增加改造小区。';
  const result = await edit(who.housing, project, project.version, { budgetPlanned: 150_000_000, target: { quantity: 35, unit: '个', text: '完成35个老旧小区改造' }, reason });
  expect(result.data!.updateProject.budget).toEqual({ planned: 150_000_000, spent: 0 });
  // A new plan is not work done: nothing has started yet.
  expect(result.data!.updateProject.status).toBe('NOT_STARTED');
  const [entry] = (await readProject(api, project.id)).updates.edges.map((e) => e.node);
  expect(entry).toMatchObject({
    kind: 'PLAN_CHANGED',
    department: HOUSING,
    text: `计划调整：目标由 30 个（完成30个老旧小区改造） 调整为 35 个（完成35个老旧小区改造）；安排资金由 12000 万元 调整为 15000 万元。调整原因：${reason}`,
  });
});

it('a 计划调整 cannot be corrected (the page offers no 更正 for it): it is put right by changing the plan again', async () => {
  const project = await fresh('老年食堂');
  await edit(who.housing, project, project.version, { budgetPlanned: 130_000_000, reason: '增加两个街道的助餐点。' });
  const [planChange] = (await readProject(api, project.id)).updates.edges.map((e) => e.node);
  const refused = await api.run(POST, { id: project.id, input: { text: '更正：安排资金应为 13500 万元。', corrects: planChange!.id } }, { token: who.housing });
  expect(refused.errors?.[0]).toMatchObject({ message: '计划调整不能更正：目标或安排资金有误，请在“修改项目”里再调整一次，写明原因。', extensions: { code: 'BAD_USER_INPUT', field: 'corrects' } });
  const seen = await readProject(api, project.id);
  expect(seen.updates.edges.map((e) => e.node)).toEqual([{ ...planChange, correctedBy: [] }]);
  expect(seen.budget).toMatchObject({ planned: 130_000_000 });
});

it('a 项目取消 cannot be corrected either (the page offers no 更正 for it): the cancellation and its reason stay as they were', async () => {
  const project = await fresh('社区书屋');
  await api.run(CANCEL, { id: project.id, r: '与街道文化站项目合并。' }, { token: who.housing });
  const [cancelled] = (await readProject(api, project.id)).updates.edges.map((e) => e.node);
  const refused = await api.run(POST, { id: project.id, input: { text: '更正：取消原因应为场地另作他用。', corrects: cancelled!.id } }, { token: who.housing });
  expect(refused.errors?.[0]).toMatchObject({ message: '项目取消不能更正：项目撤销后不能恢复，取消原因也不能再改。', extensions: { code: 'BAD_USER_INPUT', field: 'corrects' } });
  const seen = await readProject(api, project.id);
  expect(seen.updates.edges.map((e) => e.node)).toEqual([{ ...cancelled, correctedBy: [] }]);
  expect(seen.status).toBe('CANCELLED');
});

it('a second clerk editing what the first already changed gets CONFLICT, not a silent overwrite; the same edit sent twice is one', async () => {
  const project = await fresh('加装电梯');
  const first = await edit(who.housing, project, project.version, { summary: '第一位工作人员改的简介。' });
  expect(first.data!.updateProject.version).toBe(project.version + 1);
  // A double tap of the same edit: the project is already so.
  expect((await edit(who.housing, project, project.version, { summary: '第一位工作人员改的简介。' })).data!.updateProject.version).toBe(project.version + 1);

  const second = await edit(who.admin, project, project.version, { summary: '第二位工作人员改的简介。' });
  expect(second.errors?.[0]).toMatchObject({ message: '这个项目在您打开以后被别人修改过了，请刷新页面，看一看现在的内容再改。', extensions: { code: 'CONFLICT' } });
  expect((await api.run<{ project: Edited }>(`query($id: ID!) { project(id: $id) { summary } }`, { id: project.id })).data!.project.summary).toBe('第一位工作人员改的简介。');
});

it('progress posted while a clerk edits is kept: spending and the edit both stand', async () => {
  const project = await fresh('便民停车');
  await Promise.all([
    edit(who.housing, project, project.version, { title: '便民停车泊位' }),
    api.run(POST, { id: project.id, input: { text: '新增泊位 200 个。', spending: 3_000_000 } }, { token: who.civilAffairs }),
  ]);
  const seen = await readProject(api, project.id);
  expect(seen).toMatchObject({ title: '便民停车泊位', budget: { planned: 120_000_000, spent: 3_000_000 } });
});

it('co-operating departments change: a department added finds the project in its list, one taken off no longer does', async () => {
  const project = await fresh('农贸市场');
  const listed = async (department: string) =>
    (await api.run<{ projects: { edges: Array<{ node: { id: string } }> } }>(LISTED, { d: department }, { token: who.admin })).data!.projects.edges.some((e) => e.node.id === project.id);
  expect(await listed(CIVIL_AFFAIRS)).toBe(true);
  const result = await edit(who.housing, project, project.version, { cooperatingDepartments: ['区财政局'] });
  expect(result.data!.updateProject.cooperatingDepartments).toEqual(['区财政局']);
  expect(await listed('区财政局')).toBe(true);
  expect(await listed(CIVIL_AFFAIRS)).toBe(false);
});

it('a new order moves the project in its list', async () => {
  const a = await fresh('公交线路', { list: '2026年排序测试清单' });
  const b = await fresh('老年人体检', { list: '2026年排序测试清单' });
  await edit(who.housing, b, b.version, { order: 1 });
  await edit(who.housing, a, a.version, { order: 2 });
  const lists = await api.run<{ projectLists: Array<{ name: string; projects: Array<{ title: string; order: number }> }> }>(
    `{ projectLists(year: 2026) { name projects { title order } } }`,
  );
  expect(lists.data!.projectLists.find((list) => list.name === '2026年排序测试清单')?.projects).toEqual([
    { title: '老年人体检', order: 1 },
    { title: '公交线路', order: 2 },
  ]);
});

it('other departments and residents are FORBIDDEN, a co-operating one too; a cancelled project cannot be changed; a completed one keeps its target and budget', async () => {
  const project = await fresh('职业技能培训', { milestones: [{ title: '全部完成', plannedDate: '2026-06-30' }] });
  expect(codeOf((await edit(who.finance, project, project.version, { title: '别的部门改的' })).errors)).toBe('FORBIDDEN');
  expect(codeOf((await edit(who.civilAffairs, project, project.version, { title: '配合单位改的' })).errors)).toBe('FORBIDDEN');
  expect(codeOf((await edit(who.wang, project, project.version, { title: '居民改的' })).errors)).toBe('FORBIDDEN');

  const [milestone] = (await readProject(api, project.id)).milestones;
  await api.run(COMPLETE, { m: milestone!.id, d: '2026-02-09' }, { token: who.housing });
  expect((await readProject(api, project.id)).status).toBe('COMPLETED');
  const version = (await api.run<{ project: Edited }>(`query($id: ID!) { project(id: $id) { version } }`, { id: project.id })).data!.project.version;
  const budget = await edit(who.housing, project, version, { budgetPlanned: 1, reason: '结算' });
  expect(budget.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '项目已经完成，目标和安排资金不能再改；写错了的地方请发布一条更正说明。' });
  expect((await edit(who.housing, project, version, { summary: '已经全部完成。' })).data!.updateProject.summary).toBe('已经全部完成。');

  const other = await fresh('社区食堂');
  const cancelled = await api.run<{ cancelProject: { version: number } }>(CANCEL, { id: other.id, r: '与老年助餐项目合并。' }, { token: who.housing });
  const refused = await edit(who.housing, other, cancelled.data!.cancelProject.version, { title: '社区食堂（已合并）' });
  expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: '项目已经取消了，不能再修改。' });
});

it('says what is wrong with a change in plain words', async () => {
  const project = await fresh('背街小巷整治');
  const empty = await edit(who.housing, project, project.version, { title: '  ' });
  expect(empty.errors?.[0]).toMatchObject({ message: '请填写项目名称。', extensions: { code: 'BAD_USER_INPUT' } });
  const order = await edit(who.housing, project, project.version, { order: 1000 });
  expect(order.errors?.[0]?.message).toBe('排序要是 1 到 999 之间的整数。');
  expect(codeOf((await api.run(EDIT, { id: 'nope', v: 1, input: changes(project) }, { token: who.housing })).errors)).toBe('NOT_FOUND');
});

// A milestone put right after the project was created (correctMilestone): by the lead department only,
// while it is not done; its planned date only while that has not passed (a late milestone stays late
// and is explained); residents are told on the timeline (计划调整) with the reason; audited.

const CORRECT = `mutation($m: ID!, $input: MilestoneCorrectionInput!) { correctMilestone(milestoneId: $m, input: $input) { ${PROJECT_FIELDS} } }`;
type Milestone = { id: string; title: string; plannedDate: string; done: boolean; overdue: boolean };
type Corrected = { correctMilestone: { status: string; milestones: Milestone[] } };

const correct = (token: string, milestoneId: string, input: Record<string, unknown>) => api.run<Corrected>(CORRECT, { m: milestoneId, input }, { token });

it('the lead department corrects a milestone’s name and planned date; residents read the change and its reason on the timeline; audited; sent twice, once', async () => {
  today(api, '2026-02-10');
  const project = await createProject(api, who.housing, renovation({ title: '老旧小区改造（更正节点）' }));
  const first = project.milestones[0]!.id;
  const input = { title: '完成施工图设计', plannedDate: '2026-04-30', reason: '设计招标延后，施工图设计一并完成。' };
  const corrected = await correct(who.housing, first, input);
  expect(corrected.errors).toBeUndefined();
  expect(corrected.data!.correctMilestone.milestones[0]).toMatchObject({ id: first, title: '完成施工图设计', plannedDate: '2026-04-30', done: false, overdue: false });
  // A new plan is not work done: nothing has started yet.
  expect(corrected.data!.correctMilestone.status).toBe('NOT_STARTED');
  expect((await correct(who.housing, first, input)).errors).toBeUndefined();

  const seen = await readProject(api, project.id, who.wang);
  expect(seen.milestones[0]).toMatchObject({ title: '完成施工图设计', plannedDate: '2026-04-30' });
  expect(seen.updates.edges.map((e) => e.node)).toEqual([
    expect.objectContaining({
      kind: 'PLAN_CHANGED',
      department: HOUSING,
      milestoneId: first,
      text: '计划调整：节点「完成方案设计」改名为「完成施工图设计」；节点「完成施工图设计」的计划完成日期由2026年3月31日调整为2026年4月30日。调整原因：设计招标延后，施工图设计一并完成。',
    }),
  ]);
  const trail = await api.app.audit.trail('project', project.id);
  expect(trail.filter((r) => r.action === 'project.correctMilestone').map((r) => r.details)).toEqual([{ milestone: first, changed: ['title', 'plannedDate'] }]);
});

it('refuses in plain words: another department, a done milestone, a date already passed or moved into the past, no reason, a cancelled project', async () => {
  today(api, '2026-02-10');
  const project = await createProject(api, who.housing, renovation({ title: '老旧小区改造（不能改的节点）' }));
  const [design, start, , acceptance] = project.milestones.map((m) => m.id);
  const ok = { title: '全部开工', plannedDate: '2026-06-15', reason: '施工许可办理时间比预计长。' };

  expect(codeOf((await correct(who.civilAffairs, start!, ok)).errors)).toBe('FORBIDDEN');
  const noReason = await correct(who.housing, start!, { ...ok, reason: ' ' });
  expect(noReason.errors?.[0]).toMatchObject({ message: '请填写调整原因。', extensions: { code: 'BAD_USER_INPUT' } });
  const noName = await correct(who.housing, start!, { ...ok, title: '' });
  expect(noName.errors?.[0]).toMatchObject({ message: '请填写节点名称。', extensions: { code: 'BAD_USER_INPUT' } });
  const past = await correct(who.housing, start!, { ...ok, plannedDate: '2026-02-01' });
  expect(past.errors?.[0]).toMatchObject({ message: '计划完成日期不能早于今天。', extensions: { code: 'BAD_USER_INPUT', field: 'plannedDate' } });

  await api.run(COMPLETE, { m: design, d: '2026-02-09' }, { token: who.housing });
  const done = await correct(who.housing, design!, { title: '完成方案', plannedDate: '2026-03-31', reason: '名称写错了。' });
  expect(done.errors?.[0]).toMatchObject({ message: '这个节点已经完成了，不能再改；写错了的地方请发布一条更正说明。', extensions: { code: 'BAD_USER_INPUT' } });

  // Once its planned date has passed, the date stays (the milestone is late and explained); the name may still be put right.
  today(api, '2026-05-20');
  const late = await correct(who.housing, start!, ok);
  expect(late.errors?.[0]).toMatchObject({ message: '这个节点的计划完成日期已经过了，不能再改；晚了请说明延期原因。', extensions: { code: 'BAD_USER_INPUT', field: 'plannedDate' } });
  const renamed = await correct(who.housing, start!, { title: '30个小区全部开工', plannedDate: '2026-05-15', reason: '写明开工的小区数。' });
  expect(renamed.data?.correctMilestone.milestones[1]).toMatchObject({ title: '30个小区全部开工', plannedDate: '2026-05-15', overdue: true });
  today(api, '2026-02-10');

  await api.run(CANCEL, { id: project.id, r: '与街道项目合并。' }, { token: who.housing });
  const cancelled = await correct(who.housing, acceptance!, { title: '竣工验收', plannedDate: '2026-12-31', reason: '验收推迟。' });
  expect(cancelled.errors?.[0]).toMatchObject({ message: '项目已经取消了。', extensions: { code: 'BAD_USER_INPUT' } });
  const seen = await readProject(api, project.id);
  expect((seen.milestones as unknown as Milestone[]).map((m) => [m.title, m.plannedDate])).toEqual([
    ['完成方案设计', '2026-03-31'],
    ['30个小区全部开工', '2026-05-15'],
    ['主体工程完工', '2026-09-30'],
    ['竣工验收', '2026-12-15'],
  ]);
});
