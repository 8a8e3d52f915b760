import { beijingTime } from '../core/clock';
import type { RequestContext } from '../app';
import { notifySafely, type NotificationMessage, type NotificationTemplates } from '../notifications/notifier';
import type { StoredEvent, StoredRegistration } from './event-model';

/** What open days tell registrants, and the WeChat template keys each message fills. */
export const EVENT_NOTIFICATIONS = {
  /** A seat is confirmed (first come) or the draw selected the resident. */
  EVENT_CONFIRMED: { thing1: 'title', time2: 'startsAt', thing3: 'place', character_string4: 'checkInCode' },
  /** The draw put the resident on the waiting list; `note` says the place. */
  EVENT_WAITLISTED: { thing1: 'title', time2: 'startsAt', thing3: 'note' },
  /** Someone cancelled and the resident moved from the waiting list to a seat. */
  EVENT_PROMOTED: { thing1: 'title', time2: 'startsAt', thing3: 'place', character_string4: 'checkInCode' },
  /** The day before the event. */
  EVENT_REMINDER: { thing1: 'title', time2: 'startsAt', thing3: 'place' },
  /** Staff cancelled the event. */
  EVENT_CANCELLED: { thing1: 'title', time2: 'startsAt', thing3: 'note' },
} as const satisfies NotificationTemplates;

/**
 * The resident cancelled their own sign-up: told in 我的消息 (and to their 亲友帮办 helpers) only,
 * with no WeChat template, as they have just seen it on the screen where they cancelled.
 */
export const SIGN_UP_CANCELLED = 'EVENT_SIGN_UP_CANCELLED';

/** What an earlier message about a cancelled sign-up says with it (inbox `overtaken`). */
export const SIGN_UP_CANCELLED_NOTE = '这次报名后来已取消，座位不再为您保留';

type RegistrantTemplate = keyof typeof EVENT_NOTIFICATIONS | typeof SIGN_UP_CANCELLED;

/** Tells one registrant about their event; a failure is logged, never undoes what happened. */
export function notifyRegistrant(
  context: Pick<RequestContext, 'notifier' | 'log'>,
  template: keyof typeof EVENT_NOTIFICATIONS,
  event: StoredEvent,
  registration: StoredRegistration,
  extra: Record<string, string> = {},
): Promise<boolean> {
  return notifySafely(context.notifier, context.log, registrantMessage(template, event, registration, extra));
}

/** The templates that give the seat's check-in code. */
const WITH_CHECK_IN_CODE: readonly RegistrantTemplate[] = ['EVENT_CONFIRMED', 'EVENT_PROMOTED'];

/** The message a registrant gets about their event (a seat's message with its check-in code). */
export function registrantMessage(template: RegistrantTemplate, event: StoredEvent, registration: StoredRegistration, extra: Record<string, string> = {}): NotificationMessage {
  const { checkInCode } = registration;
  // A seat is taken in the same transaction that reserves its code (sign-up, handover, draw).
  if (WITH_CHECK_IN_CODE.includes(template) && checkInCode === null) throw new Error(`registration ${registration.id} holds a seat without a check-in code`);
  return {
    residentId: registration.residentId,
    template,
    data: {
      eventId: event.id,
      registrationId: registration.id,
      title: event.title,
      startsAt: beijingTime(event.startsAt),
      place: event.venue?.address ?? '线上直播',
      ...(WITH_CHECK_IN_CODE.includes(template) && checkInCode !== null ? { checkInCode } : {}),
      ...extra,
    },
    page: `pages/events/detail/index?id=${event.id}`,
    ...(template === SIGN_UP_CANCELLED ? { inAppOnly: true } : {}),
  };
}
