import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { eventDetailsAttributes, eventItem, feedbackAttributes, registrationItem } from './event-items';

// Government open days (政府开放日): the shapes the stores keep and the resolvers start from.

export const SELECTION_MODES = ['FIRST_COME', 'DRAW'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

/** What staff set. HELD is never stored: an OPEN or CLOSED event whose end has passed is shown as HELD. */
export type StoredEventStatus = StoredEvent['status'];
export type EventStatus = StoredEventStatus | 'HELD';

export type RegistrationStatus = StoredRegistration['status'];

/** Statuses that hold a seat: the resident may come, gets a check-in code, a reminder and the questionnaire. */
export const SEAT_STATUSES: readonly RegistrationStatus[] = ['CONFIRMED', 'SELECTED'];

// The shapes the stores keep, declared with their keys in event-items.ts.
/** What staff enter for an open day. */
export type EventDetails = z.output<typeof eventDetailsAttributes>;
export type StoredEvent = z.output<typeof eventItem.declaration.attributes>;
export type EventSummary = NonNullable<StoredEvent['summary']>;
export type StoredRegistration = z.output<typeof registrationItem.declaration.attributes>;
export type EventFeedback = z.output<typeof feedbackAttributes>;

// What the GraphQL types' field resolvers start from (codegen's mappers: always `<Type>Parent`).
export type EventParent = StoredEvent;
/**
 * What Registration field resolvers start from; `unmasked` only where staff read it through an
 * audited path: the registration list (name and mobile), the door (the name, to see who is there).
 */
export type RegistrationParent = StoredRegistration & { unmasked?: 'name' | 'name-and-phone' };

/** The same department, title and start make the same event: a double tap on "create" makes one. */
export const eventIdFor = (department: string, details: Pick<EventDetails, 'title' | 'startsAt'>) =>
  createHash('sha256').update(JSON.stringify([department, details.title, details.startsAt])).digest('hex').slice(0, 12);

/** A new event as staff create it: a draft with every seat free. */
export function newEvent(id: string, department: string, details: EventDetails, at: string, demo = false): StoredEvent {
  return {
    ...details,
    drawSeed: null,
    drawnAt: null,
    drawApplicants: null,
    drawSelected: null,
    summary: null,
    cancelReason: null,
    id,
    department,
    status: 'DRAFT',
    demo,
    seatsLeft: details.capacity,
    waitlistLength: 0,
    applicants: 0,
    checkedIn: 0,
    promotions: 0,
    promotionsChecked: 0,
    drawTold: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

export const registrationIdOf = (eventId: string, residentId: string) => `${eventId}.${residentId}`;

const REGISTRATION_ID = /^([0-9a-f]{12})\.([A-Za-z0-9_-]{1,64})$/u;

export function parseRegistrationId(id: string): { eventId: string; residentId: string } | null {
  const match = REGISTRATION_ID.exec(id);
  return match?.[1] && match[2] ? { eventId: match[1], residentId: match[2] } : null;
}

export const EVENT_ID = /^[0-9a-f]{12}$/u;
