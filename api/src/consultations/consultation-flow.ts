import { extendClock, readClock, restartClock, startClock, type ClockReading } from '../core/case-clock';
import { advance, openingStep, RESIDENT_ACTOR, type CaseChange } from '../core/case-history';
import { governmentDate } from '../core/clock';
import type { ConsultationDeadlines } from '../core/config';
import { conflict } from '../core/errors';
import type { ConsultationStep, StoredConsultation } from './consultation-model';

// What may happen to a consultation, and when:
//  - answered within `simpleWorkingDays` (1) of the day it was asked; staff may mark it complex once,
//    with a reason, which gives it `complexWorkingDays` (5) from that same day;
//  - a transfer to another department keeps the clock (it does not restart);
//  - the resident rates the answer 满意 or 不满意; the first 不满意 reopens it with the reason and a new
//    allowance from that day, a second one closes it;
//  - it may be handed to the 12345 hotline with the work order's number, which closes it here.
// Pure functions: resolvers check who may act, these check when.

export type ConsultationChange = CaseChange<StoredConsultation, ConsultationStep>;

type StepInput = Omit<ConsultationStep, 'sequence' | 'note' | 'fromDepartment' | 'toDepartment'> &
  Partial<Pick<ConsultationStep, 'note' | 'fromDepartment' | 'toDepartment'>>;
const step = (s: StepInput) => ({ fromDepartment: null, toDepartment: null, ...s });
const change = (before: StoredConsultation, changes: Partial<StoredConsultation>, s: StepInput): ConsultationChange =>
  advance(before, { ...changes, updatedAt: s.at }, step(s));

export const answerClock = (consultation: Pick<StoredConsultation, 'clock'>): ClockReading => readClock(consultation.clock);

export interface Question {
  id: string;
  residentId: string;
  topic: string | null;
  /** The department named, or null for 不知道找谁. */
  department: string | null;
  question: string;
  photoKeys: string[];
  public: boolean;
  contactMobile: string | null;
  now: Date;
  demo: boolean;
}

/** A new question; one that names no department goes to the district office, which routes it. */
export function ask(question: Question, districtOffice: string, deadlines: ConsultationDeadlines): { consultation: StoredConsultation; step: ConsultationStep } {
  const { now, department, ...rest } = question;
  const askedAt = now.toISOString();
  const askedOn = governmentDate(now);
  const consultation: StoredConsultation = {
    ...rest,
    department: department ?? districtOffice,
    departmentChosen: department !== null,
    status: 'OPEN',
    complexReason: null,
    askedAt,
    askedOn,
    clock: startClock(askedOn, deadlines.simpleWorkingDays),
    answer: null,
    ratings: [],
    hotlineOrder: null,
    faqPublishedAt: null,
    updatedAt: askedAt,
    version: 1,
  };
  return { consultation, step: openingStep<ConsultationStep>(step({ kind: 'ASKED', at: askedAt, by: RESIDENT_ACTOR, toDepartment: consultation.department })) };
}

function mustBeOpen(consultation: StoredConsultation): void {
  if (consultation.status === 'ANSWERED') throw conflict('这条留言已经答复了。');
  if (consultation.status === 'CLOSED') throw conflict('这条留言已经办结了。');
  if (consultation.status === 'HOTLINE') throw conflict('这条留言已经转给12345热线办理了。');
}

/** To another department, with a note for it; the clock goes on as it was. */
export function transfer(consultation: StoredConsultation, toDepartment: string, note: string, by: string, now: Date): ConsultationChange {
  mustBeOpen(consultation);
  if (toDepartment === consultation.department) throw conflict(`这条留言已经在${toDepartment}了。`);
  return change(
    consultation,
    { department: toDepartment },
    { kind: 'TRANSFERRED', at: now.toISOString(), by, note, fromDepartment: consultation.department, toDepartment },
  );
}

/** Complex (复杂咨询), with the reason: `complexWorkingDays` from the day it was asked. Once. */
export function markComplex(consultation: StoredConsultation, reason: string, by: string, now: Date, deadlines: ConsultationDeadlines): ConsultationChange {
  mustBeOpen(consultation);
  if (consultation.complexReason !== null) throw conflict('这条留言已经标为复杂咨询了。');
  const extra = deadlines.complexWorkingDays - deadlines.simpleWorkingDays;
  return change(
    consultation,
    { complexReason: reason, clock: extendClock(consultation.clock, { workingDays: Math.max(0, extra), reason, approvedBy: by, on: governmentDate(now) }) },
    { kind: 'MARKED_COMPLEX', at: now.toISOString(), by, note: reason },
  );
}

export function answer(consultation: StoredConsultation, text: string, by: string, now: Date): ConsultationChange {
  mustBeOpen(consultation);
  const due = answerClock(consultation).due;
  const at = now.toISOString();
  return change(
    consultation,
    { status: 'ANSWERED', answer: { text, department: consultation.department, answeredAt: at, answeredBy: by, onTime: due === null || governmentDate(now) <= due } },
    { kind: 'ANSWERED', at, by, note: text },
  );
}

/** 满意 closes it; the first 不满意 reopens it with its reason and a new allowance from today; a second closes it. */
export function rate(consultation: StoredConsultation, satisfied: boolean, reason: string | null, now: Date): ConsultationChange {
  if (consultation.status !== 'ANSWERED') throw conflict(consultation.status === 'OPEN' ? '还没有答复，答复后才能评价。' : '这条留言已经评价过了。');
  if (!satisfied && !reason) throw conflict('请说一说哪里不满意。');
  const at = now.toISOString();
  const rating = { satisfied, reason: satisfied ? null : reason, ratedAt: at };
  const ratings = [...consultation.ratings, rating];
  const reopen = !satisfied && consultation.ratings.length === 0;
  return change(consultation, { status: reopen ? 'OPEN' : 'CLOSED', ratings, ...(reopen ? { clock: restartClock(consultation.clock, governmentDate(now)) } : {}) }, {
    kind: reopen ? 'REOPENED' : 'RATED',
    at,
    by: RESIDENT_ACTOR,
    note: satisfied ? '满意' : `不满意：${reason}`,
  });
}

/** Handed to the 12345 hotline, which answers it there: recorded with the work order's number. */
export function handToHotline(consultation: StoredConsultation, workOrder: string, by: string, now: Date): ConsultationChange {
  mustBeOpen(consultation);
  return change(consultation, { status: 'HOTLINE', hotlineOrder: workOrder }, { kind: 'HANDED_TO_HOTLINE', at: now.toISOString(), by, note: `12345工单号：${workOrder}` });
}

/** Published as a 高频问答: only an answered question its asker made public (agreeing to publication). */
/** Only an answered question its asker agreed to make public may be shown to everyone (高频问答, a policy's 问答). */
export function refuseUnpublishable(consultation: StoredConsultation): void {
  if (!consultation.public) throw conflict('提问人没有同意公开这条留言，不能作为高频问答发布。');
  if (!consultation.answer) throw conflict('答复之后才能作为高频问答发布。');
}

export function publishAsFaq(consultation: StoredConsultation, by: string, now: Date): ConsultationChange {
  refuseUnpublishable(consultation);
  if (consultation.faqPublishedAt) throw conflict('这条留言已经作为高频问答发布了。');
  const at = now.toISOString();
  return change(consultation, { faqPublishedAt: at }, { kind: 'PUBLISHED_AS_FAQ', at, by });
}
