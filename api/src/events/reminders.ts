import type { App } from '../app';
import { beijingInstant, governmentDate } from '../core/clock';
import { notifyRegistrant } from './event-notifications';
import { SEAT_STATUSES } from './event-model';

/**
 * The day-before reminder: every event starting tomorrow (a Beijing-time day) tells each resident
 * holding a seat, once. A marker on the registration is set before sending and removed again if the
 * message could not be sent, so running this again (a schedule's retry, a second run the same day)
 * neither repeats a reminder nor loses one. Run it daily, e.g. from a scheduled Lambda invocation.
 */
export async function sendEventReminders(app: App, now: Date = app.now()): Promise<{ events: number; reminded: number }> {
  const from = beijingInstant(governmentDate(new Date(now.getTime() + 86_400_000)));
  const to = new Date(from.getTime() + 86_400_000);
  const events = (await app.stores.events.startingBetween(from, to)).filter((event) => event.status === 'OPEN' || event.status === 'CLOSED');
  let reminded = 0;
  for (const event of events) {
    for (const registration of await app.stores.registrations.listForEvent(event.id)) {
      if (!SEAT_STATUSES.includes(registration.status)) continue;
      if (!(await app.stores.registrations.markReminded(registration, now))) continue;
      if (await notifyRegistrant(app, 'EVENT_REMINDER', event, registration)) reminded += 1;
      else await app.stores.registrations.unmarkReminded(registration);
    }
  }
  return { events: events.length, reminded };
}
