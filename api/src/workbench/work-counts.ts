import type { RequestContext } from '../app';
import { governmentDate } from '../core/clock';

// The 工作台's figures are contributed by the features that own the work: each feature exports a
// WorkCounter (ratings/rating-work.ts, projects/project-work.ts …) and work-counters.ts lists them.
// A new feature (consultations, information requests) adds its counter there, and its figures appear.

/** Whose work, and on which day. */
export interface WorkScope {
  /** One department's work; undefined: every department's (a district admin who chose none). */
  department: string | undefined;
  /** The departments whose work that is: the one, or every department a district admin may pick (those with staff). */
  departments: string[];
  /** Beijing date. */
  today: string;
  now: Date;
}

/** One figure on the 工作台 (the schema's WorkCount). */
export interface WorkCount {
  key: string;
  label: string;
  count: number;
  /** What the count is in, after the number (件, 条, 份, 场 …). */
  unit: string;
  overdue: number | null;
  detail: string | null;
  /** The mini-app page listing the work, with its filter. */
  path: string;
}

/** A feature's figures for the scope; none when the work is not the scope's to do. */
export type WorkCounter = (context: RequestContext, scope: WorkScope) => Promise<WorkCount[]>;

/**
 * The figure of a queue of cases on a working-day clock (咨询留言, 依申请公开): how many wait for an
 * answer, how many are past their last day (`overdue`), and how many are due today (said in `detail`;
 * the overdue ones the card says already). `count` counts the open ones whose last day is before the
 * given day (or all of them without one).
 */
export async function clockedQueueCount(
  count: (dueBefore?: string) => Promise<number>,
  { today, now }: WorkScope,
  figure: Pick<WorkCount, 'key' | 'label' | 'unit'> & { page: string },
): Promise<WorkCount> {
  const tomorrow = governmentDate(new Date(now.getTime() + 86_400_000));
  const [all, overdue, dueByToday] = await Promise.all([count(), count(today), count(tomorrow)]);
  const dueToday = dueByToday - overdue;
  const detail = dueToday > 0 ? `今天到期 ${dueToday} ${figure.unit}` : null;
  return { key: figure.key, label: figure.label, count: all, unit: figure.unit, overdue, detail, path: overdue > 0 ? `${figure.page}?show=overdue` : figure.page };
}
