import { writtenDate } from '@govopen/shared';
import { extendClock, openPause, pauseClock, readClock, restartClock, resumeClock, startClock, type ClockReading } from '../core/case-clock';
import { advance, openingStep, RESIDENT_ACTOR, SYSTEM_ACTOR, type CaseChange } from '../core/case-history';
import { governmentDate } from '../core/clock';
import type { InformationRequestSettings } from '../core/config';
import { badInput, conflict } from '../core/errors';
import { workingDeadline } from '../core/working-days';
import type { FeeCalculation } from './processing-fee';
import { groundsProblem, type ReplyGround, type ReplyKind } from './reply-kinds';
import type { RequestStep, StoredInformationRequest } from './request-model';

// What may happen to an information request, and when, by the 政府信息公开条例 (2019):
//  - reply within 20 working days of receipt (第三十三条); received on a day off, counting starts from
//    the next working day (the case clock's rule);
//  - one extension of at most 20 working days, approved by the responsible person, with the reason told
//    to the applicant (第三十三条), granted before the reply is due;
//  - 补正 (第三十条): within 7 working days of receipt, once, saying everything to correct; the clock stands
//    until the corrected application arrives and then counts 20 working days from it; no correction by
//    the day set (a district setting) and the application counts as given up;
//  - a third party's opinion (第三十二条): it has 15 working days, which the clock does not count;
//  - a 信息处理费 notice (国办函〔2020〕109号): the clock stands until the fee is paid or waived; unpaid by
//    the day set (a district setting) and the application counts as given up.
// Pure functions: resolvers check who may act, these check when; the store writes the change only if
// the request is still as it was read.

export const REPLY_WORKING_DAYS = 20;
export const MAX_EXTENSION_WORKING_DAYS = 20;
export const CORRECTION_REQUEST_WORKING_DAYS = 7;
export const THIRD_PARTY_WORKING_DAYS = 15;

export type RequestChange = CaseChange<StoredInformationRequest, RequestStep>;

type StepInput = Omit<RequestStep, 'sequence' | 'note'> & { note?: string | null };
const change = (before: StoredInformationRequest, changes: Partial<StoredInformationRequest>, step: StepInput): RequestChange => advance(before, changes, step);

/** Where the reply clock stands. */
export const replyClock = (request: Pick<StoredInformationRequest, 'clock'>): ClockReading => readClock(request.clock);

/** The last day on which 补正 may still be asked for. */
export const correctionWindowEnds = (request: Pick<StoredInformationRequest, 'receivedOn'>) => workingDeadline(request.receivedOn, CORRECTION_REQUEST_WORKING_DAYS).date;

/** What an application brings; the rest of a stored request starts empty. */
export type Application = Pick<
  StoredInformationRequest,
  'id' | 'reference' | 'residentId' | 'department' | 'applicant' | 'idNumberMasked' | 'description' | 'form' | 'delivery' | 'demo'
> & { now: Date };

/** A new application, received now; its clock counts 20 working days from today (or the next working day). */
export function receive(application: Application): { request: StoredInformationRequest; step: RequestStep } {
  const { now, ...rest } = application;
  const receivedAt = now.toISOString();
  const receivedOn = governmentDate(now);
  const request: StoredInformationRequest = {
    ...rest,
    status: 'PROCESSING',
    receivedAt,
    receivedOn,
    clock: startClock(receivedOn, REPLY_WORKING_DAYS),
    correction: null,
    fee: null,
    reply: null,
    closedReason: null,
    closedAt: null,
    version: 1,
  };
  return { request, step: openingStep<RequestStep>({ kind: 'RECEIVED', at: receivedAt, by: RESIDENT_ACTOR }) };
}

function mustBeProcessing(request: StoredInformationRequest): void {
  if (request.status === 'AWAITING_CORRECTION') throw conflict('这份申请正在等申请人补正。');
  if (request.status === 'REPLIED') throw conflict('这份申请已经答复了。');
  if (request.status === 'CLOSED') throw conflict('这份申请已经终止办理了。');
}

function mustNotBePaused(request: StoredInformationRequest): void {
  const pause = openPause(request.clock);
  if (pause?.kind === 'THIRD_PARTY') throw conflict('正在征求第三方意见，请先记录第三方的意见。');
  if (pause?.kind === 'FEE') throw conflict('信息处理费还没有缴纳或减免。');
}

/** 补正: what to correct, said once; the applicant has `correctionWorkingDays` to send it. */
export function requestCorrection(request: StoredInformationRequest, items: string, by: string, now: Date, settings: InformationRequestSettings): RequestChange {
  mustBeProcessing(request);
  if (request.correction) throw conflict('补正只能要求一次，这份申请已经要求过了。');
  mustNotBePaused(request);
  const today = governmentDate(now);
  const lastDay = correctionWindowEnds(request);
  if (today > lastDay) throw conflict(`补正要在收到申请后 7 个工作日内提出（到${writtenDate(lastDay)}为止），现在已经过了。`);
  const at = now.toISOString();
  const dueBy = workingDeadline(today, settings.correctionWorkingDays).date;
  return change(
    request,
    {
      status: 'AWAITING_CORRECTION',
      clock: pauseClock(request.clock, { kind: 'CORRECTION', on: today, maxWorkingDays: null }),
      correction: { items, requestedAt: at, requestedBy: by, dueBy, correctedText: null, correctedAt: null },
    },
    { kind: 'CORRECTION_REQUESTED', at, by, note: items },
  );
}

/** The corrected application: 20 working days count again from the day it arrives. */
export function correct(request: StoredInformationRequest, text: string, now: Date): RequestChange {
  if (request.status !== 'AWAITING_CORRECTION' || !request.correction) throw conflict('这份申请不需要补正。');
  const today = governmentDate(now);
  if (today > request.correction.dueBy) throw conflict(`补正期限（${request.correction.dueBy}）已过，这份申请已视为放弃，可以重新申请。`);
  const at = now.toISOString();
  return change(
    request,
    { status: 'PROCESSING', clock: restartClock(request.clock, today), correction: { ...request.correction, correctedText: text, correctedAt: at } },
    { kind: 'CORRECTED', at, by: RESIDENT_ACTOR, note: text },
  );
}

/** No correction by its day: the application counts as given up (视为放弃申请). */
export function lapseCorrection(request: StoredInformationRequest, now: Date): RequestChange | null {
  if (request.status !== 'AWAITING_CORRECTION' || !request.correction || governmentDate(now) <= request.correction.dueBy) return null;
  const at = now.toISOString();
  return change(request, { status: 'CLOSED', closedReason: 'CORRECTION_LAPSED', closedAt: at }, { kind: 'CORRECTION_LAPSED', at, by: SYSTEM_ACTOR });
}

export interface ExtensionInput {
  workingDays: number;
  reason: string;
  approvedBy: string;
}

/** The one extension: at most 20 working days, with its reason and approver, before the reply is due. */
export function extend(request: StoredInformationRequest, input: ExtensionInput, by: string, now: Date): RequestChange {
  mustBeProcessing(request);
  if (request.clock.extensions.length > 0) throw conflict('答复期限只能延长一次，这份申请已经延长过了。');
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > MAX_EXTENSION_WORKING_DAYS) {
    throw badInput('延长的期限要是 1 到 20 个工作日。', { field: 'workingDays' });
  }
  const today = governmentDate(now);
  const due = replyClock(request).due;
  if (due !== null && today > due) throw conflict(`答复期限（${due}）已经过了，不能再延长。`);
  const at = now.toISOString();
  return change(
    request,
    { clock: extendClock(request.clock, { ...input, on: today }) },
    { kind: 'EXTENDED', at, by, note: `延长${input.workingDays}个工作日（${input.approvedBy}批准）：${input.reason}` },
  );
}

/** Asking a third party's opinion: 15 working days the clock does not count. */
export function askThirdParty(request: StoredInformationRequest, whom: string, by: string, now: Date): RequestChange {
  mustBeProcessing(request);
  mustNotBePaused(request);
  const today = governmentDate(now);
  const due = replyClock(request).due;
  if (due !== null && today > due) throw conflict(`答复期限（${due}）已经过了。`);
  const at = now.toISOString();
  return change(
    request,
    { clock: pauseClock(request.clock, { kind: 'THIRD_PARTY', on: today, maxWorkingDays: THIRD_PARTY_WORKING_DAYS }) },
    { kind: 'THIRD_PARTY_ASKED', at, by, note: whom },
  );
}

/** The third party's opinion (or that none came): the clock counts again from today. */
export function recordThirdPartyOpinion(request: StoredInformationRequest, opinion: string, by: string, now: Date): RequestChange {
  if (openPause(request.clock)?.kind !== 'THIRD_PARTY') throw conflict('这份申请没有在征求第三方意见。');
  const at = now.toISOString();
  return change(request, { clock: resumeClock(request.clock, governmentDate(now)) }, { kind: 'THIRD_PARTY_ANSWERED', at, by, note: opinion });
}

/** A fee notice with its calculation: the clock stands until it is paid or waived. */
export function notifyFee(request: StoredInformationRequest, calculation: FeeCalculation, by: string, now: Date, settings: InformationRequestSettings): RequestChange {
  mustBeProcessing(request);
  if (request.fee) throw conflict('这份申请已经发过收费通知了。');
  mustNotBePaused(request);
  if (calculation.totalYuan === 0) throw conflict('按规定这份申请不收费，不用发收费通知。');
  const today = governmentDate(now);
  const at = now.toISOString();
  const payBy = workingDeadline(today, settings.feePaymentWorkingDays).date;
  return change(
    request,
    {
      clock: pauseClock(request.clock, { kind: 'FEE', on: today, maxWorkingDays: null }),
      fee: { ...calculation, notifiedAt: at, payBy, settlement: null, settledAt: null, settledBy: null },
    },
    { kind: 'FEE_NOTIFIED', at, by, note: `${calculation.totalYuan}元，最迟在${payBy}缴纳` },
  );
}

/** Paid or waived (no payment is taken through GovOpen): the clock counts again from today. */
export function settleFee(request: StoredInformationRequest, settlement: 'PAID' | 'WAIVED', note: string | null, by: string, now: Date): RequestChange {
  const fee = request.fee;
  if (!fee || request.status !== 'PROCESSING') throw conflict('这份申请没有待缴的信息处理费。');
  if (fee.settlement) throw conflict(fee.settlement === 'PAID' ? '这笔费用已经记为已缴纳。' : '这笔费用已经记为已减免。');
  const today = governmentDate(now);
  if (settlement === 'PAID' && today > fee.payBy) throw conflict(`缴费期限（${fee.payBy}）已过。`);
  const at = now.toISOString();
  return change(
    request,
    { clock: resumeClock(request.clock, today), fee: { ...fee, settlement, settledAt: at, settledBy: by } },
    { kind: settlement === 'PAID' ? 'FEE_PAID' : 'FEE_WAIVED', at, by, note },
  );
}

/** A fee not paid by its day: the application counts as given up. */
export function lapseFee(request: StoredInformationRequest, now: Date): RequestChange | null {
  if (request.status !== 'PROCESSING' || !request.fee || request.fee.settlement || governmentDate(now) <= request.fee.payBy) return null;
  const at = now.toISOString();
  return change(request, { status: 'CLOSED', closedReason: 'FEE_UNPAID', closedAt: at }, { kind: 'FEE_LAPSED', at, by: SYSTEM_ACTOR });
}

export interface ReplyInput {
  kind: ReplyKind;
  grounds: ReplyGround[];
  reasons: string;
  otherAgency: { name: string; contact: string | null } | null;
}

/** The reply, of one of the legal kinds, with its reasons; on time if given by the day the clock shows. */
export function reply(request: StoredInformationRequest, input: ReplyInput, by: string, now: Date): RequestChange {
  mustBeProcessing(request);
  const pause = openPause(request.clock);
  if (pause?.kind === 'FEE') throw conflict('信息处理费还没有缴纳或减免，不能答复。');
  const problem = groundsProblem(input.kind, input.grounds);
  if (problem) throw badInput(problem, { field: 'grounds' });
  if (input.kind === 'OTHER_AGENCY' && !input.otherAgency) throw badInput('请写明负责公开这项信息的机关。', { field: 'otherAgency' });
  const today = governmentDate(now);
  // A reply while a third party has not answered ends that pause today.
  const clock = pause ? resumeClock(request.clock, today) : request.clock;
  const due = readClock(clock).due;
  const at = now.toISOString();
  return change(
    request,
    {
      status: 'REPLIED',
      clock,
      reply: {
        kind: input.kind,
        grounds: input.grounds,
        reasons: input.reasons,
        otherAgency: input.kind === 'OTHER_AGENCY' ? input.otherAgency : null,
        repliedAt: at,
        repliedBy: by,
        onTime: due === null || today <= due,
      },
    },
    { kind: 'REPLIED', at, by, note: input.reasons },
  );
}

/** The applicant withdraws the application before it is answered. */
export function withdraw(request: StoredInformationRequest, now: Date): RequestChange {
  if (request.status === 'REPLIED') throw conflict('这份申请已经答复了，不能撤回。');
  if (request.status === 'CLOSED') throw conflict('这份申请已经终止办理了。');
  const at = now.toISOString();
  return change(request, { status: 'CLOSED', closedReason: 'WITHDRAWN', closedAt: at }, { kind: 'WITHDRAWN', at, by: RESIDENT_ACTOR });
}
