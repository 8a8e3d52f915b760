// 好差评: services, ratings and the cases bad ratings open, as the store keeps them (declared with
// their keys in rating-items.ts).

import type * as z from 'zod';
import type { caseItem, caseStepAttributes, ratingItem, serviceItem } from './rating-items';

export const SERVICE_CHANNELS = ['WINDOW', 'ONLINE', 'HOTLINE'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export const RATING_REASONS = ['LONG_WAIT', 'BAD_ATTITUDE', 'MULTIPLE_TRIPS', 'UNCLEAR_REQUIREMENTS', 'SYSTEM_FAILURE', 'OTHER'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export const REASON_LABELS: Readonly<Record<RatingReason, string>> = Object.freeze({
  LONG_WAIT: '等候时间长',
  BAD_ATTITUDE: '态度不好',
  MULTIPLE_TRIPS: '办事不顺利/多次跑',
  UNCLEAR_REQUIREMENTS: '材料要求不清',
  SYSTEM_FAILURE: '系统故障',
  OTHER: '其他',
});

export type StoredService = z.output<typeof serviceItem.declaration.attributes>;

export type StoredRating = z.output<typeof ratingItem.declaration.attributes>;

export const CASE_STATUSES = ['OPEN', 'CALLED_BACK', 'RECTIFIED', 'EXPLAINED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case's appeal as the staff lists filter on it: waiting for a district admin, or decided. */
export const APPEAL_STATES = ['WAITING', 'DECIDED'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];
export type ReplyOutcome = NonNullable<StoredCase['outcome']>;

export type CaseDeadline = StoredCase['rectifyDeadline'];
export type CaseStep = z.output<typeof caseStepAttributes>;

export type StoredCase = z.output<typeof caseItem.declaration.attributes>;

// What the GraphQL types' field resolvers start from (codegen's mappers: always `<Type>Parent`).
export type ServiceParent = StoredService;

/** A case as resolvers see it: its history and rating when they were read with it, else loaded when asked for. */
export interface RatingCaseParent extends StoredCase {
  steps?: CaseStep[];
  rating?: StoredRating;
}

/** A step as resolvers see it: `by` null in what residents see. */
export type RatingCaseStepParent = Omit<CaseStep, 'by'> & { by: string | null };
export type RatingAppealParent = NonNullable<StoredCase['appeal']>;
export type AppealDecisionParent = NonNullable<RatingAppealParent['decision']>;

/** A rating as resolvers see it: its case (bad ratings) when read with it, else loaded when asked for. */
export interface RatingParent extends StoredRating {
  case?: RatingCaseParent | null;
}

/** The deadline of the work due now, or null when none is. */
export function dueDate(c: Pick<StoredCase, 'status' | 'callbackDeadline' | 'rectifyDeadline'>): string | null {
  if (c.status === 'OPEN') return (c.callbackDeadline ?? c.rectifyDeadline).date;
  if (c.status === 'CALLED_BACK') return c.rectifyDeadline.date;
  return null;
}
