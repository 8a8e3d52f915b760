import type { App } from '../app';
import { registrantMessage } from './event-notifications';
import type { StoredEvent, StoredRegistration } from './event-model';
import { seatsForWaiters } from './seat-handover';

// Seats free while somebody waits: staff added them (the capacity grew) and the handover that should
// have followed did not finish — it stops after about 3 s when the waiting list's index shows nobody
// the event's counter says waits (decision 027), and a request can end between the capacity's change
// and the handover. Newcomers still cannot take such seats (the counter bars them), so they would stay
// empty until the capacity changed again. The scheduled task `freeSeatsToWaiters` gives them out.
//
// A resident promoted is told after the handover's transaction, which marks the registration as not
// yet told; a process that stopped in between (a Lambda's timeout, a crash) or a notice that could not
// be written leaves the mark, and the same task tells them (decision 030).

type Context = Pick<App, 'stores' | 'notifier' | 'log'>;

/**
 * Tells a resident promoted from the waiting list, once: the notice's 我的消息 entry (and the outbox's
 * copy) in one transaction with the registration's mark removed (conditional on it), WeChat's message
 * and the 亲友帮办 helpers' copies after it. `already` when somebody else told the resident first; a
 * failure is logged and left to the sweep (`failed`), never undoes the seat.
 */
export async function tellPromoted(context: Context, event: StoredEvent, registration: StoredRegistration): Promise<'told' | 'already' | 'failed'> {
  try {
    const notice = await context.notifier.writesOf(registrantMessage('EVENT_PROMOTED', event, registration));
    if (!(await context.stores.registrations.tellPromotion(registration, notice.writes))) return 'already';
    await notice.afterwards();
    return 'told';
  } catch (error) {
    context.log.warn({ err: error, eventId: event.id }, 'a promotion notice could not be written; the next sweep tells the resident');
    return 'failed';
  }
}

/**
 * Gives the event's free seats to its waiting list in order (the same handover as a capacity change,
 * fillFreeSeats, whose conditions promote nobody twice and never exceed the capacity, however many run
 * at once) and tells each resident promoted, as a cancellation's handover does; answers how many.
 */
export async function handFreeSeats(context: Context, event: StoredEvent, now: Date): Promise<number> {
  const promoted = await context.stores.registrations.fillFreeSeats(event.id, now);
  for (const registration of promoted) await tellPromoted(context, event, registration);
  return promoted.length;
}

/**
 * The residents of an event promoted and not yet told (only when it counted promotions since the last
 * sweep found all told: one Query of its registrations), each told once; then, with none failing, the
 * count as read is recorded as checked (one UpdateItem). Answers how many this run told.
 */
async function tellUntold(context: Context, event: StoredEvent): Promise<number> {
  let told = 0;
  let failed = false;
  for (const registration of await context.stores.registrations.untoldPromotions(event.id)) {
    const outcome = await tellPromoted(context, event, registration);
    if (outcome === 'told') told += 1;
    if (outcome === 'failed') failed = true;
  }
  if (told > 0) context.log.info({ eventId: event.id, told }, 'residents promoted from the waiting list told late');
  if (!failed) await context.stores.registrations.promotionsChecked(event);
  return told;
}

/**
 * Every few minutes (core/task-cadence.ts): the published open days not yet started — a Query of
 * their list entries from now on and one BatchGetItem of those events, their counters read as they
 * are — and, for each with promotions not yet seen told, those residents told; for each showing free
 * seats and waiters while its seats can still change hands, the handover. Answers how many residents
 * got a seat or were told of one late. With nothing to do that is all it reads.
 */
export async function freeSeatsToWaiters(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  const now = app.now();
  let promoted = 0;
  for (const event of await app.stores.events.startingBetween(now)) {
    // A cancelled open day's residents were told of the cancellation instead.
    if (event.promotions > event.promotionsChecked && event.status !== 'CANCELLED') promoted += await tellUntold(app, event);
    if (!seatsForWaiters(event, now)) continue;
    const given = await handFreeSeats(app, event, now);
    // None: another run gave them meanwhile, or the index still shows nobody; the next run looks again.
    if (given === 0) app.log.warn({ eventId: event.id, seatsLeft: event.seatsLeft, waitlistLength: event.waitlistLength }, 'open-day seats free while somebody waits, none given this run');
    promoted += given;
  }
  return promoted;
}
