import type { App } from '../app';
import type { StoredEvent } from './event-model';
import { mayOweNotices, tellEachOwed, tellUntold } from './owed-notices';
import { seatsForWaiters } from './seat-handover';

// Seats free while somebody waits: staff added them (the capacity grew) and the handover that should
// have followed did not finish — it stops after about 3 s when the waiting list's index shows nobody
// the event's counter says waits (decision 027), and a request can end between the capacity's change
// and the handover. Newcomers still cannot take such seats (the counter bars them), so they would stay
// empty until the capacity changed again. The scheduled task `freeSeatsToWaiters` gives them out.
//
// The same task tells the residents a stopped process (a Lambda's timeout, a crash) or a notice that
// could not be written left untold of a promotion or of a draw's outcome (owed-notices.ts, decisions 030 and 032).

type Context = Pick<App, 'stores' | 'notifier' | 'log'>;

/**
 * Gives the event's free seats to its waiting list in order (the same handover as a capacity change,
 * fillFreeSeats, whose conditions promote nobody twice and never exceed the capacity, however many run
 * at once) and tells each resident promoted, as a cancellation's handover does; answers how many.
 */
export async function handFreeSeats(context: Context, event: StoredEvent, now: Date): Promise<number> {
  const promoted = await context.stores.registrations.fillFreeSeats(event.id, now);
  await tellEachOwed(context, event, promoted);
  return promoted.length;
}

/**
 * Every few minutes (core/task-cadence.ts): the published open days not yet started — a Query of
 * their list entries from now on and one BatchGetItem of those events, their counters read as they
 * are — and, for each that may owe notices (promotions or a draw not yet found told), those residents
 * told; for each showing free seats and waiters while its seats can still change hands, the handover.
 * Answers how many residents got a seat or were told late of one or of a draw. With nothing to do
 * that is all it reads.
 */
export async function freeSeatsToWaiters(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  const now = app.now();
  let done = 0;
  for (const event of await app.stores.events.startingBetween(now)) {
    if (mayOweNotices(event)) done += await tellUntold(app, event);
    if (!seatsForWaiters(event, now)) continue;
    const given = await handFreeSeats(app, event, now);
    // None: another run gave them meanwhile, or the index still shows nobody; the next run looks again.
    if (given === 0) app.log.warn({ eventId: event.id, seatsLeft: event.seatsLeft, waitlistLength: event.waitlistLength }, 'open-day seats free while somebody waits, none given this run');
    done += given;
  }
  return done;
}
