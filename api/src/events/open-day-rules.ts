import { badInput, conflict, UserFacingError } from '../core/errors';
import { SEAT_STATUSES, type EventDetails, type EventFeedback, type EventStatus, type StoredEvent, type StoredEventStatus, type StoredRegistration } from './event-model';

// When a resident may sign up, cancel, check in or answer the questionnaire, and what they are told
// when they may not: pure functions of the event, the registration and the time. The resolvers check
// who may act; the stores write only if the data still allows it (their conditions say the same as
// these rules) and, when a write is refused, re-read and ask these rules what to say.

/** An event lasts at most this long, so "not yet ended" is a bounded range of start times. */
export const MAX_EVENT_DAYS = 7;
/** Check-in opens this long before the start. */
const CHECK_IN_OPENS_HOURS = 3;
/** The questionnaire stays open this long after the end. */
export const FEEDBACK_DAYS = 30;

/** The status residents see: an event whose end has passed was held. */
export function displayStatus(event: Pick<StoredEvent, 'status' | 'endsAt'>, now: Date): EventStatus {
  if ((event.status === 'OPEN' || event.status === 'CLOSED') && now.toISOString() >= event.endsAt) return 'HELD';
  return event.status;
}

/** Why sign-up is refused now, in the resident's words; null while it is open. */
export function signUpRefusal(event: StoredEvent, now: Date): UserFacingError | null {
  const at = now.toISOString();
  if (event.status === 'CANCELLED') return badInput('这个开放日已经取消了。');
  if (event.status === 'DRAFT') return badInput('这个开放日还没有发布。');
  if (at < event.signUpOpensAt) return badInput('报名还没有开始，请到时再来。');
  if (event.status === 'CLOSED' || at >= event.signUpClosesAt || event.drawSeed) return badInput('报名已经截止了。');
  return null;
}

export const signUpOpen = (event: StoredEvent, now: Date) => signUpRefusal(event, now) === null;

/** Why a registration cannot be cancelled now (the seat would not go to the next in time, or a draw runs). */
export function cancelRefusal(event: StoredEvent, now: Date): UserFacingError | null {
  if (event.status === 'CANCELLED') return badInput('这个开放日已经取消了，不用再取消报名。');
  if (now.toISOString() >= event.startsAt) return badInput('开放日已经开始，不能再取消报名了。');
  if (event.drawSeed && !event.drawnAt) return badInput('正在抽签，请稍后再取消。');
  return null;
}

/** Whether staff may check people in at the door now. */
export function checkInRefusal(event: StoredEvent, now: Date): UserFacingError | null {
  if (event.status === 'CANCELLED' || event.status === 'DRAFT') return badInput('这个开放日不在进行中，不能签到。');
  if (now.getTime() < Date.parse(event.startsAt) - CHECK_IN_OPENS_HOURS * 3600_000) return badInput(`还没到签到时间：开始前 ${CHECK_IN_OPENS_HOURS} 小时开始签到。`);
  if (now.toISOString() >= event.endsAt) return badInput('开放日已经结束，不能再签到了。');
  return null;
}

/** Only a seat holder checks in. */
export function seatRefusal(registration: StoredRegistration): UserFacingError | null {
  if (SEAT_STATUSES.includes(registration.status)) return null;
  if (registration.status === 'CANCELLED') return badInput('这条报名已经取消，不能签到。');
  return badInput(registration.status === 'WAITLISTED' ? '这位还在候补，没有名额，不能签到。' : '这位还没有抽中，不能签到。');
}

/**
 * The questionnaire is for those who came: checked in, or, for an online event, holding a seat once it
 * has begun; it closes FEEDBACK_DAYS after the end. Throws the refusal otherwise.
 */
export function assertMayAnswerQuestionnaire(event: StoredEvent, registration: StoredRegistration | null, now: Date): asserts registration is StoredRegistration {
  const attended =
    registration !== null &&
    (registration.checkedInAt !== null || (event.venue === null && SEAT_STATUSES.includes(registration.status) && now.toISOString() >= event.startsAt));
  if (!attended) throw new UserFacingError('FORBIDDEN', '问卷只请参加了这次开放日（已签到）的居民填写。');
  if (now.getTime() > Date.parse(event.endsAt) + FEEDBACK_DAYS * 86_400_000) throw badInput('这次开放日的问卷已经截止了。');
}

/** One questionnaire each: the same answers again are a retry, different ones a second questionnaire. */
export function secondQuestionnaireRefusal(first: EventFeedback, again: Omit<EventFeedback, 'submittedAt'>): UserFacingError | null {
  const same = first.satisfaction === again.satisfaction && first.useful === again.useful && first.suggestions === again.suggestions;
  return same ? null : conflict('您已经填过这次开放日的问卷了，谢谢！');
}

/** Why a draw cannot start: only once, for a DRAW event whose sign-up has closed. */
export function drawRefusal(event: StoredEvent): UserFacingError {
  if (event.drawnAt) return conflict('这个开放日已经抽过签了。');
  if (event.selectionMode !== 'DRAW') return badInput('这个开放日是先到先得，不用抽签。');
  if (event.status === 'DRAFT') return badInput('开放日还没有发布。');
  if (event.status === 'CANCELLED') return badInput('开放日已经取消了。');
  return badInput('报名还没有截止，截止后才能抽签。');
}

/** The statuses staff may move an event from: DRAFT → OPEN, OPEN → CLOSED, anything but DRAFT → CANCELLED. */
export const STATUS_CHANGES_FROM: Readonly<Record<Exclude<StoredEventStatus, 'DRAFT'>, readonly StoredEventStatus[]>> = Object.freeze({
  OPEN: ['DRAFT'],
  CLOSED: ['OPEN'],
  CANCELLED: ['DRAFT', 'OPEN', 'CLOSED'],
});

const STATUS_REFUSALS: Partial<Record<StoredEventStatus, string>> = {
  DRAFT: '开放日还是草稿，请先发布。',
  CLOSED: '报名已经截止。',
  CANCELLED: '开放日已经取消。',
  OPEN: '开放日已经发布。',
};

/** Why an event in this status cannot take the change asked for. */
export const statusChangeRefusal = (event: StoredEvent): UserFacingError => badInput(STATUS_REFUSALS[event.status] ?? '开放日现在的状态不能这样改。');

/** Publishing needs a sign-up window that has not closed yet. */
export function publishRefusal(event: StoredEvent, now: Date): UserFacingError | null {
  if (event.status === 'DRAFT' && now.toISOString() >= event.signUpClosesAt) return badInput('报名截止时间已经过了，请先修改时间再发布。', { field: 'signUpClosesAt' });
  return null;
}

/** Why a change of details was refused, given the event as it is now (`current`) and as staff read it (`before`). */
export function updateRefusal(before: StoredEvent, current: StoredEvent, details: EventDetails): UserFacingError {
  if (current.version !== before.version) return conflict('这个开放日刚被别人改过，请刷新后再改。');
  if (current.status === 'CANCELLED') return badInput('开放日已经取消，不能再修改。');
  if (current.drawSeed && !current.drawnAt) return badInput('正在抽签，请稍后再改名额。', { field: 'capacity' });
  if (details.selectionMode !== before.selectionMode) return badInput('已经有人报名，不能再改报名方式。', { field: 'selectionMode' });
  const taken = current.capacity - current.seatsLeft;
  return badInput(`已经有 ${taken} 人报名成功，名额不能少于 ${taken}。`, { field: 'capacity' });
}

/** 吸收采纳情况 is published once the event has been held. */
export function summaryRefusal(event: StoredEvent, now: Date): UserFacingError | null {
  if (event.status === 'CANCELLED' || event.status === 'DRAFT' || displayStatus(event, now) !== 'HELD') return badInput('开放日结束后才能发布意见采纳情况。');
  return null;
}
