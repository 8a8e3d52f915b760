import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import { allOf, isOneOf, itemsOf, type Condition, type Page } from '../core/items';
import { transact, type ConflictRetry, type Write } from '../core/transactions';
import { caseItem, caseStepItem, COUNTER_FIELDS, departmentCountersItem, ratingItem, serviceCountersItem, serviceItem } from './rating-items';
import type { AppealState, CaseStep, ServiceChannel, StoredCase, StoredRating, StoredService } from './rating-model';

// 好差评's reads and writes; how services, ratings, cases and their figures sit in the table is
// declared in rating-items.ts. Counters change in the same transaction as the rating or the case
// step they count.

export type Counters = Record<(typeof COUNTER_FIELDS)[number], number>;
export type CounterDelta = Partial<Counters>;

export interface ServiceListQuery {
  department?: string;
  channel?: ServiceChannel;
  first: number;
  after?: string;
}

export interface CaseListQuery {
  /** Undefined: every department. */
  department?: string;
  /** OPEN: cases not yet closed; DONE: closed. */
  stage: 'OPEN' | 'DONE';
  /** Only these statuses (within the stage). */
  statuses?: readonly string[];
  /** true: sort key before `today` (late); false: from `today` on. */
  overdue?: boolean;
  /** Only cases whose appeal waits for a decision, or was decided. */
  appeal?: AppealState;
  today: string;
  first: number;
  after?: string;
}

/** A change to a case: the case as it is to be, its new step, the figures it moves, its audit record. */
export interface CaseChange {
  before: StoredCase;
  after: StoredCase;
  step: CaseStep;
  counters?: CounterDelta;
  audit?: AuditEntry;
}

export interface RatingStore {
  getService(id: string): Promise<StoredService | null>;
  getServices(ids: readonly string[]): Promise<Map<string, StoredService>>;
  /** Stores a new service; false when its id is taken. */
  createService(service: StoredService, audit?: AuditEntry): Promise<boolean>;
  /** Replaces a service if it still has `expectedVersion`; false otherwise. */
  updateService(service: StoredService, expectedVersion: number, audit?: AuditEntry): Promise<boolean>;
  listServices(query: ServiceListQuery): Promise<Page<StoredService>>;
  hasAnyService(): Promise<boolean>;
  /**
   * Stores a rating, and for a bad one its case and first step, with the figures, in one transaction.
   * When a rating with the same id is there already, nothing is written and that rating is returned.
   */
  addRating(rating: StoredRating, opened?: { case: StoredCase; step: CaseStep }): Promise<{ created: boolean; rating: StoredRating }>;
  /** A rating, its case and the case's steps, in one read. */
  getRating(id: string): Promise<{ rating: StoredRating; case: StoredCase | null; steps: CaseStep[] } | null>;
  getRatings(ids: readonly string[]): Promise<Map<string, StoredRating>>;
  getCases(ids: readonly string[]): Promise<Map<string, StoredCase>>;
  getSteps(id: string): Promise<CaseStep[]>;
  listRatingsOf(residentId: string, first: number, after?: string): Promise<Page<StoredRating>>;
  listCases(query: CaseListQuery): Promise<Page<StoredCase>>;
  /** How many cases the list would hold (the 工作台's figures). */
  countCases(query: Omit<CaseListQuery, 'first' | 'after' | 'statuses'>): Promise<number>;
  /** Applies a change if the case still has the version it was read at; false otherwise. */
  changeCase(change: CaseChange): Promise<boolean>;
  /** The months' counters of every department (district), or of one department's services: one Query (paged past 1 MB). */
  periodCounters(months: readonly string[], scope: { department?: string }): Promise<Array<{ key: string; counters: Counters }>>;
  serviceCounters(months: readonly string[], department: string, serviceId: string): Promise<Counters[]>;
}

/** Conflicting transactions (two ratings of one service at once) are tried again this often. */
export const RATING_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 12, baseMs: 10, maxMs: 1000, busyMessage: '现在评价的人很多，请稍等几秒再试一次。' });

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const bySequence = (steps: Array<CaseStep & { sequence: number }>) => steps.sort((a, b) => a.sequence - b.sequence);

// An appeal is a map on the case; its decision is null until a district admin decides.
const APPEAL_FILTERS: Record<AppealState, Condition> = {
  WAITING: { if: 'attribute_type(#appeal, :map) AND attribute_type(#appeal.#decision, :null)', values: { ':map': 'M', ':null': 'NULL' } },
  DECIDED: { if: 'attribute_type(#appeal.#decision, :map)', values: { ':map': 'M' } },
};

/** Open cases sort by the day their work is due: overdue ones before today, the others from today on. */
const caseRange = (stage: CaseListQuery['stage'], overdue: boolean | undefined, today: string) =>
  overdue === undefined || stage === 'DONE' ? undefined : overdue ? { before: today } : { from: today };

/**
 * The ADD clause of an update adding `delta` to the counters (`:c0`… its values); null when it adds
 * nothing. The rating, the case steps and the move of the older counters (rating-figures-move.ts) add with it.
 */
export function counterAdds(delta: CounterDelta): { expression: string; values: Record<string, number> } | null {
  const fields = COUNTER_FIELDS.filter((f) => (delta[f] ?? 0) !== 0);
  if (fields.length === 0) return null;
  return { expression: `ADD ${fields.map((f, i) => `#${f} :c${i}`).join(', ')}`, values: Object.fromEntries(fields.map((f, i) => [`:c${i}`, delta[f] ?? 0])) };
}

/** Counters' sort keys (`<month>#…`) of the months given, first to last: `$` sorts right after `#`. */
const monthsRange = (months: readonly string[]) => ({ between: [`${months[0]}#`, `${months.at(-1)}$`] as [string, string] });

export function createRatingStore(dynamo: Dynamo, audit: AuditLog): RatingStore {
  const { services, ratings, cases, steps, departmentCounters, serviceCounters } = itemsOf(dynamo, {
    services: serviceItem,
    ratings: ratingItem,
    cases: caseItem,
    steps: caseStepItem,
    departmentCounters: departmentCountersItem,
    serviceCounters: serviceCountersItem,
  });

  const transactOk = async (writes: Write[]) => (await transact(dynamo, writes, RATING_WRITES)).ok;
  const auditWrites = (entry?: AuditEntry) => (entry ? [audit.write(entry)] : []);

  /** ADDs to the department's and the service's counters of the month. */
  function counterUpdates(month: string, department: string, serviceId: string, delta: CounterDelta): Write[] {
    const adds = counterAdds(delta);
    if (!adds) return [];
    const values = { ':month': month, ':department': department, ...adds.values };
    return [
      departmentCounters.update({ month, department }, `SET #month = :month, department = :department ${adds.expression}`, { values }),
      serviceCounters.update({ month, department, serviceId }, `SET #month = :month, department = :department, serviceId = :serviceId ${adds.expression}`, { values: { ...values, ':serviceId': serviceId } }),
    ];
  }

  return {
    getService: (id) => services.get({ id }),
    async getServices(ids) {
      return byId(await services.getMany(ids.map((id) => ({ id }))));
    },
    createService: (service, entry) => transactOk([services.put(service, { if: 'attribute_not_exists(pk)' }), ...auditWrites(entry)]),
    updateService: (service, expectedVersion, entry) =>
      transactOk([services.put(service, { if: '#version = :version', values: { ':version': expectedVersion } }), ...auditWrites(entry)]),
    listServices: ({ department, channel, first, after }) =>
      channel ? services.page({ index: 'gsi2', where: { channel, department } }, { first, after }) : services.page({ index: 'gsi1', where: { department } }, { first, after }),
    async hasAnyService() {
      return (await services.query({ index: 'gsi1', where: {}, limit: 1 })).length > 0;
    },

    async addRating(rating, opened) {
      const created = await transactOk([
        ratings.put(rating, { if: 'attribute_not_exists(pk)' }),
        ...(opened
          ? [cases.put(opened.case, { if: 'attribute_not_exists(pk)' }), steps.put({ ...opened.step, ratingId: rating.id, sequence: 0 }, { if: 'attribute_not_exists(pk)' })]
          : []),
        ...counterUpdates(rating.ratedDate.slice(0, 7), rating.department, rating.serviceId, { ratings: 1, [rating.level]: 1, bad: rating.bad ? 1 : 0 }),
      ]);
      if (created) return { created, rating };
      const existing = await ratings.get({ id: rating.id }, true);
      if (!existing) throw new Error(`rating ${rating.id} was refused but is not there`);
      return { created, rating: existing };
    },
    async getRating(id) {
      const items = await ratings.readRange({ where: { id }, consistent: true });
      const found = items.find(ratingItem.is);
      if (!found) return null;
      const caseFound = items.find(caseItem.is);
      return { rating: ratingItem.decode(found), case: caseFound ? caseItem.decode(caseFound) : null, steps: bySequence(items.filter(caseStepItem.is).map(caseStepItem.decode)) };
    },
    async getRatings(ids) {
      return byId(await ratings.getMany(ids.map((id) => ({ id }))));
    },
    async getCases(ids) {
      return byId(await cases.getMany(ids.map((id) => ({ id }))));
    },
    getSteps: async (id) => bySequence(await steps.query({ where: { ratingId: id } })),
    listRatingsOf: (residentId, first, after) => ratings.page({ index: 'gsi1', where: { residentId }, descending: true }, { first, after }),
    listCases({ department, stage, statuses, overdue, appeal, today, first, after }) {
      const filter = allOf(statuses && statuses.length > 0 && isOneOf('status', statuses), appeal && APPEAL_FILTERS[appeal]);
      const query = { range: caseRange(stage, overdue, today), filter, descending: stage === 'DONE' };
      return department === undefined
        ? cases.page({ index: 'gsi2', where: { stage }, ...query }, { first, after })
        : cases.page({ index: 'gsi1', where: { department, stage }, ...query }, { first, after });
    },
    countCases({ department, stage, overdue, today }) {
      const range = caseRange(stage, overdue, today);
      return department === undefined ? cases.count({ index: 'gsi2', where: { stage }, range }) : cases.count({ index: 'gsi1', where: { department, stage }, range });
    },
    changeCase: ({ before, after, step, counters, audit: entry }) =>
      transactOk([
        cases.put(after, { if: '#version = :version', values: { ':version': before.version } }),
        steps.put({ ...step, ratingId: after.id, sequence: before.version }, { if: 'attribute_not_exists(pk)' }),
        ...(counters ? counterUpdates(after.month, after.department, after.serviceId, counters) : []),
        ...auditWrites(entry),
      ]),

    async periodCounters(months, { department }) {
      const range = monthsRange(months);
      if (department === undefined) return (await departmentCounters.query({ where: {}, range })).map((counters) => ({ key: counters.department, counters }));
      return (await serviceCounters.query({ where: { department }, range })).map((counters) => ({ key: counters.serviceId, counters }));
    },
    async serviceCounters(months, department, serviceId) {
      return serviceCounters.getMany(months.map((month) => ({ month, department, serviceId })));
    },
  };
}
