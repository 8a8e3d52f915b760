import { addWorkingDays, isOverdue, WorkingDayCalendarError, workingDaysBetween } from '../core/working-days';
import type { ProjectBudgetParent, Milestone, ProjectMilestoneParent, ProjectStatus, ProjectParent, StoredProject } from './project-model';

// Everything about a project that can be derived is derived here, from what is stored and today's
// date, so status and progress are never typed in and never go stale:
//
// - A milestone is overdue when it is not done and its planned date has passed by more than the
//   grace (PROJECT_OVERDUE_WORKING_DAYS, default 0) in working days: with 0 it is overdue the day
//   after its planned date; with n it is overdue after the n-th working day following the planned date,
//   counted as every GovOpen deadline is (core/working-days.ts addWorkingDays).
// - Progress of a project with milestones: the done milestones' weights over all weights. Of a
//   parent: its children's progress weighted by their planned budgets (equal weights when no child
//   has a budget), cancelled children left out. A year's list rolls up its projects the same way.
//   100 only when everything counted is done; otherwise rounded down.
// - Status: CANCELLED when staff cancelled it; COMPLETED when every milestone is done (a parent: every
//   child not cancelled is completed); DELAYED when a milestone (a child) is overdue; IN_PROGRESS once a
//   milestone is done or any progress or spending is reported; else NOT_STARTED.
// - Budget of a parent: its own figures plus its children's.

export interface DerivationRules {
  now: Date;
  /** Working days a milestone may pass its planned date before it counts as overdue. */
  graceWorkingDays: number;
}

/** Monday-to-Friday stand-in, only for years the holiday calendar does not cover yet. */
function addWeekdays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  for (let left = days; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}

/** The last day a milestone planned for `plannedDate` is still on time. */
export function lastDayOnTime(plannedDate: string, graceWorkingDays: number): string {
  if (graceWorkingDays === 0) return plannedDate;
  try {
    return addWorkingDays(plannedDate, graceWorkingDays);
  } catch (error) {
    if (!(error instanceof WorkingDayCalendarError)) throw error;
    return addWeekdays(plannedDate, graceWorkingDays);
  }
}

function overdueWorkingDays(plannedDate: string, now: Date): number | null {
  try {
    return workingDaysBetween(plannedDate, now);
  } catch (error) {
    if (error instanceof WorkingDayCalendarError) return null;
    throw error;
  }
}

export function deriveMilestone(milestone: Milestone, rules: DerivationRules): ProjectMilestoneParent {
  const done = milestone.actualDate !== null;
  const overdue = !done && isOverdue(lastDayOnTime(milestone.plannedDate, rules.graceWorkingDays), rules.now);
  const latest = milestone.delays.at(-1);
  return {
    ...milestone,
    done,
    overdue,
    overdueWorkingDays: overdue ? overdueWorkingDays(milestone.plannedDate, rules.now) : null,
    delayReason: latest?.reason ?? null,
    delayExplainedDate: latest?.date ?? null,
    needsExplanation: overdue && latest === undefined,
  };
}

/** Progress shown to residents: 100 only when everything is done, otherwise rounded down. */
const shownProgress = (exact: number, allDone: boolean) => (allDone ? 100 : Math.min(99, Math.floor(exact)));

interface Weighable {
  progressExact: number;
  status: ProjectStatus;
  budget: ProjectBudgetParent;
}

/** Budget-weighted roll-up of parts (child projects, or a list's projects), cancelled parts left out. */
export function rollUp(parts: readonly Weighable[]): { progressExact: number; progress: number } {
  const counted = parts.filter((part) => part.status !== 'CANCELLED');
  if (counted.length === 0) return { progressExact: 0, progress: 0 };
  const totalBudget = counted.reduce((sum, part) => sum + part.budget.planned, 0);
  const weightOf = (part: Weighable) => (totalBudget > 0 ? part.budget.planned : 1);
  const totalWeight = totalBudget > 0 ? totalBudget : counted.length;
  const progressExact = counted.reduce((sum, part) => sum + part.progressExact * weightOf(part), 0) / totalWeight;
  return { progressExact, progress: shownProgress(progressExact, counted.every((part) => part.status === 'COMPLETED')) };
}

export function sumBudgets(budgets: readonly ProjectBudgetParent[]): ProjectBudgetParent {
  return budgets.reduce((sum, budget) => ({ planned: sum.planned + budget.planned, spent: sum.spent + budget.spent }), { planned: 0, spent: 0 });
}

const latestDate = (dates: Array<string | null>): string | null => dates.reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);

function statusOf(project: StoredProject, parts: { allDone: boolean; anyOverdue: boolean; anyStarted: boolean }): ProjectStatus {
  if (project.cancellation) return 'CANCELLED';
  if (parts.allDone) return 'COMPLETED';
  if (parts.anyOverdue) return 'DELAYED';
  if (parts.anyStarted || project.updateCount > 0 || project.spent > 0) return 'IN_PROGRESS';
  return 'NOT_STARTED';
}

/**
 * The project as residents see it today. `children` are the stored child projects (a parent's
 * `childIds`); any that are missing are left out.
 */
export function deriveProject(project: StoredProject, children: readonly StoredProject[], rules: DerivationRules): ProjectParent {
  const own: ProjectBudgetParent = { planned: project.budgetPlanned, spent: project.spent };
  if (project.childIds.length > 0) {
    const childViews = children.map((child) => deriveProject(child, [], rules)).sort((a, b) => a.order - b.order);
    const counted = childViews.filter((child) => child.status !== 'CANCELLED');
    const allDone = counted.length > 0 && counted.every((child) => child.status === 'COMPLETED');
    const { milestones: _milestones, ...rest } = project;
    return {
      ...rest,
      milestones: [],
      ...rollUp(childViews),
      progressBasis: 'CHILDREN',
      status: statusOf(project, {
        allDone,
        anyOverdue: counted.some((child) => child.status === 'DELAYED'),
        anyStarted: counted.some((child) => child.status === 'IN_PROGRESS' || child.status === 'COMPLETED'),
      }),
      budget: sumBudgets([own, ...childViews.map((child) => child.budget)]),
      completedDate: allDone ? latestDate(counted.map((child) => child.completedDate)) : null,
      children: childViews,
    };
  }
  const milestones = project.milestones.map((milestone) => deriveMilestone(milestone, rules));
  const totalWeight = milestones.reduce((sum, m) => sum + m.weight, 0);
  const doneWeight = milestones.filter((m) => m.done).reduce((sum, m) => sum + m.weight, 0);
  const allDone = milestones.length > 0 && milestones.every((m) => m.done);
  const progressExact = totalWeight > 0 ? (doneWeight / totalWeight) * 100 : 0;
  return {
    ...project,
    milestones,
    progressExact,
    progress: shownProgress(progressExact, allDone),
    progressBasis: 'MILESTONES',
    status: statusOf(project, { allDone, anyOverdue: milestones.some((m) => m.overdue), anyStarted: milestones.some((m) => m.done) }),
    budget: own,
    completedDate: allDone ? latestDate(milestones.map((m) => m.actualDate)) : null,
    children: [],
  };
}
