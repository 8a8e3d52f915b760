import type { Logger } from 'pino';

// How GovOpen tells a resident something outside the app — open days, rating replies, project
// updates alike: one interface, two implementations —
// an outbox in the table (local, development, tests: see outbox-store.ts) and WeChat subscribe
// messages (wechat-notifier.ts) — chosen by configuration in app.ts.

export const NOTIFICATION_TEMPLATES = [
  /** A seat is confirmed (first come) or the draw selected the resident; data carries the check-in code. */
  'EVENT_CONFIRMED',
  /** The draw put the resident on the waiting list; data carries the place. */
  'EVENT_WAITLISTED',
  /** Someone cancelled and the resident moved from the waiting list to a seat. */
  'EVENT_PROMOTED',
  /** The day before the event. */
  'EVENT_REMINDER',
  /** Staff cancelled the event. */
  'EVENT_CANCELLED',
  /** A department answered the resident's bad rating (好差评); data: title (the service), outcome, note. */
  'RATING_REPLIED',
  /** A project the resident follows has a new timeline entry; data: title, date, text. */
  'PROJECT_UPDATED',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export interface NotificationMessage {
  residentId: string;
  template: NotificationTemplate;
  /** What the message shows, by name: title, startsAt (Beijing time text), place, checkInCode, note … */
  data: Record<string, string>;
  /** The mini-app page the message opens. */
  page?: string;
}

export interface Notifier {
  send(message: NotificationMessage): Promise<void>;
}

/**
 * Sends without letting a failure undo what the resident already has (a seat, a cancellation): the
 * problem is logged for operators and false is returned.
 */
export async function notifySafely(notifier: Notifier, log: Logger, message: NotificationMessage): Promise<boolean> {
  try {
    await notifier.send(message);
    return true;
  } catch (error) {
    log.warn({ err: error, template: message.template }, 'a notification could not be sent');
    return false;
  }
}
