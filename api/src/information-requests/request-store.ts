import type { AuditEntry, AuditLog } from '../core/audit';
import { changeWrites, openingWrites } from '../core/case-history';
import type { Dynamo } from '../core/dynamo';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne, type Write } from '../core/transactions';
import { idNumberItem, publishedReportItem, requestApplicantEntryItem, requestItem, requestStepItem, type StoredPublishedReport } from './request-items';
import type { RequestChange } from './request-flow';
import type { RequestStep, StoredInformationRequest } from './request-model';

// 依申请公开's reads and writes; how the items sit in the table is declared in request-items.ts.

/** Which of a department's (or everyone's) requests: the clock running, waiting for the applicant, or done. */
export interface QueueQuery {
  /** Undefined: every department. */
  department?: string;
  stage: 'OPEN' | 'WAITING' | 'DONE';
  /** OPEN only: true, the last day before `today` (overdue); false, from `today` on. */
  overdue?: boolean;
  today: string;
}

export interface InformationRequestStore {
  /**
   * Stores a new request with its applicant's entry, its first step and (a citizen's) ID number, in one
   * transaction. When one with the same id is there already nothing is written and that one is returned.
   */
  add(request: StoredInformationRequest, step: RequestStep, idNumber: string | null): Promise<{ created: boolean; request: StoredInformationRequest }>;
  /** A request and its steps (never its ID number), read consistently. */
  get(id: string): Promise<{ request: StoredInformationRequest; steps: RequestStep[] } | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredInformationRequest>>;
  getSteps(id: string): Promise<RequestStep[]>;
  /** A citizen applicant's whole ID number; the read is recorded in the audit trail first. */
  readIdNumber(id: string, audit: AuditEntry): Promise<string | null>;
  /** Applies a change if the request still has the version it was read at; false otherwise. */
  change(change: RequestChange, audit?: AuditEntry): Promise<boolean>;
  /** The signed-in applicant's requests, newest first. */
  listOf(residentId: string, page: PageRequest): Promise<Page<StoredInformationRequest>>;
  /** OPEN: by the last day to reply; WAITING: by receipt; DONE: newest first. */
  listQueue(query: QueueQuery, page: PageRequest): Promise<Page<StoredInformationRequest>>;
  countQueue(query: QueueQuery): Promise<number>;
  /** How many requests the applicant made from `since` up to (not including) `receivedAt`. */
  countOfApplicantBetween(residentId: string, since: string, receivedAt: string): Promise<number>;
  /** Every request open now, and every one finished from `since` on: all a year's figures need. */
  forReport(department: string | undefined, since: string): Promise<StoredInformationRequest[]>;
  /** A finished year's published figures, if they have been taken. */
  publishedReport(year: number): Promise<StoredPublishedReport | null>;
  /** Every year's published figures. */
  publishedReports(): Promise<StoredPublishedReport[]>;
  /** Keeps a year's figures, once: false when they had been taken already (they are never rewritten). */
  publishReport(report: StoredPublishedReport): Promise<boolean>;
}

const bySequence = <T extends { sequence: number }>(steps: T[]) => steps.sort((a, b) => a.sequence - b.sequence);
const byId = (items: StoredInformationRequest[]) => new Map(items.map((item) => [item.id, item]));

export function createInformationRequestStore(dynamo: Dynamo, audit: AuditLog): InformationRequestStore {
  const { requests, entries, idNumbers, steps, reports } = itemsOf(dynamo, {
    requests: requestItem,
    entries: requestApplicantEntryItem,
    idNumbers: idNumberItem,
    steps: requestStepItem,
    reports: publishedReportItem,
  });
  const run = async (writes: Write[]) => (await transact(dynamo, writes, ORDINARY_WRITES)).ok;

  /** The key range `overdue` names, and the order. */
  const order = ({ stage, overdue, today }: QueueQuery) => ({
    range: stage !== 'OPEN' || overdue === undefined ? undefined : overdue ? { before: today } : { from: today },
    descending: stage === 'DONE',
  });

  const getMany = async (ids: readonly string[]) => byId(await requests.getMany(ids.map((id) => ({ id }))));

  return {
    async add(request, step, idNumber) {
      const created = await run([
        ...openingWrites(requests, steps, request, step),
        entries.put({ requestId: request.id, residentId: request.residentId, receivedAt: request.receivedAt }, { if: 'attribute_not_exists(pk)' }),
        ...(idNumber ? [idNumbers.put({ requestId: request.id, idNumber }, { if: 'attribute_not_exists(pk)' })] : []),
      ]);
      if (created) return { created, request };
      const existing = await requests.get({ id: request.id }, true);
      if (!existing) throw new Error(`information request ${request.id} was refused but is not there`);
      return { created, request: existing };
    },
    async get(id) {
      // The request and its steps sort from `REQUEST` on; the ID number (`ID_NUMBER`) is not read.
      const items = await requests.readRange({ where: { id }, range: { from: 'REQUEST' }, consistent: true });
      const found = items.find(requestItem.is);
      if (!found) return null;
      return { request: requestItem.decode(found), steps: bySequence(items.filter(requestStepItem.is).map(requestStepItem.decode)) };
    },
    getMany,
    getSteps: async (id) => bySequence(await steps.query({ where: { caseId: id } })),
    async readIdNumber(id, entry) {
      await audit.record(entry);
      return (await idNumbers.get({ requestId: id }, true))?.idNumber ?? null;
    },
    change: (change, entry) => run([...changeWrites(requests, steps, change), ...(entry ? [audit.write(entry)] : [])]),
    listOf: (residentId, page) =>
      entries.page({ index: 'gsi1', where: { residentId }, descending: true }, page, async (found) => {
        const byRequest = await getMany(found.map((entry) => entry.requestId));
        return found.map((entry) => byRequest.get(entry.requestId) ?? null);
      }),
    listQueue: ({ department, ...query }, page) =>
      department === undefined
        ? requests.page({ index: 'gsi2', where: { stage: query.stage }, ...order(query) }, page)
        : requests.page({ index: 'gsi1', where: { department, stage: query.stage }, ...order(query) }, page),
    countQueue: ({ department, ...query }) =>
      department === undefined
        ? requests.count({ index: 'gsi2', where: { stage: query.stage }, ...order(query) })
        : requests.count({ index: 'gsi1', where: { department, stage: query.stage }, ...order(query) }),
    countOfApplicantBetween: (residentId, since, receivedAt) => entries.count({ index: 'gsi1', where: { residentId }, range: { between: [since, receivedAt] } }),
    async forReport(department, since) {
      const read = (stage: QueueQuery['stage'], range?: { from: string }) =>
        department === undefined ? requests.query({ index: 'gsi2', where: { stage }, range }) : requests.query({ index: 'gsi1', where: { department, stage }, range });
      const [open, waiting, done] = await Promise.all([read('OPEN'), read('WAITING'), read('DONE', { from: since })]);
      return [...open, ...waiting, ...done];
    },
    publishedReport: (year) => reports.get({ year }),
    publishedReports: () => reports.query({ where: {} }),
    async publishReport(report) {
      return (await writeOne(dynamo, reports.put(report, { if: 'attribute_not_exists(pk)' }), ORDINARY_WRITES)).ok;
    },
  };
}
