import { conflict } from '../core/errors';
import { governmentDate } from '../core/clock';
import { isOverdue as dayHasPassed, workingDeadline } from '../core/working-days';
import type { RatingDeadlines } from '../core/config';
import { isDissatisfied, type Satisfaction } from '../core/satisfaction';
import { dueDate, type CaseStep, type RatingReason, type ReplyOutcome, type StoredCase, type StoredRating, type StoredService } from './rating-model';
import type { CounterDelta } from './rating-store';

// What each step of a bad-rating case may do, and what it changes: OPEN → CALLED_BACK → RECTIFIED or
// EXPLAINED → CLOSED. Pure functions: the resolvers check who may act, these check when, and the
// store writes the result only if the case is still as it was read.

export interface Transition {
  after: StoredCase;
  step: CaseStep;
  counters?: CounterDelta;
}

const step = (kind: CaseStep['kind'], at: string, by: string, extra: Partial<CaseStep> = {}): CaseStep => ({ kind, at, by, note: null, outcome: null, level: null, ...extra });
const next = (c: StoredCase, changes: Partial<StoredCase>): StoredCase => ({ ...c, ...changes, version: c.version + 1 });

/** Whether the work due now (call-back, or fix and reply) is past its deadline at `now`. */
export function caseIsOverdue(c: StoredCase, now: Date): boolean {
  const due = dueDate(c);
  return due !== null && dayHasPassed(due, now);
}

export function recordCallback(c: StoredCase, by: string, note: string, now: Date): Transition {
  if (c.status !== 'OPEN' && c.status !== 'CALLED_BACK') throw conflict('这件事已经回复过了，不用再记录回访。');
  const at = now.toISOString();
  return { after: next(c, { status: 'CALLED_BACK', calledBackAt: c.calledBackAt ?? at }), step: step('CALLED_BACK', at, by, { note }) };
}

export function reply(c: StoredCase, by: string, text: string, outcome: ReplyOutcome, now: Date): Transition {
  if (c.status === 'OPEN') throw conflict('请先回访评价人，记录回访情况后再回复。');
  if (c.status !== 'CALLED_BACK') throw conflict('这件事已经回复过了。');
  const at = now.toISOString();
  const onTime = governmentDate(now) <= c.rectifyDeadline.date;
  return {
    after: next(c, { status: outcome, reply: text, outcome, repliedAt: at, answeredOnTime: onTime }),
    step: step('REPLIED', at, by, { note: text, outcome }),
    counters: c.excluded ? undefined : { answered: 1, answeredOnTime: onTime ? 1 : 0 },
  };
}

export function rateFix(c: StoredCase, level: Satisfaction, comment: string | null, now: Date): Transition {
  if (c.followUp) throw conflict('您已经评价过整改结果了，每件事只能追评一次。');
  if (c.status !== 'RECTIFIED' && c.status !== 'EXPLAINED') {
    throw conflict(c.status === 'CLOSED' ? '这件事已经办结，不能再追评。' : '部门还没有答复，答复后才能追评。');
  }
  const at = now.toISOString();
  return { after: next(c, { followUp: { level, comment, ratedAt: at } }), step: step('FOLLOW_UP_RATED', at, 'resident', { level, note: comment }) };
}

/** Resolved means closed with the resident's satisfaction: a follow-up of 基本满意 or better; none given is not. */
export function close(c: StoredCase, by: string, note: string | null, now: Date): Transition {
  if (c.status === 'CLOSED') throw conflict('这件事已经办结了。');
  if (c.status !== 'RECTIFIED' && c.status !== 'EXPLAINED') throw conflict('回复评价人之后才能办结。');
  const at = now.toISOString();
  const resolved = c.followUp !== null && !isDissatisfied(c.followUp.level);
  return {
    after: next(c, { status: 'CLOSED', closedAt: at, resolved }),
    step: step('CLOSED', at, by, { note }),
    counters: c.excluded || !resolved ? undefined : { resolved: 1 },
  };
}

export function appeal(c: StoredCase, by: string, reason: string, now: Date): Transition {
  if (c.appeal) throw conflict('这条评价已经申诉过了，每条评价只能申诉一次。');
  if (c.status === 'CLOSED') throw conflict('这件事已经办结，不能再申诉。');
  const at = now.toISOString();
  return { after: next(c, { appeal: { reason, appealedAt: at, appealedBy: by, decision: null } }), step: step('APPEALED', at, by, { note: reason }) };
}

/**
 * An upheld appeal takes the rating out of the figures (everything it counted is taken back and it
 * counts as `excluded`) and closes the case; a rejected one leaves the case as it was.
 */
export function decide(c: StoredCase, by: string, upheld: boolean, note: string | null, level: Satisfaction, now: Date): Transition {
  if (!c.appeal) throw conflict('这条评价没有申诉。');
  if (c.appeal.decision) throw conflict('这条申诉已经有结论了。');
  const at = now.toISOString();
  const decision = { upheld, note, decidedAt: at, decidedBy: by };
  if (!upheld) return { after: next(c, { appeal: { ...c.appeal, decision } }), step: step('APPEAL_REJECTED', at, by, { note }) };
  const counters: CounterDelta = {
    ratings: -1,
    [level]: -1,
    bad: -1,
    answered: c.repliedAt ? -1 : 0,
    answeredOnTime: c.answeredOnTime ? -1 : 0,
    resolved: c.resolved ? -1 : 0,
    excluded: 1,
  };
  const closing = c.status === 'CLOSED' ? {} : { status: 'CLOSED' as const, closedAt: at };
  return { after: next(c, { appeal: { ...c.appeal, decision }, excluded: true, ...closing }), step: step('APPEAL_UPHELD', at, by, { note }), counters };
}

export interface RatingRequest {
  id: string;
  service: Pick<StoredService, 'id' | 'department'>;
  residentId: string;
  level: Satisfaction;
  reasons: RatingReason[];
  comment: string | null;
  matterNumber: string | null;
  window: string | null;
  contactPhone: string | null;
  fingerprint: string;
  now: Date;
  deadlines: RatingDeadlines;
  demo: boolean;
}

/**
 * A rating as stored, and for a bad one (差评) the case it opens: call back within
 * `callbackWorkingDays`, fix and reply within `rectifyWorkingDays`, both counted from the day of the
 * rating in China's working days (provisional where the year's calendar is not known yet).
 */
export function openRating(request: RatingRequest): { rating: StoredRating; opened?: { case: StoredCase; step: CaseStep } } {
  const ratedAt = request.now.toISOString();
  const ratedDate = governmentDate(request.now);
  const bad = isDissatisfied(request.level);
  const rating: StoredRating = {
    id: request.id,
    serviceId: request.service.id,
    department: request.service.department,
    residentId: request.residentId,
    level: request.level,
    bad,
    reasons: request.reasons,
    comment: request.comment,
    matterNumber: request.matterNumber,
    window: request.window,
    contactPhone: bad ? request.contactPhone : null,
    ratedAt,
    ratedDate,
    fingerprint: request.fingerprint,
    demo: request.demo,
  };
  if (!bad) return { rating };
  const opened: StoredCase = {
    id: rating.id,
    serviceId: rating.serviceId,
    department: rating.department,
    residentId: rating.residentId,
    status: 'OPEN',
    openedAt: ratedAt,
    month: ratedDate.slice(0, 7),
    callbackDeadline: workingDeadline(ratedDate, request.deadlines.callbackWorkingDays),
    rectifyDeadline: workingDeadline(ratedDate, request.deadlines.rectifyWorkingDays),
    calledBackAt: null,
    reply: null,
    outcome: null,
    repliedAt: null,
    answeredOnTime: null,
    followUp: null,
    closedAt: null,
    resolved: false,
    appeal: null,
    excluded: false,
    version: 1,
    demo: request.demo,
  };
  return { rating, opened: { case: opened, step: step('OPENED', ratedAt, 'resident', { level: rating.level }) } };
}
