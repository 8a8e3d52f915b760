// 好差评: services, ratings and the cases bad ratings open, as the store keeps them (declared with
// their keys in rating-items.ts).

import type { z } from 'zod';
import type { caseItem, caseStepAttributes, ratingItem, serviceItem } from './rating-items';

export const SERVICE_CHANNELS = ['WINDOW', 'ONLINE', 'HOTLINE'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export const RATING_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const LEVEL_LABELS: Readonly<Record<RatingLevel, string>> = Object.freeze({
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASIC: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
});

/** 差评: the bottom two levels. */
export const isBadLevel = (level: RatingLevel) => level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';

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
export type ReplyOutcome = NonNullable<StoredCase['outcome']>;

export type CaseDeadline = StoredCase['callbackDeadline'];
export type CaseStep = z.output<typeof caseStepAttributes>;

export type StoredCase = z.output<typeof caseItem.declaration.attributes>;

/** A case as resolvers see it: its history and rating when they were read with it, else loaded when asked for. */
export interface CaseParent extends StoredCase {
  steps?: CaseStep[];
  rating?: StoredRating;
}

/** A rating as resolvers see it: its case (bad ratings) when read with it, else loaded when asked for. */
export interface RatingParent extends StoredRating {
  case?: CaseParent | null;
}

/** The statuses in which work is due: OPEN (call back) and CALLED_BACK (fix and reply). */
export const WORK_DUE: readonly CaseStatus[] = ['OPEN', 'CALLED_BACK'];

/** The deadline of the work due now, or null when none is. */
export function dueDate(c: Pick<StoredCase, 'status' | 'callbackDeadline' | 'rectifyDeadline'>): string | null {
  if (c.status === 'OPEN') return c.callbackDeadline.date;
  if (c.status === 'CALLED_BACK') return c.rectifyDeadline.date;
  return null;
}
