import DataLoader from 'dataloader';
import type { EventStore } from './event-store';
import type { StoredEvent, StoredRegistration } from './event-model';
import { parseRegistrationId } from './event-model';
import type { RegistrationStore } from './registration-store';

export interface EventLoaders {
  event: DataLoader<string, StoredEvent | null>;
  /** By registration id (`<eventId>.<residentId>`). */
  registration: DataLoader<string, StoredRegistration | null>;
}

/** Fresh per request: a list page reads its events, and the signed-in resident's registrations, in one BatchGet each. */
export function createEventLoaders(stores: { events: EventStore; registrations: RegistrationStore }): EventLoaders {
  return {
    event: new DataLoader(async (ids) => {
      const found = await stores.events.getMany(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    registration: new DataLoader(async (ids) => {
      const keys = ids.map(parseRegistrationId).filter((key): key is { eventId: string; residentId: string } => key !== null);
      const found = await stores.registrations.getMany(keys);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
