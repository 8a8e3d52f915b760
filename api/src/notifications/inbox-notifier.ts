import type { Logger } from '../core/logger';
import type { InboxStore } from './inbox-store';
import type { NotificationMessage, Notifier } from './notifier';

// Every message any feature sends goes through here first: it is kept in 我的消息 (always), copied
// to the resident's confirmed 亲友帮办 helpers (reminders and replies, never 政策找人 news, which says
// what the resident is interested in), and only then handed to WeChat or the outbox. A publication's
// WeChat message opens it from 我的消息, so opening it counts in the publication's reach.

/** The mini-app page that opens one message (and then the page it is about). */
export const INBOX_PAGE = 'pages/messages/inbox/index';

export interface InboxNotifierParts {
  inbox: InboxStore;
  /** The residents who help this one (亲友帮办, confirmed and not ended), and how the copy names the resident (masked). */
  helpersOf(residentId: string): Promise<Array<{ helperId: string; residentLabel: string }>>;
  log: Logger;
}

export function withInbox(outside: Notifier, { inbox, helpersOf, log }: InboxNotifierParts): Notifier {
  const deliver = async (message: NotificationMessage, forResident?: string) => {
    const entry = await inbox.record(message, forResident);
    if (!entry) return false;
    // News of a publication opens through 我的消息, where opening it counts in the publication's reach.
    const page = entry.publication ? `${INBOX_PAGE}?open=${entry.id}` : message.page;
    await outside.send({ residentId: entry.residentId, template: message.template, data: message.data, page });
    return true;
  };
  return {
    async send(message) {
      if (!(await deliver(message))) return;
      if (message.publication) return;
      for (const { helperId, residentLabel } of await helpersOf(message.residentId)) {
        // A helper's copy failing never undoes the resident's own message.
        await deliver({ ...message, residentId: helperId, publication: undefined }, residentLabel).catch((error: unknown) =>
          log.warn({ err: error, template: message.template }, 'a copy for a helper could not be sent'),
        );
      }
    },
  };
}
