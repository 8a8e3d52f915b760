import type { App } from '../app';
import { eachAtOnce } from '../core/at-once';
import type { NotificationMessage } from '../notifications/notifier';
import { registrantMessage } from './event-notifications';
import type { StoredEvent, StoredRegistration } from './event-model';
import type { UntoldMark } from './notice-markers';

// Notices a resident is owed once whatever stops a process (decisions 030, 032): 候补转正 (a seat handed
// from the waiting list) and the draw's outcome (抽中, with the check-in code, or 候补第 N 位). The
// transaction that decides it marks the registration as not yet told (`promotionUntoldSince`, or
// `drawUntoldSince` in the draw's update of the application); the notice's 我的消息 entry (and the
// outbox's copy) is written in one transaction with the mark removed, conditional on it and on the
// registration being as read; WeChat's message and the 亲友帮办 helpers' copies follow. The request
// that decided tells at once; what a stopped process or a failed notice left marked, the scheduled
// sweep (freeSeatsToWaiters) tells.

type Context = Pick<App, 'stores' | 'notifier' | 'log'>;

/** Notices written at once: each its own transaction on its own resident's items, and WeChat's message after it. */
const AT_ONCE = 10;

/**
 * A waiter's place on the list now, as their page shows it: their number in the draw while nobody has
 * left the list since (nobody joins after a draw, so its length tells; no request), else counted on
 * the list's index (a Query, for a notice told late).
 */
async function placeNow(context: Context, event: StoredEvent, registration: StoredRegistration): Promise<number> {
  const seq = registration.waitlistSeq ?? 0;
  const unchanged = event.drawApplicants !== null && event.drawSelected !== null && event.waitlistLength === event.drawApplicants - event.drawSelected;
  return unchanged ? seq : context.stores.registrations.waitlistPlace(event.id, seq);
}

/** The notice a registration is owed and the mark its transaction removes; null when it is owed none. */
async function owedNotice(context: Context, event: StoredEvent, registration: StoredRegistration): Promise<{ mark: UntoldMark; message: NotificationMessage } | null> {
  if (registration.promotionUntoldSince !== null) return { mark: 'promotionUntoldSince', message: registrantMessage('EVENT_PROMOTED', event, registration) };
  if (registration.drawUntoldSince === null) return null;
  const message =
    registration.status === 'WAITLISTED'
      ? registrantMessage('EVENT_WAITLISTED', event, registration, { note: `未抽中，候补第 ${await placeNow(context, event, registration)} 位` })
      : registrantMessage('EVENT_CONFIRMED', event, registration);
  return { mark: 'drawUntoldSince', message };
}

/**
 * Tells a resident what they are owed (a promotion, the draw's outcome), once. `already` when somebody
 * else told them first, or the registration changed since it was read (cancelled, promoted: they are
 * not told what no longer holds); a failure is logged and left to the sweep (`failed`), never undoes
 * the seat.
 */
export async function tellOwedNotice(context: Context, event: StoredEvent, registration: StoredRegistration): Promise<'told' | 'already' | 'failed'> {
  try {
    const owed = await owedNotice(context, event, registration);
    if (!owed) return 'already';
    const notice = await context.notifier.writesOf(owed.message);
    if (!(await context.stores.registrations.tellOwed(registration, owed.mark, notice.writes))) return 'already';
    await notice.afterwards();
    return 'told';
  } catch (error) {
    context.log.warn({ err: error, eventId: event.id }, 'a notice owed to a resident could not be written; the next sweep tells them');
    return 'failed';
  }
}

/** Tells each registration what it is owed, AT_ONCE at a time (a draw's hundreds in seconds); the outcomes in order. */
export const tellEachOwed = (context: Context, event: StoredEvent, registrations: readonly StoredRegistration[]) =>
  eachAtOnce(registrations, AT_ONCE, (registration) => tellOwedNotice(context, event, registration));

/** Whether the event may still owe its residents notices: promotions counted since the sweep last found all told, or a draw not yet found told. */
export const mayOweNotices = (event: StoredEvent) =>
  // A cancelled open day's residents were told of the cancellation instead.
  event.status !== 'CANCELLED' && (event.promotions > event.promotionsChecked || (event.drawnAt !== null && !event.drawTold));

/**
 * The sweep's part for one event that may owe notices: its registrations still marked (one Query),
 * each told once; then, with none failing, what the event owed when read is recorded as checked (one
 * UpdateItem). Answers how many this run told.
 */
export async function tellUntold(context: Context, event: StoredEvent): Promise<number> {
  const outcomes = await tellEachOwed(context, event, await context.stores.registrations.untold(event.id));
  const told = outcomes.filter((outcome) => outcome === 'told').length;
  if (told > 0) context.log.info({ eventId: event.id, told }, 'residents told late of a promotion or a draw');
  if (!outcomes.includes('failed')) await context.stores.registrations.noticesChecked(event);
  return told;
}
