import { batchLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import type { App } from '../app';
import { EVENT_NOTIFICATIONS } from './event-notifications';
import { eventsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { parseRegistrationId } from './event-model';
import { createEventStore, type EventStore } from './event-store';
import { createRegistrationStore, type RegistrationStore } from './registration-store';
import { sendEventReminders } from './reminders';

/** What government open days (政府开放日) add to the app; app.ts assembles the features. */
export const eventsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ events: builtOnFirstUse(() => createEventStore(dynamo, audit)), registrations: builtOnFirstUse(() => createRegistrationStore(dynamo, audit)) }),
  /** A list page reads its events, and the signed-in resident's registrations (by `<eventId>.<residentId>`), in one BatchGet each. */
  loaders: (stores: { events: EventStore; registrations: RegistrationStore }) => ({
    event: batchLoader((ids) => stores.events.getMany(ids)),
    registration: batchLoader((ids) => stores.registrations.getMany(ids.map(parseRegistrationId).filter((key) => key !== null))),
  }),
  // Loaded by the first request that asks for an open day (docs/cold-start.md).
  resolvers: [
    onFirstUse(eventsFields, async () => {
      const [read, write] = await Promise.all([import('./event-resolvers'), import('./event-write-resolvers')]);
      return [read.eventResolvers, write.eventWriteResolvers];
    }),
  ],
  notifications: EVENT_NOTIFICATIONS,
  scheduled: {
    eventReminders: async (app: App) => (await sendEventReminders(app)).reminded,
    waitingPlacesMove: async (app: App) => (await import('./waiting-places-move')).moveWaitingPlaces(app),
    freeSeatsToWaiters: async (app: App) => (await import('./free-seats')).freeSeatsToWaiters(app),
  },
};
