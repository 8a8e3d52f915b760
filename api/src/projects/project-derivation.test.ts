import { beijingInstant } from '../core/clock';
import { deriveMilestone, deriveProject, lastDayOnTime, rollUp, type DerivationRules } from './project-derivation';
import type { Milestone, StoredProject } from './project-model';

// Status, progress and overdue milestones are derived, never typed in: these are the rules, on fixed dates.

/** 10:00 Beijing time on the date. */
const on = (date: string, graceWorkingDays = 0): DerivationRules => ({ now: beijingInstant(date, '10:00'), graceWorkingDays });

const milestone = (n: number, plannedDate: string, weight = 1, actualDate: string | null = null): Milestone => ({
  id: `0123456789abcdef.${n}`,
  title: `节点${n}`,
  plannedDate,
  weight,
  actualDate,
  delays: [],
});

const project = (overrides: Partial<StoredProject> = {}): StoredProject => ({
  id: '0123456789abcdef',
  year: 2026,
  list: '2026年区十大民生实事',
  order: 1,
  title: '老旧小区改造',
  summary: '改造老旧小区。',
  leadDepartment: '区住房和城乡建设局',
  cooperatingDepartments: [],
  target: { quantity: 30, unit: '个', text: '改造老旧小区30个' },
  budgetPlanned: 0,
  spent: 0,
  updateCount: 0,
  milestones: [],
  parentId: null,
  childIds: [],
  cancellation: null,
  demo: false,
  createdAt: '2026-01-10T02:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('progress from milestones', () => {
  it("is the done milestones' share of the weights, rounded down", () => {
    const view = deriveProject(project({ milestones: [milestone(1, '2026-03-31', 1, '2026-03-30'), milestone(2, '2026-06-30', 2), milestone(3, '2026-12-31', 3)] }), [], on('2026-04-01'));
    expect(view.progress).toBe(16); // 1 of 6
    expect(view.progressBasis).toBe('MILESTONES');
    const more = deriveProject(project({ milestones: [milestone(1, '2026-03-31', 1, '2026-03-30'), milestone(2, '2026-06-30', 2, '2026-06-29'), milestone(3, '2026-12-31', 3)] }), [], on('2026-07-01'));
    expect(more.progress).toBe(50); // 3 of 6
  });

  it('shows 100 only when every milestone is done, never by rounding up', () => {
    const almost = project({ milestones: [...Array.from({ length: 199 }, (_, i) => milestone(i + 1, '2026-03-31', 1, '2026-03-30')), milestone(200, '2026-12-31')] });
    expect(deriveProject(almost, [], on('2026-04-01')).progress).toBe(99);
    const done = project({ milestones: [milestone(1, '2026-03-31', 1, '2026-03-30')] });
    expect(deriveProject(done, [], on('2026-04-01'))).toMatchObject({ progress: 100, status: 'COMPLETED', completedDate: '2026-03-30' });
  });

  it('is 0 for a project without milestones', () => {
    expect(deriveProject(project(), [], on('2026-04-01'))).toMatchObject({ progress: 0, status: 'NOT_STARTED' });
  });
});

describe('status', () => {
  const plan = [milestone(1, '2026-03-31'), milestone(2, '2026-06-30')];

  it('is NOT_STARTED until something is done or reported, then IN_PROGRESS', () => {
    expect(deriveProject(project({ milestones: plan }), [], on('2026-03-01')).status).toBe('NOT_STARTED');
    expect(deriveProject(project({ milestones: plan, updateCount: 1 }), [], on('2026-03-01')).status).toBe('IN_PROGRESS');
    expect(deriveProject(project({ milestones: plan, spent: 5000 }), [], on('2026-03-01')).status).toBe('IN_PROGRESS');
    expect(deriveProject(project({ milestones: [milestone(1, '2026-03-31', 1, '2026-03-20'), plan[1]!] }), [], on('2026-04-01')).status).toBe('IN_PROGRESS');
  });

  it('is DELAYED while a milestone is overdue, whatever else was done', () => {
    expect(deriveProject(project({ milestones: plan, updateCount: 3 }), [], on('2026-04-01')).status).toBe('DELAYED');
  });

  it('is CANCELLED once staff cancelled it, even when late', () => {
    const cancelled = project({ milestones: plan, cancellation: { reason: '并入其他项目', date: '2026-05-01', at: '2026-05-01T02:00:00Z', department: '区住房和城乡建设局' } });
    expect(deriveProject(cancelled, [], on('2026-07-01')).status).toBe('CANCELLED');
  });
});

describe('overdue milestones, in working days', () => {
  // 2026-09-30 is the Wednesday before the National Day holiday (10-01 to 10-07); Saturday 10-10 is a working day (调休).
  const late = milestone(1, '2026-09-30');

  it('with no grace, is overdue the day after its planned date, holiday or not', () => {
    expect(deriveMilestone(late, on('2026-09-30')).overdue).toBe(false);
    expect(deriveMilestone(late, on('2026-10-01'))).toMatchObject({ overdue: true, needsExplanation: true, overdueWorkingDays: 0 });
    expect(deriveMilestone(late, on('2026-10-09'))).toMatchObject({ overdue: true, overdueWorkingDays: 2 });
  });

  it('with a grace of 3 working days, skips the National Day holiday and counts the 调休 Saturday', () => {
    expect(lastDayOnTime('2026-09-30', 3)).toBe('2026-10-10');
    // Monday-to-Friday arithmetic would call it overdue from 10-06.
    expect(deriveMilestone(late, on('2026-10-09', 3)).overdue).toBe(false);
    expect(deriveMilestone(late, on('2026-10-10', 3)).overdue).toBe(false);
    expect(deriveMilestone(late, on('2026-10-11', 3))).toMatchObject({ overdue: true, overdueWorkingDays: 3 });
  });

  it('reads "today" in Beijing time, not the server\'s', () => {
    // 16:30 UTC on 09-30 is already 00:30 on 10-01 in Beijing.
    expect(deriveMilestone(late, { now: new Date('2026-09-30T16:30:00Z'), graceWorkingDays: 0 }).overdue).toBe(true);
    expect(deriveMilestone(late, { now: new Date('2026-09-30T15:30:00Z'), graceWorkingDays: 0 }).overdue).toBe(false);
  });

  it('is never overdue once done, and shows the latest explanation', () => {
    expect(deriveMilestone({ ...late, actualDate: '2026-10-12' }, on('2026-10-20')).overdue).toBe(false);
    const explained = { ...late, delays: [{ reason: '雨季施工受阻', date: '2026-10-08', at: '2026-10-08T02:00:00Z', department: '区住房和城乡建设局' }] };
    expect(deriveMilestone(explained, on('2026-10-20'))).toMatchObject({ overdue: true, needsExplanation: false, delayReason: '雨季施工受阻', delayExplainedDate: '2026-10-08' });
  });
});

describe('a parent project rolls up its children', () => {
  const child = (id: string, budgetPlanned: number, milestones: Milestone[], extra: Partial<StoredProject> = {}) =>
    project({ id, title: id, parentId: '0123456789abcdef', budgetPlanned, milestones, ...extra });
  const half = (id: string, budget: number) => child(id, budget, [milestone(1, '2026-03-31', 1, '2026-03-30'), milestone(2, '2026-12-31')]);
  const whole = (id: string, budget: number) => child(id, budget, [milestone(1, '2026-03-31', 1, '2026-03-30')]);
  const parent = (ids: string[]) => project({ childIds: ids });

  it("weights the children's progress by their planned budgets", () => {
    const view = deriveProject(parent(['a', 'b']), [half('a', 3_000_000), whole('b', 1_000_000)], on('2026-04-01'));
    expect(view).toMatchObject({ progressBasis: 'CHILDREN', progress: 62, status: 'IN_PROGRESS', milestones: [] }); // (50×3 + 100×1) / 4
    expect(view.budget).toEqual({ planned: 4_000_000, spent: 0 });
    expect(view.children.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('weights them equally when none has a budget, and leaves cancelled children out', () => {
    expect(deriveProject(parent(['a', 'b']), [half('a', 0), whole('b', 0)], on('2026-04-01')).progress).toBe(75);
    const cancelled = { ...half('a', 3_000_000), cancellation: { reason: '并入城西片区', date: '2026-04-01', at: '2026-04-01T02:00:00Z', department: '区住房和城乡建设局' } };
    expect(deriveProject(parent(['a', 'b']), [cancelled, whole('b', 1_000_000)], on('2026-04-02'))).toMatchObject({ progress: 100, status: 'COMPLETED', completedDate: '2026-03-30' });
  });

  it('is DELAYED when a child is, and adds its own spending to the children\'s', () => {
    const late = child('a', 1_000_000, [milestone(1, '2026-03-31')], { spent: 200_000 });
    const view = deriveProject(project({ childIds: ['a', 'b'], spent: 50_000 }), [late, whole('b', 1_000_000)], on('2026-04-01'));
    expect(view.status).toBe('DELAYED');
    expect(view.budget).toEqual({ planned: 2_000_000, spent: 250_000 });
  });

  it('rolls a whole list up the same way', () => {
    const a = deriveProject(half('a', 3_000_000), [], on('2026-04-01'));
    const b = deriveProject(whole('b', 1_000_000), [], on('2026-04-01'));
    expect(rollUp([a, b]).progress).toBe(62);
    expect(rollUp([]).progress).toBe(0);
  });
});
