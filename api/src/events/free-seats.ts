import type { App } from '../app';
import { notifyRegistrant } from './event-notifications';
import type { StoredEvent } from './event-model';
import { seatsForWaiters } from './seat-handover';

// Seats free while somebody waits: staff added them (the capacity grew) and the handover that should
// have followed did not finish — it stops after about 3 s when the waiting list's index shows nobody
// the event's counter says waits (decision 027), and a request can end between the capacity's change
// and the handover. Newcomers still cannot take such seats (the counter bars them), so they would stay
// empty until the capacity changed again. The scheduled task `freeSeatsToWaiters` gives them out.

/**
 * Gives the event's free seats to its waiting list in order (the same handover as a capacity change,
 * fillFreeSeats, whose conditions promote nobody twice and never exceed the capacity, however many run
 * at once) and tells each resident promoted, as a cancellation's handover does; answers how many.
 */
export async function handFreeSeats(context: Pick<App, 'stores' | 'notifier' | 'log'>, event: StoredEvent, now: Date): Promise<number> {
  const promoted = await context.stores.registrations.fillFreeSeats(event.id, now);
  for (const registration of promoted) await notifyRegistrant(context, 'EVENT_PROMOTED', event, registration);
  return promoted.length;
}

/**
 * Every few minutes (core/task-cadence.ts): the published open days not yet started — a Query of
 * their list entries from now on and one BatchGetItem of those events, their counters read as they
 * are — and, for each showing free seats and waiters while its seats can still change hands, the
 * handover; answers how many residents got a seat. With nothing to do that is all it reads.
 */
export async function freeSeatsToWaiters(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  const now = app.now();
  let promoted = 0;
  for (const event of await app.stores.events.startingBetween(now)) {
    if (!seatsForWaiters(event, now)) continue;
    const given = await handFreeSeats(app, event, now);
    // None: another run gave them meanwhile, or the index still shows nobody; the next run looks again.
    if (given === 0) app.log.warn({ eventId: event.id, seatsLeft: event.seatsLeft, waitlistLength: event.waitlistLength }, 'open-day seats free while somebody waits, none given this run');
    promoted += given;
  }
  return promoted;
}
