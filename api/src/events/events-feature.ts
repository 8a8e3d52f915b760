import { batchLoader, type CoreParts } from '../core/context';
import type { App } from '../app';
import { EVENT_NOTIFICATIONS } from './event-notifications';
import { parseRegistrationId } from './event-model';
import { eventResolvers } from './event-resolvers';
import { createEventStore, type EventStore } from './event-store';
import { eventWriteResolvers } from './event-write-resolvers';
import { createRegistrationStore, type RegistrationStore } from './registration-store';
import { sendEventReminders } from './reminders';

/** What government open days (政府开放日) add to the app; app.ts assembles the features. */
export const eventsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ events: createEventStore(dynamo, audit), registrations: createRegistrationStore(dynamo, audit) }),
  /** A list page reads its events, and the signed-in resident's registrations (by `<eventId>.<residentId>`), in one BatchGet each. */
  loaders: (stores: { events: EventStore; registrations: RegistrationStore }) => ({
    event: batchLoader((ids) => stores.events.getMany(ids)),
    registration: batchLoader((ids) => stores.registrations.getMany(ids.map(parseRegistrationId).filter((key) => key !== null))),
  }),
  resolvers: [eventResolvers, eventWriteResolvers],
  notifications: EVENT_NOTIFICATIONS,
  scheduled: { eventReminders: async (app: App) => (await sendEventReminders(app)).reminded },
};
