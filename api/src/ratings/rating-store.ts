import { GetCommand, QueryCommand, type QueryCommandInput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import { decodeCursor, encodeCursor, type StoreKey } from '../core/cursor';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import { badInput } from '../core/errors';
import { transactWrite, type ConflictRetry } from '../core/transactions';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { type CaseStep, type ServiceChannel, type StoredCase, type StoredRating, type StoredService } from './rating-model';

// 好差评 data access: the only code that knows how services, ratings, cases and their figures sit in
// the table.
//
//   pk SERVICE#<id>              sk SERVICE          a service
//        gsi1pk SERVICES                 gsi1sk <department>#<name>#<id>     all services, by department and name
//        gsi2pk SERVICES#<channel>       gsi2sk <department>#<name>#<id>     the services of one channel
//   pk RATING#<id>               sk RATING           a rating; id from resident + service + 办件号 (or day)
//        gsi1pk RATINGS_OF#<residentId>  gsi1sk <ratedAt>#<id>               a resident's ratings, newest first
//   pk RATING#<id>               sk CASE             the case of a bad rating (same id)
//        gsi1pk RATING_CASES#<department>#<stage>  gsi1sk <sort>#<id>        a department's cases
//        gsi2pk RATING_CASES#<stage>               gsi2sk <sort>#<id>        every department's cases
//   pk RATING#<id>               sk STEP#<nn>        one step of the case, written once, never changed
//   pk RATING_FIGURES#<yyyy-mm>  sk DEPARTMENT#<department>                 counters of a department's month
//   pk RATING_FIGURES#<yyyy-mm>  sk SERVICE#<department>#<serviceId>        counters of a service's month
//
// stage OPEN (not yet closed) or DONE (closed). In OPEN the sort key is the deadline of the work due
// (call-back while OPEN, reply while CALLED_BACK), so ascending order puts the overdue first and
// "overdue" is a key range (sort < today); replied cases waiting to be closed sort after every date
// (`~<repliedAt>`). In DONE it is the instant of closing, read newest first.
// Counters are changed in the same transaction as the rating or the case step they count.

export const COUNTER_FIELDS = [...SATISFACTION_LEVELS, 'ratings', 'bad', 'answered', 'answeredOnTime', 'resolved', 'excluded'] as const;
export type CounterField = (typeof COUNTER_FIELDS)[number];
export type Counters = Record<CounterField, number>;
export type CounterDelta = Partial<Counters>;

export interface Page<T> {
  items: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

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
  /** Applies a change if the case still has the version it was read at; false otherwise. */
  changeCase(change: CaseChange): Promise<boolean>;
  /** Counters of departments (district) or of one department's services, per month asked for. */
  monthCounters(month: string, scope: { department?: string }): Promise<Array<{ key: string; counters: Counters }>>;
  serviceCounters(months: readonly string[], department: string, serviceId: string): Promise<Counters[]>;
}

const serviceKey = (id: string) => ({ pk: `SERVICE#${id}`, sk: 'SERVICE' });
const ratingKey = (id: string) => ({ pk: `RATING#${id}`, sk: 'RATING' });
const caseKey = (id: string) => ({ pk: `RATING#${id}`, sk: 'CASE' });
const stepKey = (id: string, sequence: number) => ({ pk: `RATING#${id}`, sk: `STEP#${String(sequence).padStart(3, '0')}` });
const figuresPk = (month: string) => `RATING_FIGURES#${month}`;
const departmentCounterKey = (month: string, department: string) => ({ pk: figuresPk(month), sk: `DEPARTMENT#${department}` });
const serviceCounterKey = (month: string, department: string, serviceId: string) => ({ pk: figuresPk(month), sk: `SERVICE#${department}#${serviceId}` });

/** A filtered list reads at most this many pages of the index before returning what it found. */
const MAX_QUERIES_PER_PAGE = 5;
/** Conflicting transactions (two ratings of one service at once) are tried again this often. */
const RATING_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 12, baseMs: 10, maxMs: 1000, busyMessage: '现在评价的人很多，请稍等几秒再试一次。' });

const STRIP = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];
function plain<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const key of STRIP) delete copy[key];
  return copy as T;
}

const serviceSortKey = (s: StoredService) => `${s.department}#${s.name}#${s.id}`;

function caseIndexKeys(c: StoredCase): Record<string, string> {
  const stage = c.status === 'CLOSED' ? 'DONE' : 'OPEN';
  const sort =
    c.status === 'CLOSED'
      ? `${c.closedAt}#${c.id}`
      : c.status === 'OPEN'
        ? `${c.callbackDeadline.date}#${c.id}`
        : c.status === 'CALLED_BACK'
          ? `${c.rectifyDeadline.date}#${c.id}`
          : `~${c.repliedAt}#${c.id}`;
  return { gsi1pk: `RATING_CASES#${c.department}#${stage}`, gsi1sk: sort, gsi2pk: `RATING_CASES#${stage}`, gsi2sk: sort };
}

const zeroCounters = (): Counters => Object.fromEntries(COUNTER_FIELDS.map((f) => [f, 0])) as Counters;
const countersFrom = (item: Record<string, unknown> | undefined): Counters => {
  const counters = zeroCounters();
  for (const field of COUNTER_FIELDS) counters[field] = Number(item?.[field] ?? 0);
  return counters;
};

export function createRatingStore(dynamo: Dynamo, audit: AuditLog): RatingStore {
  const { doc, tableName: TableName } = dynamo;

  /** One transaction, conflicts retried with jittered backoff; which items' conditions failed otherwise. */
  const transact = (items: NonNullable<TransactWriteCommandInput['TransactItems']>) => transactWrite(doc, { TransactItems: items }, RATING_WRITES);

  const counterUpdates = (month: string, department: string, serviceId: string, delta: CounterDelta) => {
    const fields = COUNTER_FIELDS.filter((f) => (delta[f] ?? 0) !== 0);
    if (fields.length === 0) return [];
    const update = {
      UpdateExpression: `ADD ${fields.map((_f, i) => `#c${i} :c${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#c${i}`, f])),
      ExpressionAttributeValues: Object.fromEntries(fields.map((f, i) => [`:c${i}`, delta[f]])),
    };
    return [
      { Update: { TableName, Key: departmentCounterKey(month, department), ...update } },
      { Update: { TableName, Key: serviceCounterKey(month, department, serviceId), ...update } },
    ];
  };

  const caseItem = (c: StoredCase) => ({ ...caseKey(c.id), ...caseIndexKeys(c), ...c });
  const stepItem = (id: string, sequence: number, step: CaseStep) => ({ ...stepKey(id, sequence), ...step });
  const auditItems = (entry?: AuditEntry) => (entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []);

  /**
   * A page of an index partition (optionally a key range and a filter), continuing after `after`,
   * which must belong to the same partition.
   */
  async function queryPage<T>(options: {
    index: 'gsi1' | 'gsi2';
    partition: string;
    range?: { condition: string; values: Record<string, string> };
    filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
    forward: boolean;
    first: number;
    after?: string;
    map: (item: Record<string, unknown>) => T;
  }): Promise<Page<T>> {
    const pkName = `${options.index}pk`;
    const skName = `${options.index}sk`;
    let startKey: StoreKey | undefined = options.after ? decodeCursor(options.after) : undefined;
    if (startKey && startKey[pkName] !== options.partition) throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
    const found: Array<Record<string, unknown>> = [];
    let exhausted = false;
    for (let queries = 0; queries < MAX_QUERIES_PER_PAGE && found.length <= options.first && !exhausted; queries += 1) {
      const input: QueryCommandInput = {
        TableName,
        IndexName: options.index,
        KeyConditionExpression: `#pk = :partition${options.range ? ` AND ${options.range.condition}` : ''}`,
        ExpressionAttributeNames: { '#pk': pkName, ...(options.range ? { '#sk': skName } : {}), ...options.filter?.names },
        ExpressionAttributeValues: { ':partition': options.partition, ...options.range?.values, ...options.filter?.values },
        ScanIndexForward: options.forward,
        Limit: options.filter ? Math.max(50, options.first + 1) : options.first + 1,
        ExclusiveStartKey: startKey,
        ...(options.filter ? { FilterExpression: options.filter.expression } : {}),
      };
      const page = await doc.send(new QueryCommand(input));
      found.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as StoreKey | undefined;
      exhausted = startKey === undefined;
    }
    const cursorOf = (item: Record<string, unknown>): StoreKey => ({ pk: String(item.pk), sk: String(item.sk), [pkName]: String(item[pkName]), [skName]: String(item[skName]) });
    const items = found.slice(0, options.first).map((item) => ({ cursor: encodeCursor(cursorOf(item)), node: options.map(item) }));
    const lastShown = items.at(-1)?.cursor ?? null;
    // A page cut short by the read limit continues after the last item read, not the last one shown.
    const endCursor = found.length <= options.first && startKey ? encodeCursor(startKey) : lastShown;
    return { items, hasNextPage: found.length > options.first || !exhausted, endCursor };
  }

  const readPartition = (id: string) => queryAll(dynamo, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': ratingKey(id).pk }, ConsistentRead: true });

  const stepsFrom = (items: Array<Record<string, unknown>>) =>
    items
      .filter((item) => String(item.sk).startsWith('STEP#'))
      .sort((a, b) => String(a.sk).localeCompare(String(b.sk)))
      .map((item) => plain<CaseStep>(item));

  return {
    async getService(id) {
      const result = await doc.send(new GetCommand({ TableName, Key: serviceKey(id) }));
      return result.Item ? plain<StoredService>(result.Item) : null;
    },
    async getServices(ids) {
      const items = await batchGetItems(dynamo, [...new Set(ids)].map(serviceKey));
      return new Map(items.map((item) => [String(item.id), plain<StoredService>(item)]));
    },
    async createService(service, entry) {
      const result = await transact([
        {
          Put: {
            TableName,
            Item: { ...serviceKey(service.id), gsi1pk: 'SERVICES', gsi1sk: serviceSortKey(service), gsi2pk: `SERVICES#${service.channel}`, gsi2sk: serviceSortKey(service), ...service },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...auditItems(entry),
      ]);
      return result.ok;
    },
    async updateService(service, expectedVersion, entry) {
      const result = await transact([
        {
          Put: {
            TableName,
            Item: { ...serviceKey(service.id), gsi1pk: 'SERVICES', gsi1sk: serviceSortKey(service), gsi2pk: `SERVICES#${service.channel}`, gsi2sk: serviceSortKey(service), ...service },
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': expectedVersion },
          },
        },
        ...auditItems(entry),
      ]);
      return result.ok;
    },
    listServices({ department, channel, first, after }) {
      return queryPage({
        index: channel ? 'gsi2' : 'gsi1',
        partition: channel ? `SERVICES#${channel}` : 'SERVICES',
        range: department ? { condition: 'begins_with(#sk, :department)', values: { ':department': `${department}#` } } : undefined,
        forward: true,
        first,
        after,
        map: (item) => plain<StoredService>(item),
      });
    },
    async hasAnyService() {
      const page = await doc.send(
        new QueryCommand({ TableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': 'SERVICES' }, Limit: 1 }),
      );
      return (page.Items ?? []).length > 0;
    },

    async addRating(rating, opened) {
      const month = rating.ratedDate.slice(0, 7);
      const result = await transact([
        {
          Put: {
            TableName,
            Item: { ...ratingKey(rating.id), gsi1pk: `RATINGS_OF#${rating.residentId}`, gsi1sk: `${rating.ratedAt}#${rating.id}`, ...rating },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(opened
          ? [
              { Put: { TableName, Item: caseItem(opened.case), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName, Item: stepItem(rating.id, 0, opened.step), ConditionExpression: 'attribute_not_exists(pk)' } },
            ]
          : []),
        ...counterUpdates(month, rating.department, rating.serviceId, { ratings: 1, [rating.level]: 1, bad: rating.bad ? 1 : 0 }),
      ]);
      if (result.ok) return { created: true, rating };
      const existing = await doc.send(new GetCommand({ TableName, Key: ratingKey(rating.id), ConsistentRead: true }));
      if (!existing.Item) throw new Error(`rating ${rating.id} was refused but is not there`);
      return { created: false, rating: plain<StoredRating>(existing.Item) };
    },
    async getRating(id) {
      const items = await readPartition(id);
      const ratingItem = items.find((item) => item.sk === 'RATING');
      if (!ratingItem) return null;
      const caseItemFound = items.find((item) => item.sk === 'CASE');
      return { rating: plain<StoredRating>(ratingItem), case: caseItemFound ? plain<StoredCase>(caseItemFound) : null, steps: stepsFrom(items) };
    },
    async getRatings(ids) {
      const items = await batchGetItems(dynamo, [...new Set(ids)].map(ratingKey));
      return new Map(items.map((item) => [String(item.id), plain<StoredRating>(item)]));
    },
    async getCases(ids) {
      const items = await batchGetItems(dynamo, [...new Set(ids)].map(caseKey));
      return new Map(items.map((item) => [String(item.id), plain<StoredCase>(item)]));
    },
    async getSteps(id) {
      const page = await doc.send(
        new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :step)', ExpressionAttributeValues: { ':pk': ratingKey(id).pk, ':step': 'STEP#' } }),
      );
      return stepsFrom(page.Items ?? []);
    },
    listRatingsOf(residentId, first, after) {
      return queryPage({ index: 'gsi1', partition: `RATINGS_OF#${residentId}`, forward: false, first, after, map: (item) => plain<StoredRating>(item) });
    },
    listCases({ department, stage, statuses, overdue, today, first, after }) {
      const index = department === undefined ? 'gsi2' : 'gsi1';
      const range = overdue === undefined || stage === 'DONE' ? undefined : overdue ? { condition: '#sk < :today', values: { ':today': today } } : { condition: '#sk >= :today', values: { ':today': today } };
      const filter =
        statuses && statuses.length > 0
          ? {
              expression: `#status IN (${statuses.map((_s, i) => `:status${i}`).join(', ')})`,
              names: { '#status': 'status' },
              values: Object.fromEntries(statuses.map((s, i) => [`:status${i}`, s])),
            }
          : undefined;
      return queryPage({
        index,
        partition: department === undefined ? `RATING_CASES#${stage}` : `RATING_CASES#${department}#${stage}`,
        range,
        filter,
        forward: stage === 'OPEN',
        first,
        after,
        map: (item) => plain<StoredCase>(item),
      });
    },
    async changeCase({ before, after, step, counters, audit: entry }) {
      const result = await transact([
        { Put: { TableName, Item: caseItem(after), ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': before.version } } },
        { Put: { TableName, Item: stepItem(after.id, before.version, step), ConditionExpression: 'attribute_not_exists(pk)' } },
        ...(counters ? counterUpdates(after.month, after.department, after.serviceId, counters) : []),
        ...auditItems(entry),
      ]);
      return result.ok;
    },

    async monthCounters(month, { department }) {
      const prefix = department === undefined ? 'DEPARTMENT#' : `SERVICE#${department}#`;
      const items = await queryAll(dynamo, { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': figuresPk(month), ':prefix': prefix } });
      return items.map((item) => ({ key: String(item.sk).slice(prefix.length), counters: countersFrom(item) }));
    },
    async serviceCounters(months, department, serviceId) {
      const items = await batchGetItems(dynamo, months.map((month) => serviceCounterKey(month, department, serviceId)));
      return items.map((item) => countersFrom(item));
    },
  };
}
