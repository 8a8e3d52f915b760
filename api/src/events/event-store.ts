import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import { governmentDate } from '../core/clock';
import { decodeCursor, encodeCursor, type StoreKey } from '../core/cursor';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import { badInput, conflict, notFound } from '../core/errors';
import { transactWrite, type ConflictRetry } from '../core/transactions';
import { UNSET_EVENT_FIELDS, type EventDetails, type EventSummary, type StoredEvent, type StoredEventStatus } from './event-model';

// Open days in the table: the only code, with registration-store.ts, that knows their keys.
//
//   pk EVENT#<id>   sk EVENT              the event, with its counters (seatsLeft, waitlistLength,
//        gsi2pk EVENT_DEPT#<department>   waitlistSeq, applicants, checkedIn) and draw result;
//        gsi2sk <startsAt>#<id>           the department's staff list, newest first, drafts included
//   pk EVENT#<id>   sk VIEW#<facet>       list entries of a published event, one per facet:
//        gsi1pk EVENTS#<facet>            ALL, THEME#<theme>, DEPT#<department>, MONTH#<yyyy-mm>
//        gsi1sk <startsAt>#<id>           (Beijing month); drafts have none, so no public list shows them
//
// Registrations, check-in codes, waiting-list places and feedback share the event's partition: see
// registration-store.ts.

export const eventKey = (id: string) => ({ pk: `EVENT#${id}`, sk: 'EVENT' });
export const EVENT_PK_PREFIX = 'EVENT#';
const LIST_INDEX = 'gsi1';
const DEPARTMENT_INDEX = 'gsi2';
/** An event lasts at most this long (validation enforces it), so "not yet ended" is a bounded key range. */
export const MAX_EVENT_DAYS = 7;
const MAX_QUERIES_PER_PAGE = 5;
/** Writes on an open day (its seat counter while hundreds sign up at once) meet conflicts; they are tried again this often. */
export const OPEN_DAY_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 14, baseMs: 10, maxMs: 1000, busyMessage: '现在办理的人很多，请稍等几秒再试一次。' });

export interface EventListQuery {
  theme?: string;
  department?: string;
  /** yyyy-mm, Beijing time: every published event starting that month, soonest first. */
  month?: string;
  /** Without a month: false lists events not yet ended, soonest first; true lists ended ones, latest first. */
  past: boolean;
  now: Date;
  first: number;
  after?: string;
}

export interface EventPage<T> {
  items: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface EventStore {
  /** Stores a new event; an event with the same id already there is returned instead (a retried create). */
  create(event: StoredEvent, audit: AuditEntry): Promise<{ created: boolean; event: StoredEvent }>;
  get(id: string, consistent?: boolean): Promise<StoredEvent | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredEvent>>;
  /** Changes what staff entered; the counters move only with the capacity. */
  update(before: StoredEvent, details: EventDetails, audit: AuditEntry, at: Date): Promise<StoredEvent>;
  /** DRAFT → OPEN (publishing its list entries), OPEN → CLOSED, anything but DRAFT → CANCELLED. */
  setStatus(before: StoredEvent, status: Exclude<StoredEventStatus, 'DRAFT'>, audit: AuditEntry, at: Date, cancelReason?: string): Promise<StoredEvent>;
  publishSummary(before: StoredEvent, summary: EventSummary, audit: AuditEntry): Promise<StoredEvent>;
  /** Published events for residents; the page holds ids in list order. */
  list(query: EventListQuery): Promise<EventPage<string>>;
  /** A department's events, drafts included, latest start first. */
  listForDepartment(department: string, first: number, after?: string): Promise<EventPage<StoredEvent>>;
  /** Published events starting in [from, to). */
  startingBetween(from: Date, to: Date): Promise<StoredEvent[]>;
  hasAnyEvent(): Promise<boolean>;
}

const beijingMonth = (instant: string) => governmentDate(new Date(instant)).slice(0, 7);

function facetsOf(event: Pick<StoredEvent, 'theme' | 'department' | 'startsAt'>): string[] {
  return ['ALL', `THEME#${event.theme}`, `DEPT#${event.department}`, `MONTH#${beijingMonth(event.startsAt)}`];
}

function listEntry(event: StoredEvent, facet: string) {
  return {
    pk: eventKey(event.id).pk,
    sk: `VIEW#${facet}`,
    gsi1pk: `EVENTS#${facet}`,
    gsi1sk: `${event.startsAt}#${event.id}`,
    id: event.id,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    theme: event.theme,
    department: event.department,
  };
}

/** Absent, not NULL: conditions ask attribute_not_exists(drawSeed), attribute_not_exists(checkedInAt) and the like. */
export function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as Partial<T>;
}

export function eventFrom(item: Record<string, unknown>): StoredEvent {
  const { pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, waitlistSeq: _w, drawStartedAt: _d, ...rest } = item;
  return {
    agenda: [],
    officials: [],
    venue: null,
    liveUrl: null,
    demo: false,
    ...UNSET_EVENT_FIELDS,
    ...rest,
  } as unknown as StoredEvent;
}

const DETAIL_FIELDS = ['theme', 'title', 'description', 'agenda', 'officials', 'startsAt', 'endsAt', 'venue', 'liveUrl', 'signUpOpensAt', 'signUpClosesAt', 'selectionMode'] as const;

export function createEventStore(dynamo: Dynamo, audit: AuditLog): EventStore {
  const { doc, tableName: TableName } = dynamo;

  async function get(id: string, consistent = false) {
    const result = await doc.send(new GetCommand({ TableName, Key: eventKey(id), ConsistentRead: consistent }));
    return result.Item ? eventFrom(result.Item) : null;
  }

  async function getOrThrow(id: string) {
    const event = await get(id, true);
    if (!event) throw notFound('没有找到这个开放日。');
    return event;
  }

  /** Deletes and puts that move a published event's list entries from `before` to `after`. */
  function entryChanges(before: StoredEvent | null, after: StoredEvent) {
    const keep = new Set(facetsOf(after));
    const removed = before ? facetsOf(before).filter((facet) => !keep.has(facet)) : [];
    return [
      ...removed.map((facet) => ({ Delete: { TableName, Key: { pk: eventKey(after.id).pk, sk: `VIEW#${facet}` } } })),
      ...facetsOf(after).map((facet) => ({ Put: { TableName, Item: listEntry(after, facet) } })),
    ];
  }

  async function queryPage(input: QueryCommandInput, partitionKey: 'gsi1pk' | 'gsi2pk', partition: string, first: number, after: string | undefined, filtered: boolean) {
    let startKey: StoreKey | undefined = after ? decodeCursor(after) : undefined;
    if (startKey && startKey[partitionKey] !== partition) throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
    const found: Array<Record<string, unknown>> = [];
    let exhausted = false;
    for (let queries = 0; queries < MAX_QUERIES_PER_PAGE && found.length <= first && !exhausted; queries += 1) {
      const page = await doc.send(new QueryCommand({ ...input, Limit: filtered ? Math.max(50, first + 1) : first + 1, ExclusiveStartKey: startKey }));
      found.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as StoreKey | undefined;
      exhausted = startKey === undefined;
    }
    const cursorOf = (item: Record<string, unknown>) =>
      encodeCursor(Object.fromEntries(['pk', 'sk', partitionKey, partitionKey.replace('pk', 'sk')].map((k) => [k, item[k] as string])));
    const shown = found.slice(0, first);
    const more = found.length > first || !exhausted;
    // When a filter left the page short, go on after the last item read, not the last one shown.
    const last = shown.at(-1);
    const endCursor = found.length > first || !startKey ? (last ? cursorOf(last) : null) : encodeCursor(startKey);
    return { shown, cursorOf, hasNextPage: more, endCursor: more ? endCursor : last ? cursorOf(last) : null };
  }

  return {
    get,
    async create(event, entry) {
      const item = { ...eventKey(event.id), gsi2pk: `EVENT_DEPT#${event.department}`, gsi2sk: `${event.startsAt}#${event.id}`, waitlistSeq: 0, ...withoutNulls(event) };
      const outcome = await transactWrite(doc, {
        TransactItems: [
          { Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
          ...(event.status === 'DRAFT' ? [] : entryChanges(null, event)),
          { Put: { TableName, Item: audit.item(entry) } },
        ],
      }, OPEN_DAY_WRITES);
      if (outcome.ok) return { created: true, event };
      return { created: false, event: await getOrThrow(event.id) };
    },
    async getMany(ids) {
      const items = await batchGetItems(dynamo, [...new Set(ids)].map(eventKey));
      return new Map(items.map((item) => [String(item.id), eventFrom(item)]));
    },
    async update(before, details, entry, at) {
      const after: StoredEvent = { ...before, ...details, version: before.version + 1, updatedAt: at.toISOString() };
      const delta = details.capacity - before.capacity;
      const names: Record<string, string> = { '#status': 'status', '#capacity': 'capacity', '#version': 'version' };
      const values: Record<string, unknown> = {
        ':version': before.version,
        ':nextVersion': after.version,
        ':updatedAt': after.updatedAt,
        ':capacity': details.capacity,
        ':delta': delta,
        ':needed': Math.max(0, -delta),
        ':cancelled': 'CANCELLED',
        ':gsi2sk': `${details.startsAt}#${before.id}`,
      };
      const sets = ['#version = :nextVersion', 'updatedAt = :updatedAt', '#capacity = :capacity', 'seatsLeft = seatsLeft + :delta', 'gsi2sk = :gsi2sk'];
      for (const field of DETAIL_FIELDS) {
        names[`#${field}`] = field;
        values[`:${field}`] = details[field];
        sets.push(`#${field} = :${field}`);
      }
      const modeChanges = details.selectionMode !== before.selectionMode;
      const condition = [
        '#version = :version',
        '#status <> :cancelled',
        'seatsLeft >= :needed',
        // Seats cannot move while a draw is being applied.
        ...(delta !== 0 ? ['(attribute_not_exists(drawSeed) OR attribute_exists(drawnAt))'] : []),
        ...(modeChanges ? ['seatsLeft = #capacity', 'waitlistLength = :zero', 'applicants = :zero'] : []),
      ].join(' AND ');
      if (modeChanges) values[':zero'] = 0;
      const outcome = await transactWrite(doc, {
        TransactItems: [
          { Update: { TableName, Key: eventKey(before.id), UpdateExpression: `SET ${sets.join(', ')}`, ConditionExpression: condition, ExpressionAttributeNames: names, ExpressionAttributeValues: values } },
          ...(before.status === 'DRAFT' ? [] : entryChanges(before, after)),
          { Put: { TableName, Item: audit.item(entry) } },
        ],
      }, OPEN_DAY_WRITES);
      if (outcome.ok) return getOrThrow(before.id);
      const now = await getOrThrow(before.id);
      if (now.version !== before.version) throw conflict('这个开放日刚被别人改过，请刷新后再改。');
      if (now.status === 'CANCELLED') throw badInput('开放日已经取消，不能再修改。');
      if (now.drawSeed && !now.drawnAt) throw badInput('正在抽签，请稍后再改名额。', { field: 'capacity' });
      if (modeChanges) throw badInput('已经有人报名，不能再改报名方式。', { field: 'selectionMode' });
      const taken = now.capacity - now.seatsLeft;
      throw badInput(`已经有 ${taken} 人报名成功，名额不能少于 ${taken}。`, { field: 'capacity' });
    },
    async setStatus(before, status, entry, at, cancelReason) {
      const allowedFrom: Record<typeof status, StoredEventStatus[]> = { OPEN: ['DRAFT'], CLOSED: ['OPEN'], CANCELLED: ['DRAFT', 'OPEN', 'CLOSED'] };
      const after: StoredEvent = { ...before, status, updatedAt: at.toISOString(), version: before.version + 1, cancelReason: cancelReason ?? before.cancelReason };
      const outcome = await transactWrite(doc, {
        TransactItems: [
          {
            Update: {
              TableName,
              Key: eventKey(before.id),
              UpdateExpression: `SET #status = :status, updatedAt = :at, #version = #version + :one${cancelReason ? ', cancelReason = :reason' : ''}`,
              ConditionExpression: `#status IN (${allowedFrom[status].map((_, i) => `:from${i}`).join(', ')})`,
              ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
              ExpressionAttributeValues: {
                ':status': status,
                ':at': after.updatedAt,
                ':one': 1,
                ...Object.fromEntries(allowedFrom[status].map((from, i) => [`:from${i}`, from])),
                ...(cancelReason ? { ':reason': cancelReason } : {}),
              },
            },
          },
          // Publishing makes the event appear in residents' lists; a cancelled one stays listed, marked so.
          ...(status === 'OPEN' ? entryChanges(null, after) : []),
          { Put: { TableName, Item: audit.item(entry) } },
        ],
      }, OPEN_DAY_WRITES);
      if (!outcome.ok) {
        const now = await getOrThrow(before.id);
        if (now.status === status) return now; // asked twice: already done
        throw badInput(STATUS_REFUSALS[now.status] ?? '开放日现在的状态不能这样改。');
      }
      return getOrThrow(before.id);
    },
    async publishSummary(before, summary, entry) {
      await transactWrite(doc, {
        TransactItems: [
          { Update: { TableName, Key: eventKey(before.id), UpdateExpression: 'SET summary = :summary', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':summary': summary } } },
          { Put: { TableName, Item: audit.item(entry) } },
        ],
      }, OPEN_DAY_WRITES);
      return getOrThrow(before.id);
    },
    async list(query) {
      const partition = query.month ? `MONTH#${query.month}` : query.department ? `DEPT#${query.department}` : query.theme ? `THEME#${query.theme}` : 'ALL';
      const filters: string[] = [];
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':partition': `EVENTS#${partition}` };
      if (query.theme && !partition.startsWith('THEME#')) {
        filters.push('#theme = :theme');
        names['#theme'] = 'theme';
        values[':theme'] = query.theme;
      }
      if (query.department && !partition.startsWith('DEPT#')) {
        filters.push('#department = :department');
        names['#department'] = 'department';
        values[':department'] = query.department;
      }
      let keyCondition = 'gsi1pk = :partition';
      let forward = true;
      if (!query.month) {
        const now = query.now.toISOString();
        values[':now'] = now;
        names['#endsAt'] = 'endsAt';
        if (query.past) {
          keyCondition += ' AND gsi1sk < :now';
          forward = false;
          filters.push('#endsAt <= :now');
        } else {
          // Not yet ended: started at most MAX_EVENT_DAYS ago.
          keyCondition += ' AND gsi1sk >= :earliest';
          values[':earliest'] = new Date(query.now.getTime() - MAX_EVENT_DAYS * 86_400_000).toISOString();
          filters.push('#endsAt > :now');
        }
      }
      const page = await queryPage(
        {
          TableName,
          IndexName: LIST_INDEX,
          KeyConditionExpression: keyCondition,
          ScanIndexForward: forward,
          ExpressionAttributeValues: values,
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND '), ExpressionAttributeNames: names } : {}),
        },
        'gsi1pk',
        `EVENTS#${partition}`,
        query.first,
        query.after,
        filters.some((f) => !f.startsWith('#endsAt')),
      );
      return { items: page.shown.map((item) => ({ cursor: page.cursorOf(item), node: String(item.id) })), hasNextPage: page.hasNextPage, endCursor: page.endCursor };
    },
    async listForDepartment(department, first, after) {
      const partition = `EVENT_DEPT#${department}`;
      const page = await queryPage(
        { TableName, IndexName: DEPARTMENT_INDEX, KeyConditionExpression: 'gsi2pk = :partition', ExpressionAttributeValues: { ':partition': partition }, ScanIndexForward: false },
        'gsi2pk',
        partition,
        first,
        after,
        false,
      );
      return { items: page.shown.map((item) => ({ cursor: page.cursorOf(item), node: eventFrom(item) })), hasNextPage: page.hasNextPage, endCursor: page.endCursor };
    },
    async startingBetween(from, to) {
      const entries = await queryAll(dynamo, {
        IndexName: LIST_INDEX,
        KeyConditionExpression: 'gsi1pk = :all AND gsi1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':all': 'EVENTS#ALL', ':from': from.toISOString(), ':to': to.toISOString() },
      });
      const ids = entries.map((item) => String(item.id));
      const events = await this.getMany(ids);
      return ids.map((id) => events.get(id)).filter((event): event is StoredEvent => event !== undefined);
    },
    async hasAnyEvent() {
      const page = await doc.send(new QueryCommand({ TableName, IndexName: LIST_INDEX, KeyConditionExpression: 'gsi1pk = :all', ExpressionAttributeValues: { ':all': 'EVENTS#ALL' }, Limit: 1 }));
      return (page.Items ?? []).length > 0;
    },
  };
}

const STATUS_REFUSALS: Partial<Record<StoredEventStatus, string>> = {
  DRAFT: '开放日还是草稿，请先发布。',
  CLOSED: '报名已经截止。',
  CANCELLED: '开放日已经取消。',
  OPEN: '开放日已经发布。',
};
