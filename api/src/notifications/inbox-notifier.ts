import type { Logger } from '../core/logger';
import type { Write } from '../core/transactions';
import type { InboxEntry, InboxStore } from './inbox-store';
import type { NotificationMessage, Notifier } from './notifier';

// Every message any feature sends goes through here first: it is kept in 我的消息 (always), copied
// to the resident's confirmed 亲友帮办 helpers (reminders and replies, never 政策找人 news, which says
// what the resident is interested in), and only then handed to WeChat or the outbox (unless in-app only). A publication's
// WeChat message opens it from 我的消息, so opening it counts in the publication's reach.

/** The mini-app page that opens one message (and then the page it is about). */
export const INBOX_PAGE = 'pages/messages/inbox/index';

export interface InboxNotifierParts {
  inbox: InboxStore;
  /** The residents who help this one (亲友帮办, confirmed and not ended), and how the copy names the resident (masked). */
  helpersOf(residentId: string): Promise<Array<{ helperId: string; residentLabel: string }>>;
  log: Logger;
}

/** A message as part of the caller's transaction (see InboxNotifier.writesOf). */
export interface MessageWrites {
  /** Its entry in 我的消息, the unread count, and the outbox's copy when the outbox is the notifier. */
  writes: Write[];
  /** Once the caller's transaction is written: WeChat's message and the helpers' copies. A failure is logged, never thrown: what the message tells of is done. */
  afterwards(): Promise<void>;
}

export interface InboxNotifier {
  /**
   * Keeps the message in 我的消息 and sends it: true when this call told the resident; false when it
   * is news of a publication they were already told of (an overlapping delivery was first), and
   * nothing was written or sent.
   */
  send(message: NotificationMessage): Promise<boolean>;
  /**
   * The message written in the same transaction as what it tells of (an open-day seat), so both are
   * written in one request or neither; call `afterwards` once that transaction is written. Not for
   * news of a publication, whose once-only marker could refuse the caller's transaction: use send.
   */
  writesOf(message: NotificationMessage): Promise<MessageWrites>;
}

export function withInbox(outside: Notifier, { inbox, helpersOf, log }: InboxNotifierParts): InboxNotifier {
  /** What WeChat or the outbox is handed: news of a publication opens through 我的消息, where opening it counts in the publication's reach. */
  const outgoing = (message: NotificationMessage, entry: InboxEntry): NotificationMessage => ({
    residentId: entry.residentId,
    template: message.template,
    data: message.data,
    page: entry.publication ? `${INBOX_PAGE}?open=${entry.id}` : message.page,
  });
  // The outbox keeps its copy in the entry's own transaction; WeChat is asked once the entry is written.
  const outsideWrites = (message: NotificationMessage, entry: InboxEntry) => (outside.writeOf && !message.inAppOnly ? [outside.writeOf(outgoing(message, entry))] : []);
  const sendOutside = async (message: NotificationMessage, entry: InboxEntry) => {
    if (!outside.writeOf && !message.inAppOnly) await outside.send(outgoing(message, entry));
  };
  const deliver = async (message: NotificationMessage, forResident?: string) => {
    const entry = await inbox.record(message, forResident, (kept) => outsideWrites(message, kept));
    if (!entry) return false;
    await sendOutside(message, entry);
    return true;
  };
  const copyToHelpers = async (message: NotificationMessage) => {
    if (message.publication) return;
    for (const { helperId, residentLabel } of await helpersOf(message.residentId)) {
      // A helper's copy failing never undoes the resident's own message.
      await deliver({ ...message, residentId: helperId, publication: undefined }, residentLabel).catch((error: unknown) =>
        log.warn({ err: error, template: message.template }, 'a copy for a helper could not be sent'),
      );
    }
  };
  return {
    async send(message) {
      if (!(await deliver(message))) return false;
      await copyToHelpers(message);
      return true;
    },
    async writesOf(message) {
      const { entry, writes } = await inbox.prepare(message);
      const warn = (error: unknown) => log.warn({ err: error, template: message.template }, 'a notification could not be sent');
      return {
        writes: [...writes, ...outsideWrites(message, entry)],
        async afterwards() {
          await sendOutside(message, entry).catch(warn);
          await copyToHelpers(message).catch(warn);
        },
      };
    },
  };
}
