import type { Satisfaction } from '../core/satisfaction';

// 好差评: services, ratings and the cases bad ratings open, as the store keeps them. A rating's level
// is the one satisfaction scale (core/satisfaction.ts); its bottom two levels are 差评.

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

export interface StoredService {
  id: string;
  department: string;
  name: string;
  channel: ServiceChannel;
  windows: string[];
  description: string | null;
  demo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface StoredRating {
  id: string;
  serviceId: string;
  department: string;
  residentId: string;
  level: Satisfaction;
  bad: boolean;
  reasons: RatingReason[];
  comment: string | null;
  matterNumber: string | null;
  window: string | null;
  /** The call-back number, stored whole, shown masked. */
  contactPhone: string | null;
  ratedAt: string;
  /** Beijing date of ratedAt; a rating counts in the figures of its month. */
  ratedDate: string;
  /** Hash of what the resident sent: the same again is a retry, anything else a second rating. */
  fingerprint: string;
  demo: boolean;
}

export const CASE_STATUSES = ['OPEN', 'CALLED_BACK', 'RECTIFIED', 'EXPLAINED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ReplyOutcome = 'RECTIFIED' | 'EXPLAINED';
export type CaseStepKind = 'OPENED' | 'CALLED_BACK' | 'REPLIED' | 'FOLLOW_UP_RATED' | 'APPEALED' | 'APPEAL_UPHELD' | 'APPEAL_REJECTED' | 'CLOSED';

export interface CaseDeadline {
  date: string;
  provisional: boolean;
}

export interface CaseStep {
  kind: CaseStepKind;
  at: string;
  /** Staff username, or 'resident'. */
  by: string;
  note: string | null;
  outcome: ReplyOutcome | null;
  level: Satisfaction | null;
}

export interface StoredCase {
  id: string;
  serviceId: string;
  department: string;
  residentId: string;
  status: CaseStatus;
  openedAt: string;
  /** The month (YYYY-MM) of the rating, whose figures the case's outcome updates. */
  month: string;
  callbackDeadline: CaseDeadline;
  rectifyDeadline: CaseDeadline;
  calledBackAt: string | null;
  reply: string | null;
  outcome: ReplyOutcome | null;
  repliedAt: string | null;
  answeredOnTime: boolean | null;
  followUp: { level: Satisfaction; comment: string | null; ratedAt: string } | null;
  closedAt: string | null;
  resolved: boolean;
  appeal: {
    reason: string;
    appealedAt: string;
    appealedBy: string;
    decision: { upheld: boolean; note: string | null; decidedAt: string; decidedBy: string } | null;
  } | null;
  excluded: boolean;
  /** Counts the writes to the case; each write is conditional on the version it read. */
  version: number;
  demo: boolean;
}

// What the GraphQL types' field resolvers start from (codegen's mappers: always `<Type>Parent`).
export type ServiceParent = StoredService;

/** A case as resolvers see it: its history and rating when they were read with it, else loaded when asked for. */
export interface RatingCaseParent extends StoredCase {
  steps?: CaseStep[];
  rating?: StoredRating;
}

/** A rating as resolvers see it: its case (bad ratings) when read with it, else loaded when asked for. */
export interface RatingParent extends StoredRating {
  case?: RatingCaseParent | null;
}

/** The deadline of the work due now, or null when none is. */
export function dueDate(c: Pick<StoredCase, 'status' | 'callbackDeadline' | 'rectifyDeadline'>): string | null {
  if (c.status === 'OPEN') return c.callbackDeadline.date;
  if (c.status === 'CALLED_BACK') return c.rectifyDeadline.date;
  return null;
}
