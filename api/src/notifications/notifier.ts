import { eachAtOnce } from '../core/at-once';
import type { Logger } from '../core/logger';
import type { Write } from '../core/transactions';
import type { InboxNotifier } from './inbox-notifier';

// How GovOpen tells a resident something outside the app — open days, rating replies, project
// updates alike: one interface, two implementations — an outbox in the table (local, development,
// tests: outbox-store.ts) and WeChat subscribe messages (wechat-notifier.ts) — chosen by configuration
// (notifier-choice.ts). Each feature declares the templates it sends (see NotificationTemplates).

/**
 * A feature's messages: per template name (EVENT_CONFIRMED, RATING_REPLIED …), which message field
 * fills which key of the WeChat template chosen in the mini-program console (thing = short text,
 * time = date and time, character_string = a code …).
 */
export type NotificationTemplates = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface NotificationMessage {
  residentId: string;
  /** One of the templates a feature declares. */
  template: string;
  /** What the message shows, by name: title, startsAt (Beijing time text), place, checkInCode, note … */
  data: Record<string, string>;
  /** The mini-app page the message opens. */
  page?: string;
  /** The publication it tells of (政策找人): a resident hears of one publication once, and it counts in its reach. */
  publication?: string;
  /**
   * Kept in 我的消息 (and copied to 亲友帮办 helpers) only, never handed to WeChat or the outbox: news
   * of what the resident just did on screen (取消报名), which no subscribe template carries.
   */
  inAppOnly?: boolean;
}

export interface Notifier {
  send(message: NotificationMessage): Promise<void>;
  /**
   * The message as one write of a transaction, where the notifier keeps messages in the table (the
   * outbox): written with its entry in 我的消息, and with what it tells of when a feature folds the
   * message into its own transaction (inbox-notifier.ts writesOf). Absent: the notifier sends
   * outside the table, after the write.
   */
  writeOf?(message: NotificationMessage): Write;
}

/**
 * Sends without letting a failure undo what the resident already has (a seat, a cancellation): the
 * problem is logged for operators and false is returned. True when this call told the resident (false
 * too for news of a publication they already had: see InboxNotifier.send).
 */
export async function notifySafely(notifier: InboxNotifier, log: Logger, message: NotificationMessage): Promise<boolean> {
  try {
    return await notifier.send(message);
  } catch (error) {
    log.warn({ err: error, template: message.template }, 'a notification could not be sent');
    return false;
  }
}

/**
 * Many residents told of one thing (a project's followers, a publication's subscribers): each message
 * as `notifySafely`, `atOnce` at a time — each one a WeChat request of its own, so a few hundred take
 * seconds rather than minutes, without flooding WeChat or the table. Whether each told its resident, in order.
 */
export const notifyEach = (notifier: InboxNotifier, log: Logger, messages: readonly NotificationMessage[], atOnce: number): Promise<boolean[]> =>
  eachAtOnce(messages, atOnce, (message) => notifySafely(notifier, log, message));
