import { buildSchema, getNamedType } from 'graphql';
import { typeDefs } from '../api/src/generated/type-defs';
import { codeOf, createTestApi, type TestApi } from './support/test-app';
import { CANCEL, CIVIL_AFFAIRS, COMPLETE, CREATE, createProject, EXPLAIN, HOUSING, LIST, POST, readProject, renovation, signInEveryone, today, UPLOAD, type Callers, type Project } from './projects-support';

// Livelihood projects as staff and the public meet them: derived progress and status, overdue
// milestones in working days, who may change what, and a history that only grows.

let api: TestApi;
let who: Callers;

beforeAll(async () => {
  api = await createTestApi();
  who = await signInEveryone(api);
});
afterAll(() => api.close());

describe('progress and status are derived, never typed in', () => {
  let project: Project;

  it('starts NOT_STARTED at 0 %, with the budget as planned and nothing spent', async () => {
    today(api, '2026-01-10');
    project = await createProject(api, who.housing, renovation());
    expect(project).toMatchObject({ status: 'NOT_STARTED', progress: 0, progressBasis: 'MILESTONES', leadDepartment: HOUSING, cooperatingDepartments: [CIVIL_AFFAIRS] });
    expect(project.budget).toEqual({ planned: 120_000_000, spent: 0, spentPercent: 0 });
    expect(project.milestones.map((m) => m.id)).toEqual([1, 2, 3, 4].map((n) => `${project.id}.${n}`));
  });

  it('has no way to type a progress or a status in', async () => {
    const result = await api.run(CREATE, { input: { ...renovation({ title: '另一个项目' }), progress: 80, status: 'COMPLETED' } }, { token: who.housing });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    const schema = buildSchema(typeDefs);
    for (const inputName of ['ProjectInput', 'ProjectMilestoneInput', 'ProjectUpdateInput']) {
      const type = schema.getType(inputName);
      const fields = type && 'getFields' in type ? Object.keys(type.getFields()) : [];
      expect(fields.length).toBeGreaterThan(0);
      for (const derived of ['progress', 'status', 'spent', 'overdue', 'done']) expect([inputName, fields]).not.toEqual([inputName, expect.arrayContaining([derived])]);
    }
  });

  it('moves with the milestones done, by their weights', async () => {
    today(api, '2026-03-28');
    const first = await api.run<{ completeMilestone: Project }>(COMPLETE, { m: `${project.id}.1`, d: '2026-03-28' }, { token: who.housing });
    expect(first.data!.completeMilestone).toMatchObject({ status: 'IN_PROGRESS', progress: 16 }); // 1 of 6
    today(api, '2026-05-10');
    await api.run(COMPLETE, { m: `${project.id}.2`, d: '2026-05-10' }, { token: who.housing });
    today(api, '2026-09-26');
    const third = await api.run<{ completeMilestone: Project }>(COMPLETE, { m: `${project.id}.3`, d: '2026-09-26', note: '主体工程全部完工。' }, { token: who.housing });
    expect(third.data!.completeMilestone.progress).toBe(83); // 5 of 6
    expect(third.data!.completeMilestone.milestones[2]).toMatchObject({ done: true, actualDate: '2026-09-26', overdue: false });
  });

  it('refuses a completion date in the future, and a second different date for the same milestone', async () => {
    const future = await api.run(COMPLETE, { m: `${project.id}.4`, d: '2026-12-01' }, { token: who.housing });
    expect(codeOf(future.errors)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.message).toBe('实际完成日期不能晚于今天。');
    const again = await api.run(COMPLETE, { m: `${project.id}.3`, d: '2026-09-20' }, { token: who.housing });
    expect(codeOf(again.errors)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('这个节点已经在 2026年9月26日 标记完成了；如有错误，请发布一条更正说明。');
    const same = await api.run<{ completeMilestone: Project }>(COMPLETE, { m: `${project.id}.3`, d: '2026-09-26' }, { token: who.housing });
    expect(same.data!.completeMilestone.progress).toBe(83);
  });

  it('is COMPLETED at 100 % once the last milestone is done', async () => {
    today(api, '2026-12-10');
    const last = await api.run<{ completeMilestone: Project }>(COMPLETE, { m: `${project.id}.4`, d: '2026-12-10' }, { token: who.housing });
    expect(last.data!.completeMilestone).toMatchObject({ status: 'COMPLETED', progress: 100, completedDate: '2026-12-10' });
    const timeline = (await readProject(api, project.id)).updates.edges.map((e) => e.node);
    expect(timeline.map((update) => update.kind)).toEqual(['MILESTONE_DONE', 'MILESTONE_DONE', 'MILESTONE_DONE', 'MILESTONE_DONE']);
    // Residents read the date as a date, not as 2026-09-26, in a sentence without a space before it.
    expect(timeline[1]!.text).toMatch(/」已于2026年9月26日完成。主体工程全部完工。$/u);
  });
});

describe('a late milestone', () => {
  let project: Project;

  beforeAll(async () => {
    today(api, '2026-01-10');
    project = await createProject(api, who.housing, renovation({ title: '加装电梯', milestones: [{ title: '完成审批', plannedDate: '2026-09-30' }, { title: '全部完工', plannedDate: '2026-12-31' }] }));
  });

  it('is overdue the day after its planned date (no grace by default) and the project DELAYED', async () => {
    today(api, '2026-09-30');
    expect((await readProject(api, project.id)).status).toBe('NOT_STARTED');
    today(api, '2026-10-01');
    const late = await readProject(api, project.id);
    expect(late.status).toBe('DELAYED');
    expect(late.milestones[0]).toMatchObject({ overdue: true, needsExplanation: true, overdueWorkingDays: 0, delayReason: null });
    // The 工作台 counts it under 延期待说明 without a second, overdue figure: every one counted is late.
    const bench = await api.run<{ workbench: { counts: Array<{ key: string; count: number; overdue: number | null; detail: string | null }> } }>(`{ workbench { counts { key count overdue detail } } }`, {}, { token: who.housing });
    const owed = bench.data!.workbench.counts.find((c) => c.key === 'delayReasons');
    expect(owed).toMatchObject({ overdue: null, detail: '逾期的进度节点要向居民说明原因' });
    expect(owed!.count).toBeGreaterThanOrEqual(1);
    today(api, '2026-10-12');
    expect((await readProject(api, project.id)).milestones[0]!.overdueWorkingDays).toBe(4); // 10-08, 10-09, 10-10 (调休), 10-12
  });

  it('asks the lead department for a reason, which everyone then sees, on the timeline too', async () => {
    const reason = '审批材料需补充消防意见，预计10月底完成。';
    expect(codeOf((await api.run(EXPLAIN, { m: `${project.id}.1`, r: reason }, { token: who.civilAffairs })).errors)).toBe('FORBIDDEN');
    const explained = await api.run<{ explainDelay: Project }>(EXPLAIN, { m: `${project.id}.1`, r: reason }, { token: who.housing });
    expect(explained.data!.explainDelay.milestones[0]).toMatchObject({ overdue: true, needsExplanation: false, delayReason: reason, delayExplainedBy: HOUSING });
    const seen = await readProject(api, project.id);
    expect(seen.milestones[0]!.delayReason).toBe(reason);
    expect(seen.updates.edges[0]!.node).toMatchObject({ kind: 'DELAY_EXPLAINED', department: HOUSING, milestoneId: `${project.id}.1` });
    expect(seen.updates.edges[0]!.node.text).toContain(reason);
  });

  it('cannot be explained before it is late', async () => {
    const early = await api.run(EXPLAIN, { m: `${project.id}.2`, r: '提前说明' }, { token: who.housing });
    expect(codeOf(early.errors)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toBe('这个节点还没有逾期，不需要说明原因。');
  });

  it('names the district office when it explains a delay, on the milestone as on the timeline', async () => {
    today(api, '2026-10-20');
    const reason = '区政府办公室协调中：审批改由区住建局和消防部门联合办理。';
    const explained = await api.run<{ explainDelay: Project }>(EXPLAIN, { m: `${project.id}.1`, r: reason }, { token: who.admin });
    expect(explained.data!.explainDelay.milestones[0]).toMatchObject({ delayReason: reason, delayExplainedBy: '区政府办公室' });
    expect((await readProject(api, project.id)).updates.edges[0]!.node).toMatchObject({ kind: 'DELAY_EXPLAINED', department: '区政府办公室' });
  });

  it('counts a grace in working days when the setting asks for one', async () => {
    const graced = await createTestApi({ projectOverdueWorkingDays: 3 });
    try {
      const staff = await signInEveryone(graced);
      today(graced, '2026-01-10');
      const p = await createProject(graced, staff.housing, renovation({ milestones: [{ title: '完成审批', plannedDate: '2026-09-30' }] }));
      // 3 working days after 09-30: 10-08, 10-09 and Saturday 10-10 (调休) — the holiday does not count.
      today(graced, '2026-10-10');
      expect((await readProject(graced, p.id)).milestones[0]!.overdue).toBe(false);
      today(graced, '2026-10-11');
      expect((await readProject(graced, p.id)).milestones[0]!.overdue).toBe(true);
    } finally {
      await graced.close();
    }
  });
});

describe('who may change a project', () => {
  let project: Project;
  const mutations = () => [
    { name: 'postProjectUpdate', query: POST, variables: { id: project.id, input: { text: '本周完成管网改造2公里。' } }, coOperating: true },
    { name: 'requestPhotoUpload', query: UPLOAD, variables: { id: project.id, type: 'image/jpeg', bytes: 1000 }, coOperating: true },
    { name: 'completeMilestone', query: COMPLETE, variables: { m: `${project.id}.1`, d: '2026-03-30' }, coOperating: false },
    { name: 'explainDelay', query: EXPLAIN, variables: { m: `${project.id}.2`, r: '材料未到场。' }, coOperating: false },
    { name: 'cancelProject', query: CANCEL, variables: { id: project.id, r: '并入其他项目。' }, coOperating: false },
  ];

  beforeAll(async () => {
    today(api, '2026-01-10');
    project = await createProject(api, who.housing, renovation({ title: '便民停车', milestones: [{ title: '选址', plannedDate: '2026-03-31' }, { title: '建成', plannedDate: '2026-05-31' }] }));
    today(api, '2026-06-15');
  });

  it('asks someone not signed in to sign in, and forbids residents and other departments, for every staff mutation', async () => {
    for (const m of mutations()) {
      expect([m.name, codeOf((await api.run(m.query, m.variables)).errors)]).toEqual([m.name, 'UNAUTHENTICATED']);
      expect([m.name, codeOf((await api.run(m.query, m.variables, { token: who.wang })).errors)]).toEqual([m.name, 'FORBIDDEN']);
      expect([m.name, codeOf((await api.run(m.query, m.variables, { token: who.finance })).errors)]).toEqual([m.name, 'FORBIDDEN']);
    }
  });

  it('tells each caller what they may do (viewerCan), by the same rules', async () => {
    const can = async (token?: string) =>
      (await api.run<{ project: { viewerCan: object } }>(`query($id: ID!) { project(id: $id) { viewerCan { manage report readPersonalData decideAppeal } } }`, { id: project.id }, { token })).data!.project.viewerCan;
    const none = { manage: false, report: false, readPersonalData: false, decideAppeal: false };
    expect(await can(who.housing)).toEqual({ ...none, manage: true, report: true });
    expect(await can(who.admin)).toEqual({ ...none, manage: true, report: true });
    expect(await can(who.civilAffairs)).toEqual({ ...none, report: true });
    for (const token of [who.finance, who.wang, undefined]) expect(await can(token)).toEqual(none);
  });

  it('lets a co-operating department report progress and photos, but not manage the project', async () => {
    for (const m of mutations()) {
      const result = await api.run(m.query, m.variables, { token: who.civilAffairs });
      expect([m.name, m.coOperating ? result.errors : codeOf(result.errors)]).toEqual([m.name, m.coOperating ? undefined : 'FORBIDDEN']);
    }
  });

  it('lets the lead department and district admins do all of it', async () => {
    for (const m of mutations()) {
      const token = m.name === 'cancelProject' ? who.admin : who.housing;
      expect([m.name, (await api.run(m.query, m.variables, { token })).errors]).toEqual([m.name, undefined]);
    }
    const cancelled = await readProject(api, project.id);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledReason: '并入其他项目。' });
    expect(cancelled.updates.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ kind: 'CANCELLED', text: '并入其他项目。' }));
  });

  it('lets editors create projects only for their own department', async () => {
    const input = renovation({ title: '社区食堂', leadDepartment: CIVIL_AFFAIRS });
    expect(codeOf((await api.run(CREATE, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(CREATE, { input }, { token: who.wang })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE, { input }, { token: who.housing })).errors)).toBe('FORBIDDEN');
    const own = await api.run<{ createProject: Project }>(CREATE, { input }, { token: who.civilAffairs });
    expect(own.data!.createProject.leadDepartment).toBe(CIVIL_AFFAIRS);
    const twice = await api.run<{ createProject: Project }>(CREATE, { input }, { token: who.civilAffairs });
    expect(twice.data!.createProject.id).toBe(own.data!.createProject.id);
  });
});

describe('the history only grows', () => {
  let project: Project;

  beforeAll(async () => {
    today(api, '2026-02-01');
    project = await createProject(api, who.housing, renovation({ title: '口袋公园', budgetPlanned: 9_600_000, milestones: [{ title: '建成开放', plannedDate: '2026-10-31' }] }));
  });

  it('has no mutation that could change or delete an entry', () => {
    const schema = buildSchema(typeDefs);
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const touchingUpdates = mutations.filter((field) => getNamedType(field.type).name === 'ProjectUpdate');
    expect(touchingUpdates.map((field) => field.name)).toEqual(['postProjectUpdate']);
    // updateProject changes the project's details (answering with the Project), never an entry: a new plan is a new entry (计划调整).
    expect(mutations.map((field) => field.name).filter((name) => /update|delete|remove|edit/iu.test(name) && /project/iu.test(name))).toEqual(['postProjectUpdate', 'updateProject']);
    expect(getNamedType(schema.getMutationType()!.getFields().updateProject!.type).name).toBe('Project');
    expect(touchingUpdates[0]!.args.map((arg) => arg.name).sort()).toEqual(['input', 'projectId']);
  });

  it('sums spending from the entries, once however often an entry is sent', async () => {
    today(api, '2026-05-20');
    const input = { text: '8个口袋公园全部开工。', spending: 1_200_000, figures: [{ label: '开工', value: 8, unit: '个' }] };
    const [a, b] = await Promise.all([api.run<{ postProjectUpdate: { id: string } }>(POST, { id: project.id, input }, { token: who.housing }), api.run<{ postProjectUpdate: { id: string } }>(POST, { id: project.id, input }, { token: who.housing })]);
    expect(a.data!.postProjectUpdate.id).toBe(b.data!.postProjectUpdate.id);
    const seen = await readProject(api, project.id);
    expect(seen.budget).toEqual({ planned: 9_600_000, spent: 1_200_000, spentPercent: 12 });
    expect(seen.updates.edges).toHaveLength(1);
    expect(seen.status).toBe('IN_PROGRESS');
  });

  it('puts a mistake right with a new entry that names the one it corrects; the first stays as it was', async () => {
    const wrong = (await readProject(api, project.id)).updates.edges[0]!.node;
    expect(codeOf((await api.run(POST, { id: project.id, input: { text: '多报了。', spending: -180_000 } }, { token: who.housing })).errors)).toBe('BAD_USER_INPUT');
    today(api, '2026-05-22');
    const correction = await api.run<{ postProjectUpdate: { id: string; kind: string; corrects: string } }>(
      POST,
      { id: project.id, input: { text: '更正：5月20日报告的资金含18万元尚未支付的设计费，实际使用102万元。', spending: -180_000, corrects: wrong.id } },
      { token: who.housing },
    );
    expect(correction.data!.postProjectUpdate).toMatchObject({ kind: 'CORRECTION', corrects: wrong.id });
    const seen = await readProject(api, project.id);
    expect(seen.budget.spent).toBe(1_020_000);
    expect(seen.updates.edges.map((e) => e.node.id)).toEqual([correction.data!.postProjectUpdate.id, wrong.id]);
    expect(seen.updates.edges[1]!.node).toEqual({ ...wrong, correctedBy: [correction.data!.postProjectUpdate.id] });
  });

  it('refuses a correction of an entry that is not there, or one that would take spending below nothing', async () => {
    expect(codeOf((await api.run(POST, { id: project.id, input: { text: '更正', corrects: '0000000000000000' } }, { token: who.housing })).errors)).toBe('NOT_FOUND');
    const first = (await readProject(api, project.id)).updates.edges[1]!.node;
    const tooMuch = await api.run(POST, { id: project.id, input: { text: '更正：全部退回。', spending: -5_000_000, corrects: first.id } }, { token: who.housing });
    expect(codeOf(tooMuch.errors)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0]?.message).toBe('更正后已使用的资金不能少于 0 元。');
    expect((await readProject(api, project.id)).budget.spent).toBe(1_020_000);
  });

  it("writes an audit record for every staff change", async () => {
    const trail = await api.app.audit.trail('project', project.id);
    expect(trail.map((record) => record.action)).toEqual(['project.create', 'project.update', 'project.update']);
  });
});

describe('child projects', () => {
  it("roll up into the parent by planned budget; the parent's lead manages them too", async () => {
    today(api, '2026-01-15');
    const parent = await createProject(api, who.housing, renovation({ title: '老旧小区改造（分片区）', budgetPlanned: 0, milestones: [] }));
    const child = (title: string, budget: number) =>
      createProject(api, who.housing, renovation({ title, parentId: parent.id, budgetPlanned: budget, leadDepartment: '城东街道办事处', milestones: [{ title: '开工', plannedDate: '2026-05-15' }, { title: '完工', plannedDate: '2026-11-30' }] }));
    const east = await child('城东片区', 30_000_000);
    const west = await child('城西片区', 10_000_000);
    today(api, '2026-05-10');
    for (const m of [`${east.id}.1`, `${west.id}.1`]) expect((await api.run(COMPLETE, { m, d: '2026-05-10' }, { token: who.housing })).errors).toBeUndefined();
    today(api, '2026-09-01');
    expect((await api.run(COMPLETE, { m: `${west.id}.2`, d: '2026-09-01' }, { token: who.housing })).errors).toBeUndefined();
    expect(codeOf((await api.run(COMPLETE, { m: `${east.id}.2`, d: '2026-09-01' }, { token: who.finance })).errors)).toBe('FORBIDDEN');
    const viewerCan = `query($id: ID!) { project(id: $id) { viewerCan { manage report } } }`;
    expect((await api.run(viewerCan, { id: east.id }, { token: who.housing })).data).toEqual({ project: { viewerCan: { manage: true, report: true } } });
    expect((await api.run(viewerCan, { id: east.id }, { token: who.finance })).data).toEqual({ project: { viewerCan: { manage: false, report: false } } });
    const rolled = await api.run<{ project: Project & { children: Array<{ title: string; progress: number; status: string }> } }>(
      `query($id: ID!) { project(id: $id) { status progress progressBasis budget { planned } children { title progress status } } }`,
      { id: parent.id },
    );
    expect(rolled.data!.project).toMatchObject({ status: 'IN_PROGRESS', progress: 62, progressBasis: 'CHILDREN', budget: { planned: 40_000_000 } }); // (50×3 + 100×1) / 4
    expect(rolled.data!.project.children).toEqual([
      { title: '城东片区', progress: 50, status: 'IN_PROGRESS' },
      { title: '城西片区', progress: 100, status: 'COMPLETED' },
    ]);
  });

  it('cannot be added to a project that has milestones of its own', async () => {
    const withMilestones = await createProject(api, who.housing, renovation({ title: '有节点的项目' }));
    const refused = await api.run(CREATE, { input: renovation({ title: '子项目', parentId: withMilestones.id }) }, { token: who.housing });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
  });
});

describe('lists', () => {
  let fresh: TestApi;
  let staff: Callers;

  beforeAll(async () => {
    fresh = await createTestApi();
    staff = await signInEveryone(fresh);
    today(fresh, '2026-01-10');
    for (const [i, [title, plannedDate]] of [['老旧小区改造', '2026-03-31'], ['加装电梯', '2026-04-30'], ['便民停车', '2026-05-31']].entries()) {
      await createProject(fresh, staff.housing, renovation({ title, order: i + 1, budgetPlanned: (i + 1) * 1_000_000, milestones: [{ title: '完工', plannedDate }] }));
    }
    await createProject(fresh, staff.civilAffairs, renovation({ title: '社区食堂', leadDepartment: CIVIL_AFFAIRS, cooperatingDepartments: [], order: 4, milestones: [{ title: '开业', plannedDate: '2026-12-31' }] }));
    await createProject(fresh, staff.housing, renovation({ year: 2025, list: '2025年区十大民生实事', title: '去年的项目' }));
    today(fresh, '2026-04-15');
  });
  afterAll(() => fresh.close());

  const titles = async (filter: Record<string, unknown>, first = 20, after?: string) => {
    const result = await fresh.run<{ projects: { edges: Array<{ cursor: string; node: { title: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
      `query($f: ProjectFilter, $first: Int, $after: String) { projects(filter: $f, first: $first, after: $after) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`,
      { f: filter, first, after },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return { titles: result.data.projects.edges.map((e) => e.node.title), pageInfo: result.data.projects.pageInfo };
  };

  it('lists a year in list order, by status as derived today, and by department (co-operating included)', async () => {
    expect((await titles({ year: 2026 })).titles).toEqual(['老旧小区改造', '加装电梯', '便民停车', '社区食堂']);
    expect((await titles({ year: 2026, list: LIST, status: 'DELAYED' })).titles).toEqual(['老旧小区改造']); // planned 03-31
    expect((await titles({ status: 'NOT_STARTED', department: CIVIL_AFFAIRS })).titles).toEqual(['加装电梯', '便民停车', '社区食堂']);
    expect((await titles({})).titles).toEqual(['老旧小区改造', '加装电梯', '便民停车', '社区食堂', '去年的项目']);
  });

  it('pages with cursors, and refuses a cursor from another list', async () => {
    const first = await titles({ year: 2026 }, 2);
    expect(first).toMatchObject({ titles: ['老旧小区改造', '加装电梯'], pageInfo: { hasNextPage: true } });
    const second = await titles({ year: 2026 }, 2, first.pageInfo.endCursor!);
    expect(second).toMatchObject({ titles: ['便民停车', '社区食堂'], pageInfo: { hasNextPage: false } });
    const mixed = await fresh.run(`query($a: String) { projects(filter: { year: 2025 }, after: $a) { edges { cursor } } }`, { a: first.pageInfo.endCursor });
    expect(codeOf(mixed.errors)).toBe('BAD_USER_INPUT');
  });

  it("gives each year's list its overall progress, weighted by budget", async () => {
    today(fresh, '2026-04-15');
    const ids = (await fresh.run<{ projects: { edges: Array<{ node: { id: string; title: string } }> } }>(`{ projects(filter: { year: 2026 }) { edges { node { id title } } } }`)).data!.projects.edges;
    const byTitle = Object.fromEntries(ids.map((e) => [e.node.title, e.node.id]));
    await fresh.run(COMPLETE, { m: `${byTitle['便民停车']}.1`, d: '2026-04-10' }, { token: staff.housing });
    const lists = await fresh.run<{ projectLists: Array<{ name: string; progress: number; budget: { planned: number }; statusCounts: Array<{ status: string; count: number }>; projects: Array<{ title: string }> }> }>(
      `{ projectLists(year: 2026) { name progress budget { planned } statusCounts { status count } projects { title } } }`,
    );
    const [list] = lists.data!.projectLists;
    // 3 M of 126 M planned is done: 便民停车 (3 M) complete, the rest at 0.
    expect(list).toMatchObject({ name: LIST, progress: Math.floor((3_000_000 / 126_000_000) * 100), budget: { planned: 126_000_000 } });
    expect(Object.fromEntries(list!.statusCounts.map((s) => [s.status, s.count]))).toEqual({ NOT_STARTED: 2, IN_PROGRESS: 0, DELAYED: 1, COMPLETED: 1, CANCELLED: 0 });
  });
});

describe('bad input', () => {
  const chinese = /[\u4e00-\u9fff]/u;

  it('is refused with BAD_USER_INPUT, a plain-Chinese message and the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [renovation({ milestones: [{ title: '开工', plannedDate: '2026-02-30' }] }), '这个日期不存在。'],
      [renovation({ milestones: [{ title: '开工', plannedDate: '30/06/2026' }] }), '日期要写成 年-月-日，例如 2026-06-30。'],
      [renovation({ budgetPlanned: 1.5 }), '安排资金要写成以元为单位的整数。'],
      [renovation({ budgetPlanned: -1 }), '安排资金不能是负数。'],
      [renovation({ title: '   ' }), '请填写项目名称。'],
      [renovation({ list: '2026#清单' }), '清单名称里不能有 # 号。'],
      [renovation({ summary: '联系人张先生，电话13812345678。' }), '内容中有未遮挡的个人信息'],
    ];
    for (const [input, message] of cases) {
      const result = await api.run(CREATE, { input }, { token: who.admin });
      expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
      expect(result.errors?.[0]?.message).toMatch(chinese);
      expect(result.errors?.[0]?.extensions?.field).toBeTruthy();
    }
  });

  it('answers unknown projects and milestones as not found', async () => {
    expect((await api.run(`{ project(id: "nope") { id } }`)).data).toEqual({ project: null });
    expect(codeOf((await api.run(POST, { id: '0000000000000000', input: { text: '进展' } }, { token: who.admin })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(COMPLETE, { m: 'x.1', d: '2026-01-01' }, { token: who.admin })).errors)).toBe('NOT_FOUND');
  });
});
