import type { RequestContext } from '../app';

// The 工作台's figures are contributed by the features that own the work: each feature exports a
// WorkCounter (ratings/rating-work.ts, projects/project-work.ts …) and work-counters.ts lists them.
// A new feature (consultations, information requests) adds its counter there, and its figures appear.

/** Whose work, and on which day. */
export interface WorkScope {
  /** One department's work; undefined: every department's (a district admin who chose none). */
  department: string | undefined;
  /** Beijing date. */
  today: string;
  now: Date;
}

/** One figure on the 工作台 (the schema's WorkCount). */
export interface WorkCount {
  key: string;
  label: string;
  count: number;
  overdue: number | null;
  detail: string | null;
  /** The mini-app page listing the work, with its filter. */
  path: string;
}

/** A feature's figures for the scope; none when the work is not the scope's to do. */
export type WorkCounter = (context: RequestContext, scope: WorkScope) => Promise<WorkCount[]>;
