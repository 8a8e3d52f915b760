import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import { notFound } from '../core/errors';
import { allOf, isOneOf, type Page } from '../core/items';
import { transact, type Write } from '../core/transactions';
import { eventDetailsAttributes, eventFacets, eventItem } from './event-items';
import type { EventDetails, EventSummary, StoredEvent, StoredEventStatus } from './event-model';
import { openDayTable, OPEN_DAY_WRITES } from './open-day-table';
import { MAX_EVENT_DAYS, STATUS_CHANGES_FROM, statusChangeRefusal, updateRefusal } from './open-day-rules';

// Open days' reads and writes; how they sit in the table is declared in event-items.ts, and what
// registrations do to the event's counters is in the registration modules.

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
  list(query: EventListQuery): Promise<Page<string>>;
  /** A department's events, drafts included, latest start first. */
  listForDepartment(department: string, first: number, after?: string): Promise<Page<StoredEvent>>;
  /** Published events starting in [from, to), or from `from` on without `to`, soonest first (counters eventually consistent). */
  startingBetween(from: Date, to?: Date): Promise<StoredEvent[]>;
  hasAnyEvent(): Promise<boolean>;
}

/** What staff enter, set as entered; the capacity moves the seat counter too, so it is set apart. */
const DETAIL_FIELDS = eventDetailsAttributes.keyof().options.filter((field) => field !== 'capacity');

export function createEventStore(dynamo: Dynamo, audit: AuditLog): EventStore {
  const { events, listEntries } = openDayTable(dynamo);

  async function getOrThrow(id: string) {
    const event = await events.get({ id }, true);
    if (!event) throw notFound('没有找到这个开放日。');
    return event;
  }

  /** Removes and puts that move a published event's list entries from `before` to `after`. */
  function entryChanges(before: StoredEvent | null, after: StoredEvent): Write[] {
    const keep = new Set(eventFacets(after));
    const removed = before ? eventFacets(before).filter((facet) => !keep.has(facet)) : [];
    return [
      ...removed.map((facet) => listEntries.remove({ id: after.id, facet })),
      ...[...keep].map((facet) => listEntries.put({ id: after.id, facet, startsAt: after.startsAt, endsAt: after.endsAt, theme: after.theme, department: after.department })),
    ];
  }

  return {
    get: (id, consistent = false) => events.get({ id }, consistent),
    async getMany(ids) {
      return new Map((await events.getMany(ids.map((id) => ({ id })))).map((event) => [event.id, event]));
    },
    async create(event, entry) {
      const outcome = await transact(
        dynamo,
        [events.put(event, { if: 'attribute_not_exists(pk)' }), ...(event.status === 'DRAFT' ? [] : entryChanges(null, event)), audit.write(entry)],
        OPEN_DAY_WRITES,
      );
      if (outcome.ok) return { created: true, event };
      return { created: false, event: await getOrThrow(event.id) };
    },
    async update(before, details, entry, at) {
      const after: StoredEvent = { ...before, ...details, version: before.version + 1, updatedAt: at.toISOString() };
      const delta = details.capacity - before.capacity;
      const modeChanges = details.selectionMode !== before.selectionMode;
      const values: Record<string, unknown> = {
        ':version': before.version,
        ':nextVersion': after.version,
        ':updatedAt': after.updatedAt,
        ':capacity': details.capacity,
        ':delta': delta,
        ':needed': Math.max(0, -delta),
        ':cancelled': 'CANCELLED',
        ':gsi2sk': eventItem.keysOf(after).gsi2sk,
        ...(modeChanges ? { ':zero': 0 } : {}),
        ...Object.fromEntries(DETAIL_FIELDS.map((field) => [`:${field}`, details[field]])),
      };
      const sets = ['#version = :nextVersion', 'updatedAt = :updatedAt', '#capacity = :capacity', 'seatsLeft = seatsLeft + :delta', 'gsi2sk = :gsi2sk', ...DETAIL_FIELDS.map((f) => `#${f} = :${f}`)];
      const condition = [
        '#version = :version',
        '#status <> :cancelled',
        'seatsLeft >= :needed',
        // Seats cannot move while a draw is being applied.
        ...(delta !== 0 ? ['(attribute_not_exists(drawSeed) OR attribute_exists(drawnAt))'] : []),
        ...(modeChanges ? ['seatsLeft = #capacity', 'waitlistLength = :zero', 'applicants = :zero'] : []),
      ].join(' AND ');
      const outcome = await transact(
        dynamo,
        [
          events.update({ id: before.id }, `SET ${sets.join(', ')}`, { if: condition, values }),
          ...(before.status === 'DRAFT' ? [] : entryChanges(before, after)),
          audit.write(entry),
        ],
        OPEN_DAY_WRITES,
      );
      const current = await getOrThrow(before.id);
      if (outcome.ok) return current;
      throw updateRefusal(before, current, details);
    },
    async setStatus(before, status, entry, at, cancelReason) {
      const after: StoredEvent = { ...before, status, updatedAt: at.toISOString(), version: before.version + 1, cancelReason: cancelReason ?? before.cancelReason };
      const from = isOneOf('status', STATUS_CHANGES_FROM[status]);
      const outcome = await transact(
        dynamo,
        [
          events.update({ id: before.id }, `SET #status = :status, updatedAt = :at, #version = #version + :one${cancelReason ? ', cancelReason = :reason' : ''}`, {
            if: from.if,
            values: { ':status': status, ':at': after.updatedAt, ':one': 1, ...from.values, ...(cancelReason ? { ':reason': cancelReason } : {}) },
          }),
          // Publishing makes the event appear in residents' lists; a cancelled one stays listed, marked so.
          ...(status === 'OPEN' ? entryChanges(null, after) : []),
          audit.write(entry),
        ],
        OPEN_DAY_WRITES,
      );
      const current = await getOrThrow(before.id);
      // Asked twice: already done.
      if (outcome.ok || current.status === status) return current;
      throw statusChangeRefusal(current);
    },
    async publishSummary(before, summary, entry) {
      await transact(
        dynamo,
        [events.update({ id: before.id }, 'SET summary = :summary', { if: 'attribute_exists(pk)', values: { ':summary': summary } }), audit.write(entry)],
        OPEN_DAY_WRITES,
      );
      return getOrThrow(before.id);
    },
    async list(query) {
      const facet = query.month ? `MONTH#${query.month}` : query.department ? `DEPT#${query.department}` : query.theme ? `THEME#${query.theme}` : 'ALL';
      const now = query.now.toISOString();
      const filter = allOf(
        !!query.theme && !facet.startsWith('THEME#') && { if: '#theme = :theme', values: { ':theme': query.theme } },
        !!query.department && !facet.startsWith('DEPT#') && { if: '#department = :department', values: { ':department': query.department } },
        !query.month && { if: query.past ? '#endsAt <= :now' : '#endsAt > :now', values: { ':now': now } },
      );
      // Not yet ended: started at most MAX_EVENT_DAYS ago.
      const range = query.month ? undefined : query.past ? { before: now } : { from: new Date(query.now.getTime() - MAX_EVENT_DAYS * 86_400_000).toISOString() };
      const page = await listEntries.page({ index: 'gsi1', where: { facet }, range, filter, descending: !query.month && query.past }, query);
      return { ...page, items: page.items.map(({ cursor, node }) => ({ cursor, node: node.id })) };
    },
    listForDepartment: (department, first, after) => events.page({ index: 'gsi2', where: { department }, descending: true }, { first, after }),
    async startingBetween(from, to) {
      const range = to ? { between: [from.toISOString(), to.toISOString()] as [string, string] } : { from: from.toISOString() };
      const entries = await listEntries.query({ index: 'gsi1', where: { facet: 'ALL' }, range });
      const found = new Map((await events.getMany(entries.map(({ id }) => ({ id })))).map((event) => [event.id, event]));
      return entries.flatMap(({ id }) => found.get(id) ?? []);
    },
    async hasAnyEvent() {
      return (await listEntries.query({ index: 'gsi1', where: { facet: 'ALL' }, limit: 1 })).length > 0;
    },
  };
}
