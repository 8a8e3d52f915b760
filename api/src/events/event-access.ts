import { staffResource, type Permission } from '../core/authorization';
import type { RequestContext } from '../app';
import { EVENT_ID, type StoredEvent } from './event-model';

/** The event (as it is now) a staff operation is about, once the rule table allows it. */
export const staffEvent = (context: RequestContext, eventId: string, permission: Permission): Promise<StoredEvent> =>
  staffResource(context.actor, permission, async () => (EVENT_ID.test(eventId) ? context.stores.events.get(eventId, true) : null), '没有找到这个开放日。', (event) => event);
