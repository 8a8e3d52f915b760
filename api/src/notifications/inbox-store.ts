import { randomBytes } from 'node:crypto';
import type * as z from 'zod';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { ORDINARY_WRITES, transact, type Write } from '../core/transactions';
import type { NotificationMessage } from './notifier';
import { inboxEntryItem, reachItem, reachMarkerItem, unreadCountItem } from './inbox-items';

// 我的消息: every message a resident is sent is kept here, whatever else carries it (WeChat, the
// outbox). A message about a publication (政策找人) is written with the resident's reach marker in
// one transaction, so the same publication reaches a resident once, however often delivery runs.

export type InboxEntry = z.output<typeof inboxEntryItem.declaration.attributes>;
export type Reach = z.output<typeof reachItem.declaration.attributes>;

/** 17 digits of UTC time then 8 hex: ids sort as the messages were sent, and cannot be guessed. */
export const MESSAGE_ID = /^\d{17}[0-9a-f]{8}$/u;
const idTimeOf = (at: Date) => at.toISOString().replace(/\D/gu, '').slice(0, 17);
const messageIdAt = (at: Date) => `${idTimeOf(at)}${randomBytes(4).toString('hex')}`;

/** The most messages one undoing marks: those of one sign-up are a handful (报名成功, 候补, 转正, 提醒). */
const MOST_OVERTAKEN = 20;

export interface InboxStore {
  /**
   * Keeps the message, with `alongside` (the outbox's copy) in the same transaction; null when it is
   * about a publication this resident was already told of.
   */
  record(message: NotificationMessage, forResident?: string, alongside?: (entry: InboxEntry) => Write[]): Promise<InboxEntry | null>;
  /**
   * The writes, for the transaction of what undid it, that mark the resident's messages sent since
   * `since` whose data names `about` (a registration) with `note` (报名已取消), so none still reads as true.
   */
  overtakeWrites(residentId: string, about: { field: 'registrationId'; value: string }, since: Date, note: string): Promise<Write[]>;
  /** The entry and the writes that keep it, for another feature's transaction (an open-day seat's). */
  prepare(message: NotificationMessage, forResident?: string): Promise<{ entry: InboxEntry; writes: Write[] }>;
  page(residentId: string, request: PageRequest): Promise<Page<InboxEntry>>;
  unreadCount(residentId: string): Promise<number>;
  /** The resident opens a message: read from now on, and counted once as opened in its publication's reach. */
  open(residentId: string, id: string): Promise<InboxEntry | null>;
  /** Those of the residents already told of the publication. */
  alreadyTold(publication: string, residentIds: readonly string[]): Promise<Set<string>>;
  /** Each publication's reach (zero where nobody was told yet): one BatchGet per 100, for a staff list's rows. */
  reachOf(publications: readonly string[]): Promise<Map<string, Reach>>;
}

export function createInboxStore(dynamo: Dynamo, now: Clock): InboxStore {
  const { entries, unread, reach, markers } = itemsOf(dynamo, { entries: inboxEntryItem, unread: unreadCountItem, reach: reachItem, markers: reachMarkerItem });
  const countUnread = (residentId: string, by: number): Write => unread.update({ residentId }, 'SET residentId = :resident ADD unread :by', { values: { ':resident': residentId, ':by': by } });

  const prepare = (message: NotificationMessage, forResident?: string) => {
    const at = now();
    const entry: InboxEntry = {
      id: messageIdAt(at),
      residentId: message.residentId,
      template: message.template,
      data: message.data,
      page: message.page ?? null,
      publication: message.publication ?? null,
      forResident: forResident ?? null,
      sentAt: at.toISOString(),
      readAt: null,
      overtaken: null,
    };
    const writes = [entries.put(entry), countUnread(entry.residentId, 1)];
    if (entry.publication) {
      writes.push(
        markers.put({ publication: entry.publication, residentId: entry.residentId, toldAt: entry.sentAt, openedAt: null }, { if: 'attribute_not_exists(pk)' }),
        reach.update({ publication: entry.publication }, 'SET publication = :publication ADD told :one', { values: { ':publication': entry.publication, ':one': 1 } }),
      );
    }
    return { entry, writes };
  };

  return {
    prepare: async (message, forResident) => prepare(message, forResident),
    async record(message, forResident, alongside = () => []) {
      const { entry, writes } = prepare(message, forResident);
      const outcome = await transact(dynamo, [...writes, ...alongside(entry)], ORDINARY_WRITES);
      return outcome.ok ? entry : null;
    },
    async overtakeWrites(residentId, about, since, note) {
      const sortKeyOf = (id: string) => inboxEntryItem.key({ residentId, id }).sk;
      const told = await entries.query({
        where: { residentId },
        range: { between: [sortKeyOf(idTimeOf(since)), sortKeyOf('~')] },
        filter: { if: `#data.#${about.field} = :about AND attribute_not_exists(overtaken)`, values: { ':about': about.value } },
        consistent: true,
      });
      return told.slice(-MOST_OVERTAKEN).map(({ id }) => entries.update({ residentId, id }, 'SET overtaken = :note', { if: 'attribute_exists(pk)', values: { ':note': note } }));
    },
    page: (residentId, request) => entries.page({ where: { residentId }, descending: true }, request),
    async unreadCount(residentId) {
      return Math.max(0, (await unread.get({ residentId }, true))?.unread ?? 0);
    },
    async open(residentId, id) {
      const entry = await entries.get({ residentId, id }, true);
      if (!entry || entry.readAt) return entry;
      const readAt = now().toISOString();
      const writes = [entries.update({ residentId, id }, 'SET readAt = :at', { if: 'attribute_not_exists(readAt)', values: { ':at': readAt } }), countUnread(residentId, -1)];
      // A helper's copy is not the resident opening it: only the resident's own message counts.
      if (entry.publication && !entry.forResident) {
        writes.push(
          markers.update({ publication: entry.publication, residentId }, 'SET openedAt = :at', { if: 'attribute_exists(pk) AND attribute_not_exists(openedAt)', values: { ':at': readAt } }),
          reach.update({ publication: entry.publication }, 'ADD opened :one', { values: { ':one': 1 } }),
        );
      }
      // Opened twice at once: the second finds it read, which is what it wanted.
      await transact(dynamo, writes, ORDINARY_WRITES);
      return { ...entry, readAt };
    },
    async alreadyTold(publication, residentIds) {
      const found = await markers.getMany(residentIds.map((residentId) => ({ publication, residentId })));
      return new Set(found.map((marker) => marker.residentId));
    },
    async reachOf(publications) {
      const found = new Map((await reach.getMany(publications.map((publication) => ({ publication })))).map((counts) => [counts.publication, counts]));
      return new Map(publications.map((publication) => [publication, found.get(publication) ?? { publication, told: 0, opened: 0 }]));
    },
  };
}
