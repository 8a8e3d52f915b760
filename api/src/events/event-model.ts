import { createHash } from 'node:crypto';

// Government open days (政府开放日): the shapes the stores keep and the resolvers start from.

export const SELECTION_MODES = ['FIRST_COME', 'DRAW'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

/** What staff set. HELD is never stored: an OPEN or CLOSED event whose end has passed is shown as HELD. */
export type StoredEventStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'CANCELLED';
export type EventStatus = StoredEventStatus | 'HELD';

export type RegistrationStatus = 'APPLIED' | 'CONFIRMED' | 'SELECTED' | 'WAITLISTED' | 'CANCELLED';

/** Statuses that hold a seat: the resident may come, gets a check-in code, a reminder and the questionnaire. */
export const SEAT_STATUSES: readonly RegistrationStatus[] = ['CONFIRMED', 'SELECTED'];

export interface Venue {
  address: string;
  /** GCJ-02, the datum WeChat's map (wx.openLocation) expects. */
  latitude: number;
  longitude: number;
}

export interface AgendaItem {
  /** `HH:MM`, Beijing time, when given. */
  time: string | null;
  item: string;
}

export interface Official {
  name: string;
  position: string;
}

/** What staff enter for an open day. */
export interface EventDetails {
  theme: string;
  title: string;
  description: string;
  agenda: AgendaItem[];
  officials: Official[];
  /** Instants, ISO 8601 in UTC. */
  startsAt: string;
  endsAt: string;
  venue: Venue | null;
  /** 云直播: the live link of an online event. */
  liveUrl: string | null;
  capacity: number;
  signUpOpensAt: string;
  signUpClosesAt: string;
  selectionMode: SelectionMode;
}

export interface AdoptionItem {
  suggestion: string;
  response: string;
  adopted: boolean;
}

/** 吸收采纳情况: what residents raised and what was adopted, published by staff after the event. */
export interface EventSummary {
  raised: string;
  adopted: AdoptionItem[];
  publishedAt: string;
}

export interface StoredEvent extends EventDetails {
  id: string;
  department: string;
  status: StoredEventStatus;
  /** Shipped demo content (titles start with （示例）). */
  demo: boolean;
  /** Counters kept on the event item by conditional writes (see registration-store). */
  seatsLeft: number;
  waitlistLength: number;
  applicants: number;
  checkedIn: number;
  drawSeed: string | null;
  drawnAt: string | null;
  drawApplicants: number | null;
  drawSelected: number | null;
  summary: EventSummary | null;
  cancelReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface StoredRegistration {
  /** `<eventId>.<residentId>`: one registration per resident per event. */
  id: string;
  eventId: string;
  residentId: string;
  status: RegistrationStatus;
  name: string;
  phone: string;
  questions: string | null;
  checkInCode: string;
  /** Place in the waiting-list sequence while WAITLISTED. */
  waitlistSeq: number | null;
  /** DRAW: place in the draw order (1 = drawn first). */
  drawPosition: number | null;
  createdAt: string;
  checkedInAt: string | null;
  feedbackAt: string | null;
}

/**
 * What Registration field resolvers start from; `unmasked` only where staff read it through an
 * audited path: the registration list (name and mobile), the door (the name, to see who is there).
 */
export type RegistrationParent = StoredRegistration & { unmasked?: 'name' | 'name-and-phone' };

export interface EventFeedback {
  satisfaction: number;
  useful: string | null;
  suggestions: string | null;
  submittedAt: string;
}

/** Fields a new event has no value for yet (stored absent; see event-store). */
export const UNSET_EVENT_FIELDS = Object.freeze({ drawSeed: null, drawnAt: null, drawApplicants: null, drawSelected: null, summary: null, cancelReason: null });

/** The same department, title and start make the same event: a double tap on "create" makes one. */
export const eventIdFor = (department: string, details: Pick<EventDetails, 'title' | 'startsAt'>) =>
  createHash('sha256').update(JSON.stringify([department, details.title, details.startsAt])).digest('hex').slice(0, 12);

/** A new event as staff create it: a draft with every seat free. */
export function newEvent(id: string, department: string, details: EventDetails, at: string, demo = false): StoredEvent {
  return {
    ...details,
    ...UNSET_EVENT_FIELDS,
    id,
    department,
    status: 'DRAFT',
    demo,
    seatsLeft: details.capacity,
    waitlistLength: 0,
    applicants: 0,
    checkedIn: 0,
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

/** The status residents see: an event whose end has passed was held. */
export function displayStatus(event: Pick<StoredEvent, 'status' | 'endsAt'>, now: Date): EventStatus {
  if ((event.status === 'OPEN' || event.status === 'CLOSED') && now.toISOString() >= event.endsAt) return 'HELD';
  return event.status;
}

/** Whether sign-up is possible right now. */
export function signUpOpen(event: StoredEvent, now: Date): boolean {
  const at = now.toISOString();
  return event.status === 'OPEN' && event.signUpOpensAt <= at && at < event.signUpClosesAt && event.drawSeed === null;
}
