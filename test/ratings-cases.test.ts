import { itemsOf } from '../api/src/core/items';
import { ORDINARY_WRITES, transact } from '../api/src/core/transactions';
import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { departmentCountersItem } from '../api/src/ratings/rating-items';
import { codeOf, createTestApi, createTestStaff, residentToken, setBeijingTime, signInStaff, type TestApi } from './support/test-app';
import { act, BAD, CASE_ACTIONS, CASE_FIELDS, createService, rated } from './ratings-support';

// What follows a bad rating: a case with deadlines in China's working days, call-back, fix or explain,
// reply (the resident is told), one follow-up rating, closing, appeals — scoped to the department —
// and the public figures those steps add up to.

let api: TestApi;
let civil: string;
let finance: string;
let admin: string;
let serviceId: string;
let residents = 0;

/** A fresh resident (one rating per resident per day and service). */
const resident = () => residentToken(api, `case-resident-${(residents += 1)}`);

beforeAll(async () => {
  api = await createTestApi();
  ({ civilAffairs: civil, finance, admin } = await signInStaff(api));
  serviceId = await createService(api, civil, { name: '高龄津贴申领', channel: 'WINDOW', windows: ['1'] });
});
afterAll(() => api.close());

const CASE = `query($id: ID!) { ratingCase(id: $id) { ${CASE_FIELDS} } }`;
const readCase = async (token: string, id: string) => (await api.run<{ ratingCase: Record<string, unknown> }>(CASE, { id }, { token })).data!.ratingCase;

describe('deadlines in working days', () => {
  it.each([
    ['2024-09-27 16:00', '2024-09-29', '2024-10-23', 'Friday: the call-back is due on Sunday 9-29, a 调休 working day; the reply after the National Day holiday'],
    ['2024-09-30 09:00', '2024-10-08', '2024-10-25', 'Monday before National Day: the call-back is due after the holiday, and Saturday 10-12 is worked'],
    ['2024-10-03 09:00', '2024-10-09', '2024-10-28', 'during the holiday: counting starts on the first working day, 10-08'],
    ['2025-01-24 10:00', '2025-01-26', '2025-02-20', 'Friday before the Spring Festival 2025: Sunday 1-26 is worked'],
  ])('a bad rating at %s: call back by %s, reply by %s (%s)', async (when, callback, rectify) => {
    setBeijingTime(api, when);
    const rating = await rated(api, await resident(), serviceId, BAD);
    expect(rating.case).toMatchObject({
      status: 'OPEN',
      callbackDeadline: { date: callback, provisional: false, note: null },
      rectifyDeadline: { date: rectify, provisional: false, note: null },
      isOverdue: false,
    });
  });

  it('marks deadlines reaching 2027, whose holidays are not published yet, as provisional (暂按周一至周五计算)', async () => {
    setBeijingTime(api, '2026-12-15 10:00');
    const rating = await rated(api, await resident(), serviceId, BAD);
    expect(rating.case).toMatchObject({
      callbackDeadline: { date: '2026-12-16', provisional: false, note: null },
      rectifyDeadline: { date: '2027-01-05', provisional: true, note: '暂按周一至周五计算' },
    });
  });

  it('follows the configured deadlines (RECTIFY_WORKING_DAYS)', async () => {
    const short = await createTestApi({ ratings: { callbackWorkingDays: 2, rectifyWorkingDays: 5 } });
    try {
      const staff = await createTestStaff(short, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
      const id = await createService(short, staff, { name: '高龄津贴申领', channel: 'ONLINE' });
      setBeijingTime(short, '2024-09-27 16:00');
      const rating = await rated(short, await residentToken(short, 'someone'), id, BAD);
      expect(rating.case).toMatchObject({ callbackDeadline: { date: '2024-09-30' }, rectifyDeadline: { date: '2024-10-10' } });
    } finally {
      await short.close();
    }
  });
});

describe('a bad rating without a phone number', () => {
  it('owes no call-back: the written reply is due first, and the case is not overdue on a call nobody can make', async () => {
    setBeijingTime(api, '2025-03-03 09:00');
    const { level, reasons } = BAD;
    const opened = (await rated(api, await resident(), serviceId, { level, reasons })).case!;
    expect(opened).toMatchObject({ status: 'OPEN', callbackDeadline: null, rectifyDeadline: { date: '2025-03-24' } });
    setBeijingTime(api, '2025-03-06 09:00');
    expect(await readCase(civil, opened.id)).toMatchObject({ status: 'OPEN', isOverdue: false });
    const replied = await act(api, civil, 'reply', { id: opened.id, reply: '已调整窗口排班，高峰时段增开一个窗口。', outcome: 'RECTIFIED' });
    expect(replied).toMatchObject({ status: 'RECTIFIED', answeredOnTime: true, calledBackAt: null });
    expect((replied.steps as Array<{ kind: string }>).map((s) => s.kind)).toEqual(['OPENED', 'REPLIED']);
  });

  it('is overdue once the reply day has passed without a reply, and listed with the overdue', async () => {
    setBeijingTime(api, '2025-03-03 09:00');
    const { level, reasons } = BAD;
    const id = (await rated(api, await resident(), serviceId, { level, reasons })).case!.id;
    setBeijingTime(api, '2025-03-25 09:00');
    expect(await readCase(civil, id)).toMatchObject({ status: 'OPEN', isOverdue: true });
    const overdue = await api.run<{ ratingCases: { edges: Array<{ node: { id: string } }> } }>(`{ ratingCases(filter: { overdue: true }, first: 100) { edges { node { id } } } }`, {}, { token: civil });
    expect(overdue.data!.ratingCases.edges.map((e) => e.node.id)).toContain(id);
  });
});

describe('a case from bad rating to closing', () => {
  let caseId: string;
  let residentId: string;
  let token: string;

  beforeAll(async () => {
    setBeijingTime(api, '2025-03-03 09:00');
    residentId = 'case-flow-resident';
    token = await residentToken(api, residentId);
    caseId = (await rated(api, token, serviceId, { level: 'VERY_DISSATISFIED', reasons: ['MULTIPLE_TRIPS'], comment: '跑了三趟', matterNumber: 'GL-1', contactPhone: '13900001111' })).case!.id;
  });

  it('is overdue once the call-back day has passed without a call-back, and listed first', async () => {
    setBeijingTime(api, '2025-03-05 09:00');
    expect(await readCase(civil, caseId)).toMatchObject({ status: 'OPEN', isOverdue: true, callbackDeadline: { date: '2025-03-04' } });
    const overdue = await api.run<{ ratingCases: { edges: Array<{ node: { id: string; isOverdue: boolean } }> } }>(
      `{ ratingCases(filter: { overdue: true }) { edges { node { id isOverdue } } } }`,
      {},
      { token: civil },
    );
    expect(overdue.data!.ratingCases.edges.map((e) => e.node.id)).toContain(caseId);
    expect(overdue.data!.ratingCases.edges.every((e) => e.node.isOverdue)).toBe(true);
  });

  it('refuses a reply before the call-back, in plain words', async () => {
    const early = await api.run(CASE_ACTIONS.reply, { id: caseId, reply: '已整改', outcome: 'RECTIFIED' }, { token: civil });
    expect(early.errors?.[0]).toMatchObject({ message: '请先回访评价人，记录回访情况后再回复。', extensions: { code: 'CONFLICT' } });
  });

  it('records the call-back and the reply, each dated and by whom, and tells the resident', async () => {
    const called = await act(api, civil, 'callback', { id: caseId, note: '电话联系，了解到材料清单不清楚' });
    expect(called).toMatchObject({ status: 'CALLED_BACK', isOverdue: false, calledBackAt: '2025-03-05T01:00:00.000Z' });
    setBeijingTime(api, '2025-03-10 15:00');
    const leaking = await api.run(CASE_ACTIONS.reply, { id: caseId, reply: '已电话联系王小华（138 1234 5678）说明情况。', outcome: 'EXPLAINED' }, { token: civil });
    expect(leaking.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
    const replied = await act(api, civil, 'reply', { id: caseId, reply: '已在窗口张贴材料清单，并可一次办结。', outcome: 'RECTIFIED' });
    expect(replied).toMatchObject({ status: 'RECTIFIED', outcome: 'RECTIFIED', answeredOnTime: true, isOverdue: false });
    expect(replied.steps).toEqual([
      { kind: 'OPENED', by: 'resident', note: null, outcome: null, level: 'VERY_DISSATISFIED' },
      { kind: 'CALLED_BACK', by: 'minzheng', note: '电话联系，了解到材料清单不清楚', outcome: null, level: null },
      { kind: 'REPLIED', by: 'minzheng', note: '已在窗口张贴材料清单，并可一次办结。', outcome: 'RECTIFIED', level: null },
    ]);
    const messages = await createOutboxStore(api.app.dynamo, api.app.now).messagesFor(residentId);
    expect(messages).toEqual([
      expect.objectContaining({ template: 'RATING_REPLIED', data: expect.objectContaining({ title: '高龄津贴申领', outcome: '已整改' }), page: `pages/rating/mine/index?rating=${caseId}` }),
    ]);
  });

  it('shows the resident the reply, without staff names', async () => {
    const mine = await api.run<{ myRatings: { edges: Array<{ node: { case: { reply: string; steps: Array<{ by: string | null }> } } }> } }>(
      `{ myRatings { edges { node { case { reply steps { by } } } } } }`,
      {},
      { token },
    );
    const own = mine.data!.myRatings.edges[0]!.node.case;
    expect(own.reply).toBe('已在窗口张贴材料清单，并可一次办结。');
    expect(own.steps.every((s) => s.by === null)).toBe(true);
  });

  it('takes one follow-up rating of the fix from the resident, and only from them', async () => {
    const other = await api.run(CASE_ACTIONS.followUp, { id: caseId, input: { level: 'SATISFIED' } }, { token: await resident() });
    expect(codeOf(other.errors)).toBe('NOT_FOUND');
    const followed = await act(api, token, 'followUp', { id: caseId, input: { level: 'SATISFIED', comment: '这次一次就办好了' } });
    expect(followed.followUp).toEqual({ level: 'SATISFIED', levelLabel: '满意', bad: false, comment: '这次一次就办好了' });
    const twice = await api.run(CASE_ACTIONS.followUp, { id: caseId, input: { level: 'BASICALLY_SATISFIED' } }, { token });
    expect(twice.errors?.[0]).toMatchObject({ message: '您已经评价过整改结果了，每件事只能追评一次。', extensions: { code: 'CONFLICT' } });
  });

  it('closes as resolved with the resident satisfied', async () => {
    const closed = await act(api, civil, 'close', { id: caseId });
    expect(closed).toMatchObject({ status: 'CLOSED', resolved: true, isOverdue: false });
    const late = await api.run(CASE_ACTIONS.followUp, { id: caseId, input: { level: 'BASICALLY_SATISFIED' } }, { token });
    expect(codeOf(late.errors)).toBe('CONFLICT');
  });
});

describe('resolution counts only with the resident satisfied', () => {
  const replied = async (when: string) => {
    setBeijingTime(api, when);
    const token = await resident();
    const id = (await rated(api, token, serviceId, BAD)).case!.id;
    await act(api, civil, 'callback', { id, note: '已回访' });
    await act(api, civil, 'reply', { id, reply: '已说明办理要求。', outcome: 'EXPLAINED' });
    return { id, token };
  };

  it('a case closed without a follow-up rating is not resolved', async () => {
    const { id } = await replied('2025-04-01 10:00');
    expect(await act(api, civil, 'close', { id, note: '评价人未追评' })).toMatchObject({ status: 'CLOSED', resolved: false });
  });

  it('a case closed after a bad follow-up rating is not resolved', async () => {
    const { id, token } = await replied('2025-04-02 10:00');
    await act(api, token, 'followUp', { id, input: { level: 'DISSATISFIED', comment: '还是没解决' } });
    expect(await act(api, civil, 'close', { id })).toMatchObject({ status: 'CLOSED', resolved: false });
  });

  it('records in the audit trail when staff read a follow-up comment carrying a phone number', async () => {
    const { id, token: rater } = await replied('2025-08-04 10:00');
    const comment = '还没改好，请打 13712345678 找我。';
    await act(api, rater, 'followUp', { id, input: { level: 'DISSATISFIED', comment } });
    expect((await readCase(rater, id)).followUp).toMatchObject({ comment });
    expect(await api.app.audit.trail('rating', id)).not.toContainEqual(expect.objectContaining({ action: 'rating.readComment' }));
    const seen = await readCase(civil, id);
    expect(seen.followUp).toMatchObject({ comment });
    expect(seen.steps).toContainEqual(expect.objectContaining({ kind: 'FOLLOW_UP_RATED', note: comment }));
    const reads = (await api.app.audit.trail('rating', id)).filter((r) => r.action === 'rating.readComment');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.details?.field === 'followUp')).toBe(true);
  });

  it('a late reply is recorded as not on time', async () => {
    setBeijingTime(api, '2025-04-03 10:00');
    const id = (await rated(api, await resident(), serviceId, BAD)).case!.id;
    await act(api, civil, 'callback', { id, note: '已回访' });
    setBeijingTime(api, '2025-05-06 10:00');
    expect(await readCase(civil, id)).toMatchObject({ isOverdue: true, rectifyDeadline: { date: '2025-04-25' } });
    expect(await act(api, civil, 'reply', { id, reply: '已整改。', outcome: 'RECTIFIED' })).toMatchObject({ answeredOnTime: false, isOverdue: false });
  });

  it('adds up in the public figures for April 2025', async () => {
    const figures = await api.run<{ ratingFigures: Record<string, unknown> }>(
      `{ ratingFigures(period: { from: "2025-04-10", to: "2025-04-20" }, department: "区民政局") {
          from to months department total { ratings badRatings answered answeredOnTime resolved satisfactionRate onTimeRate resolvedRate }
          byService { service { name } counts { ratings } } } }`,
    );
    expect(figures.data!.ratingFigures).toEqual({
      from: '2025-04-01',
      to: '2025-04-30',
      months: ['2025-04'],
      department: '区民政局',
      total: { ratings: 3, badRatings: 3, answered: 3, answeredOnTime: 2, resolved: 0, satisfactionRate: 0, onTimeRate: 0.6667, resolvedRate: 0 },
      byService: [{ service: { name: '高龄津贴申领' }, counts: { ratings: 3 } }],
    });
  });
});

describe('department scoping', () => {
  let caseId: string;
  beforeAll(async () => {
    setBeijingTime(api, '2025-05-12 10:00');
    caseId = (await rated(api, await resident(), serviceId, BAD)).case!.id;
  });

  it('lets only staff of the department, and district admins, work on a case', async () => {
    const call = (token?: string) => api.run(CASE_ACTIONS.callback, { id: caseId, note: '回访' }, token ? { token } : undefined);
    expect(codeOf((await call()).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await call(await resident())).errors)).toBe('FORBIDDEN');
    expect(codeOf((await call(finance)).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CASE, { id: caseId }, { token: finance })).errors)).toBe('FORBIDDEN');
    expect((await call(admin)).errors).toBeUndefined();
  });

  it('tells staff what they may do with a case and its service (viewerCan): the department works on it, only the district decides appeals', async () => {
    const can = async (token: string) =>
      (await api.run<{ ratingCase: { viewerCan: object; rating: { service: { viewerCan: object } } } }>(
        `query($id: ID!) { ratingCase(id: $id) { viewerCan { manage readPersonalData decideAppeal } rating { service { viewerCan { manage } } } } }`,
        { id: caseId },
        { token },
      )).data!.ratingCase;
    expect(await can(civil)).toEqual({ viewerCan: { manage: true, readPersonalData: true, decideAppeal: false }, rating: { service: { viewerCan: { manage: true } } } });
    // No appeal waits on this case, so there is nothing to decide yet (appeals: see below).
    expect(await can(admin)).toEqual({ viewerCan: { manage: true, readPersonalData: true, decideAppeal: false }, rating: { service: { viewerCan: { manage: true } } } });
    const service = await api.run(`query($id: ID!) { service(id: $id) { viewerCan { manage } } }`, { id: serviceId }, { token: finance });
    expect(service.data).toEqual({ service: { viewerCan: { manage: false } } });
  });

  it("lists an editor's own department's cases; another department's list is forbidden", async () => {
    const LIST = `query($filter: RatingCaseFilter) { ratingCases(filter: $filter, first: 100) { edges { node { id department status } } } }`;
    const own = await api.run<{ ratingCases: { edges: Array<{ node: { department: string } }> } }>(LIST, {}, { token: civil });
    expect(own.data!.ratingCases.edges.length).toBeGreaterThan(0);
    expect(own.data!.ratingCases.edges.every((e) => e.node.department === '区民政局')).toBe(true);
    expect((await api.run<{ ratingCases: { edges: unknown[] } }>(LIST, {}, { token: finance })).data!.ratingCases.edges).toEqual([]);
    expect(codeOf((await api.run(LIST, { filter: { department: '区民政局' } }, { token: finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(LIST, {}, { token: await resident() })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(LIST, {})).errors)).toBe('UNAUTHENTICATED');
    const closed = await api.run<{ ratingCases: { edges: Array<{ node: { status: string } }> } }>(LIST, { filter: { status: 'CLOSED' } }, { token: admin });
    expect(closed.data!.ratingCases.edges.length).toBeGreaterThan(0);
    expect(closed.data!.ratingCases.edges.every((e) => e.node.status === 'CLOSED')).toBe(true);
  });

  it('sorts open work by deadline, the overdue first', async () => {
    setBeijingTime(api, '2025-05-20 10:00');
    const list = await api.run<{ ratingCases: { edges: Array<{ node: { isOverdue: boolean; status: string; callbackDeadline: { date: string } | null; rectifyDeadline: { date: string } } }> } }>(
      `{ ratingCases(first: 100) { edges { node { isOverdue status callbackDeadline { date } rectifyDeadline { date } } } } }`,
      {},
      { token: civil },
    );
    const due = list.data!.ratingCases.edges
      .map((e) => e.node)
      .filter((n) => n.status === 'OPEN' || n.status === 'CALLED_BACK')
      .map((n) => (n.status === 'OPEN' ? (n.callbackDeadline ?? n.rectifyDeadline).date : n.rectifyDeadline.date));
    expect(due).toEqual([...due].sort());
    const overdueFlags = list.data!.ratingCases.edges.map((e) => e.node.isOverdue);
    expect(overdueFlags.indexOf(false) === -1 || overdueFlags.lastIndexOf(true) < overdueFlags.indexOf(false)).toBe(true);
  });
});

describe('appeals against malicious ratings', () => {
  const figures = async () =>
    (
      await api.run<{ ratingFigures: { total: { ratings: number; badRatings: number; excluded: number } } }>(
        `{ ratingFigures(period: { from: "2025-06-01", to: "2025-06-30" }, serviceId: "${serviceId}") { total { ratings badRatings excluded } } }`,
      )
    ).data!.ratingFigures.total;

  it('lets the department appeal once, a district admin decide, and an upheld appeal leave the figures', async () => {
    setBeijingTime(api, '2025-06-09 10:00');
    const upheldId = (await rated(api, await resident(), serviceId, { level: 'VERY_DISSATISFIED', reasons: ['OTHER'], comment: '就是不满意' })).case!.id;
    const rejectedId = (await rated(api, await resident(), serviceId, BAD)).case!.id;
    expect(await figures()).toEqual({ ratings: 2, badRatings: 2, excluded: 0 });

    expect(codeOf((await api.run(CASE_ACTIONS.appeal, { id: upheldId, reason: '恶意' }, { token: finance })).errors)).toBe('FORBIDDEN');
    const appealed = await act(api, civil, 'appeal', { id: upheldId, reason: '评价人当天未到窗口办理，系恶意差评。' });
    expect(appealed.appeal).toMatchObject({ reason: '评价人当天未到窗口办理，系恶意差评。', appealedBy: 'minzheng', decision: null });
    const again = await api.run(CASE_ACTIONS.appeal, { id: upheldId, reason: '再次申诉' }, { token: civil });
    expect(again.errors?.[0]).toMatchObject({ message: '这条评价已经申诉过了，每条评价只能申诉一次。', extensions: { code: 'CONFLICT' } });

    expect(codeOf((await api.run(CASE_ACTIONS.decide, { id: upheldId, upheld: true }, { token: civil })).errors)).toBe('FORBIDDEN');
    const decided = await act(api, admin, 'decide', { id: upheldId, upheld: true, note: '经核实，评价人当天无办件记录。' });
    expect(decided).toMatchObject({ status: 'CLOSED', excluded: true, resolved: false, appeal: { decision: { upheld: true, decidedBy: 'admin', note: '经核实，评价人当天无办件记录。' } } });
    expect(await figures()).toEqual({ ratings: 1, badRatings: 1, excluded: 1 });

    await act(api, civil, 'appeal', { id: rejectedId, reason: '恶意' });
    const rejected = await act(api, admin, 'decide', { id: rejectedId, upheld: false, note: '评价有事实依据，请整改。' });
    expect(rejected).toMatchObject({ status: 'OPEN', excluded: false, appeal: { decision: { upheld: false } } });
    expect(await figures()).toEqual({ ratings: 1, badRatings: 1, excluded: 1 });
  });

  it("lets no one decide their own appeal: a district admin's appeal goes to another district admin, and both are on record", async () => {
    setBeijingTime(api, '2025-06-11 10:00');
    const second = await createTestStaff(api, 'district2', 'DISTRICT_ADMIN', '区政府办公室');
    const id = (await rated(api, await resident(), serviceId, BAD)).case!.id;
    await act(api, admin, 'appeal', { id, reason: '评价人当天没有来办事。' });
    // What the staff pages show: only another district admin is offered the decision.
    const mayDecide = async (token: string) =>
      (await api.run<{ ratingCase: { viewerCan: { decideAppeal: boolean } } }>(`query($id: ID!) { ratingCase(id: $id) { viewerCan { decideAppeal } } }`, { id }, { token })).data!.ratingCase.viewerCan.decideAppeal;
    expect([await mayDecide(admin), await mayDecide(second), await mayDecide(civil)]).toEqual([false, true, false]);
    const own = await api.run(CASE_ACTIONS.decide, { id, upheld: true }, { token: admin });
    expect(own.errors?.[0]).toMatchObject({ message: '申诉是您提出的，要由另一位区级管理员来决定。', extensions: { code: 'FORBIDDEN' } });
    expect(await figures()).toMatchObject({ excluded: 1 });
    const decided = await act(api, second, 'decide', { id, upheld: true, note: '核实无办件记录。' });
    expect(decided).toMatchObject({ excluded: true, appeal: { appealedBy: 'admin', decision: { upheld: true, decidedBy: 'district2' } } });
    expect(await mayDecide(second)).toBe(false);
    expect(await figures()).toMatchObject({ excluded: 2 });
  });

  it("lists the appeals waiting for a decision from the server (the district admins' page), and the decided ones apart", async () => {
    setBeijingTime(api, '2025-06-12 10:00');
    const id = (await rated(api, await resident(), serviceId, BAD)).case!.id;
    await act(api, civil, 'appeal', { id, reason: '评价人当天没有来窗口。' });
    type Listed = { id: string; appeal: { decision: { upheld: boolean } | null } | null };
    const list = async (appeal: string, first = 20, token = admin) => {
      const result = await api.run<{ ratingCases: { edges: Array<{ node: Listed }>; pageInfo: { hasNextPage: boolean } } }>(
        `query($appeal: AppealState!, $first: Int) { ratingCases(filter: { appeal: $appeal }, first: $first) { edges { node { id appeal { decision { upheld } } } } pageInfo { hasNextPage } } }`,
        { appeal, first },
        { token },
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.ratingCases;
    };
    const waiting = (await list('WAITING')).edges.map((edge) => edge.node);
    expect(waiting.map((c) => c.id)).toContain(id);
    expect(waiting.every((c) => c.appeal !== null && c.appeal.decision === null)).toBe(true);
    // Open cases without any appeal are not in it (the first cases of this file have none).
    const open = (await api.run<{ ratingCases: { edges: unknown[] } }>(`{ ratingCases(first: 100) { edges { node { id } } } }`, {}, { token: admin })).data!.ratingCases.edges;
    expect(waiting.length).toBeLessThan(open.length);
    // The rejected appeal of the first test is decided and its case still open.
    const decided = (await list('DECIDED')).edges.map((edge) => edge.node);
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((c) => c.appeal?.decision !== null)).toBe(true);
    expect(decided.map((c) => c.id)).not.toContain(id);
    // Pages of the filtered list are full pages.
    const first = await list('WAITING', 1);
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(waiting.length > 1);
    expect(codeOf((await api.run(`{ ratingCases(filter: { appeal: MAYBE }) { edges { node { id } } } }`, {}, { token: admin })).errors)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides the appeal from the resident', async () => {
    setBeijingTime(api, '2025-06-10 10:00');
    const token = await resident();
    const id = (await rated(api, token, serviceId, BAD)).case!.id;
    await act(api, civil, 'appeal', { id, reason: '恶意差评' });
    const seen = await readCase(token, id);
    expect(seen.appeal).toBeNull();
    expect((seen.steps as Array<{ kind: string }>).map((s) => s.kind)).toEqual(['OPENED']);
  });
});

describe('public figures', () => {
  it('sums whole months of the period, per department, with the satisfaction rate of the top three levels, in one DynamoDB request', async () => {
    const local = await createTestApi();
    try {
      const staff = await createTestStaff(local, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
      const other = await createTestStaff(local, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局');
      const a = await createService(local, staff, { name: '高龄津贴申领', channel: 'ONLINE' });
      const b = await createService(local, other, { name: '惠民补贴咨询', channel: 'HOTLINE' });
      const give = async (when: string, service: string, level: string) => {
        setBeijingTime(local, when);
        const input = level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED' ? { level, reasons: ['LONG_WAIT'] } : { level };
        await rated(local, await residentToken(local, `figures-${when}-${service}-${level}`), service, input);
      };
      await give('2025-01-31 23:00', a, 'VERY_SATISFIED');
      await give('2025-02-01 08:00', a, 'BASICALLY_SATISFIED');
      await give('2025-02-15 08:00', a, 'DISSATISFIED');
      await give('2025-03-01 08:00', b, 'SATISFIED');
      await give('2025-04-01 08:00', b, 'VERY_DISSATISFIED');
      const requests = local.app.dynamo.requestCount();
      const result = await local.run<{ ratingFigures: Record<string, unknown> }>(
        `{ ratingFigures(period: { from: "2025-02-10", to: "2025-03-05" }) {
            from to months total { ratings satisfactionRate badRatings }
            byDepartment { department counts { ratings verySatisfied satisfied basicallySatisfied dissatisfied satisfactionRate } } } }`,
      );
      expect(result.data!.ratingFigures).toEqual({
        from: '2025-02-01',
        to: '2025-03-31',
        months: ['2025-02', '2025-03'],
        total: { ratings: 3, satisfactionRate: 0.6667, badRatings: 1 },
        // In pinyin order: 财 (cai) before 民 (min).
        byDepartment: [
          { department: '区财政局', counts: { ratings: 1, verySatisfied: 0, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0, satisfactionRate: 1 } },
          { department: '区民政局', counts: { ratings: 2, verySatisfied: 0, satisfied: 0, basicallySatisfied: 1, dissatisfied: 1, satisfactionRate: 0.5 } },
        ],
      });
      // Every department's months of the period in one Query (decision 024).
      expect(local.app.dynamo.requestCount() - requests).toBe(1);
      const bad = await local.run(`{ ratingFigures(period: { from: "2025-03-01", to: "2025-02-01" }) { from } }`);
      expect(bad.errors?.[0]).toMatchObject({ message: '开始日期不能晚于结束日期。', extensions: { code: 'BAD_USER_INPUT' } });
      const long = await local.run(`{ ratingFigures(period: { from: "2019-01-01", to: "2025-02-01" }) { from } }`);
      expect(long.errors?.[0]).toMatchObject({ message: '统计期间最长 5 年，请缩短一些。', extensions: { code: 'BAD_USER_INPUT' } });
      // A year typed short (0025 for 2025) is told as a slip, not summed as empty months of the first century.
      for (const period of ['{ from: "0025-01-01", to: "0025-03-31" }', '{ from: "2018-12-01", to: "2025-01-31" }']) {
        const early = await local.run(`{ ratingFigures(period: ${period}) { from to } }`);
        expect(early.errors?.[0]).toMatchObject({ message: '好差评从 2019 年开始统计，请选 2019 年以后的日期。', extensions: { code: 'BAD_USER_INPUT' } });
      }
      const wrong = await local.run(`{ ratingFigures(period: { from: "2025-02-30", to: "2025-03-01" }) { from } }`);
      expect(wrong.errors?.[0]).toMatchObject({ message: '这个日期不存在。', extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await local.close();
    }
  });

  it('sums a period whose counters are more than one DynamoDB page (1 MB) whole', async () => {
    const local = await createTestApi();
    try {
      // Five years of 80 departments' counters: about 1.2 MB, more than one Query answers at once.
      const { departments } = itemsOf(local.app.dynamo, { departments: departmentCountersItem });
      const names = Array.from({ length: 80 }, (_, i) => `区第${String(i + 1).padStart(2, '0')}号服务部门`);
      const months = Array.from({ length: 60 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
      const counters = { VERY_SATISFIED: 40, SATISFIED: 30, BASICALLY_SATISFIED: 20, DISSATISFIED: 6, VERY_DISSATISFIED: 4, ratings: 100, bad: 10, answered: 10, answeredOnTime: 9, resolved: 8, excluded: 1 };
      const items = months.flatMap((month) => names.map((department) => departments.put({ month, department, ...counters })));
      for (let i = 0; i < items.length; i += 100) await transact(local.app.dynamo, items.slice(i, i + 100), ORDINARY_WRITES);

      const requests = local.app.dynamo.requestCount();
      const result = await local.run<{ ratingFigures: { total: { ratings: number; onTimeRate: number }; byDepartment: Array<{ counts: { ratings: number } }> } }>(
        `{ ratingFigures(period: { from: "2020-01-01", to: "2024-12-31" }) { total { ratings onTimeRate } byDepartment { counts { ratings } } } }`,
      );
      expect(result.data!.ratingFigures.total).toEqual({ ratings: 80 * 60 * 100, onTimeRate: 0.9 });
      expect(result.data!.ratingFigures.byDepartment).toHaveLength(80);
      expect(result.data!.ratingFigures.byDepartment.every(({ counts }) => counts.ratings === 60 * 100)).toBe(true);
      // The one Query, read on where its first page stopped.
      expect(local.app.dynamo.requestCount() - requests).toBe(2);
    } finally {
      await local.close();
    }
  });
});
