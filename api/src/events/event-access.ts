import { authorize, type Permission } from '../core/authorization';
import type { AuditEntry } from '../core/audit';
import type { RequestContext } from '../core/context';
import { notFound } from '../core/errors';
import { EVENT_ID, type StoredEvent } from './event-model';

/**
 * The event a staff operation is about, once the rule table allows it: someone not signed in is asked
 * to sign in and a resident is refused before anything is read; staff of another department are refused.
 */
export async function staffEvent(context: RequestContext, eventId: string, permission: Permission): Promise<StoredEvent> {
  if (context.actor.kind !== 'staff') authorize(context.actor, permission);
  const event = EVENT_ID.test(eventId) ? await context.stores.events.get(eventId, true) : null;
  if (!event) throw notFound('没有找到这个开放日。');
  authorize(context.actor, permission, { department: event.department });
  return event;
}

export const auditEntry = (context: RequestContext, action: string, eventId: string, details?: Record<string, unknown>): AuditEntry => ({
  action,
  targetType: 'event',
  targetId: eventId,
  actor: context.actor,
  details,
});
