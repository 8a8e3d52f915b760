import { authorize, type Permission } from '../core/authorization';
import type { AuditEntry } from '../core/audit';
import type { RequestContext } from '../core/context';
import { notFound } from '../core/errors';
import { EVENT_ID, type StoredEvent, type StoredRegistration } from './event-model';
import type { NotificationMessage, NotificationTemplate } from './notifier';
import { notifySafely } from './notifier';
import { beijingTime } from './registrations-csv';

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

/** The mini-app page a message opens. */
export const eventPage = (eventId: string) => `pages/events/detail/index?id=${eventId}`;

/** Tells one registrant about their event; a failure is logged, never undoes what happened. */
export function notifyRegistrant(
  context: Pick<RequestContext, 'notifier' | 'log'>,
  template: NotificationTemplate,
  event: StoredEvent,
  registration: StoredRegistration,
  extra: Record<string, string> = {},
): Promise<boolean> {
  const message: NotificationMessage = {
    residentId: registration.residentId,
    template,
    data: {
      eventId: event.id,
      registrationId: registration.id,
      title: event.title,
      startsAt: beijingTime(event.startsAt),
      place: event.venue?.address ?? '线上直播',
      ...extra,
    },
    page: eventPage(event.id),
  };
  return notifySafely(context.notifier, context.log, message);
}
