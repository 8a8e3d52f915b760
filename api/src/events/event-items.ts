import * as z from 'zod';
import { governmentDate } from '../core/clock';
import { itemType, orNull } from '../core/item-type';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { SELECTION_MODES } from './event-model';

// How open days sit in the table (see core/item-type.ts; docs/table-design.md is generated from this).
// Registrations, check-in codes, waiting-list places and questionnaires share the event's partition.

const REGISTRATION_STATUSES = ['APPLIED', 'CONFIRMED', 'SELECTED', 'WAITLISTED', 'CANCELLED'] as const;

export const eventDetailsAttributes = z.object({
  theme: z.string(),
  title: z.string(),
  description: z.string(),
  agenda: z.array(z.object({ /** `HH:MM`, Beijing time, when given. */ time: orNull(z.string()), item: z.string() })).default([]),
  officials: z.array(z.object({ name: z.string(), position: z.string() })).default([]),
  /** Instants, ISO 8601 in UTC. */
  startsAt: z.string(),
  endsAt: z.string(),
  /** latitude and longitude are GCJ-02, the datum WeChat's map (wx.openLocation) expects. */
  venue: orNull(z.object({ address: z.string(), latitude: z.number(), longitude: z.number() })),
  /** 云直播: the live link of an online event. */
  liveUrl: orNull(z.string()),
  capacity: z.number(),
  signUpOpensAt: z.string(),
  signUpClosesAt: z.string(),
  selectionMode: z.enum(SELECTION_MODES),
});

export const eventItem = itemType({
  name: 'open day (event), with its seat and waiting-list counters',
  notes:
    '`seatsLeft`, `waitlistLength`, `applicants` and `checkedIn` change only in the transaction that writes the registration they count, ' +
    'so the capacity holds under any load; `waitlistSeq` (not read back) numbers the waiting list atomically; `drawSeed` and `drawStartedAt` ' +
    'are set once when a draw starts. `promotions` counts seats handed to the waiting list (in the handover\'s transaction) and `promotionsChecked` ' +
    'is how many of them the scheduled sweep found told, so it reads the registrations only of an event with newer ones; `drawTold` is set when the sweep ' +
    'first found every applicant of the finished draw told of their outcome (decision 032). ' +
    'gsi2 is the department\'s staff list, drafts included.',
  attributes: () => eventDetailsAttributes.extend({
    id: z.string(),
    department: z.string(),
    status: z.enum(['DRAFT', 'OPEN', 'CLOSED', 'CANCELLED']),
    /** Shipped demo content (titles start with （示例）). */
    demo: z.boolean().default(false),
    seatsLeft: z.number(),
    waitlistLength: z.number(),
    applicants: z.number(),
    checkedIn: z.number(),
    /** Seats handed from the waiting list to a waiter, ever (ADD in the handover's transaction). */
    promotions: z.number().default(0),
    /** `promotions` as the sweep read it when it found every one of them told (freeSeatsToWaiters). */
    promotionsChecked: z.number().default(0),
    /** DRAW: the sweep found every applicant told of the draw's outcome (read after `drawnAt` was set). */
    drawTold: z.boolean().default(false),
    drawSeed: orNull(z.string()),
    drawnAt: orNull(z.string()),
    drawApplicants: orNull(z.number()),
    drawSelected: orNull(z.number()),
    /** 吸收采纳情况: what residents raised and what was adopted, published by staff after the event. */
    summary: orNull(
      z.object({ raised: z.string(), adopted: z.array(z.object({ suggestion: z.string(), response: z.string(), adopted: z.boolean() })), publishedAt: z.string() }),
    ),
    cancelReason: orNull(z.string()),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  keys: { pk: 'EVENT#{id}', sk: 'EVENT', gsi2pk: 'EVENT_DEPT#{department}', gsi2sk: '{startsAt}#{id}' },
});

export const eventListEntryItem = itemType({
  name: 'open-day list entry (published events only)',
  notes: '`facet` is ALL, THEME#…, DEPT#… or MONTH#<yyyy-mm> (the Beijing month it starts in); drafts have none, so no public list shows them.',
  attributes: () => z.object({ id: z.string(), facet: z.string(), startsAt: z.string(), endsAt: z.string(), theme: z.string(), department: z.string() }),
  keys: { pk: 'EVENT#{id}', sk: 'VIEW#{facet}', gsi1pk: 'EVENTS#{facet}', gsi1sk: '{startsAt}#{id}' },
});

/** The list facets of an event: every list it appears in. */
export function eventFacets(event: { theme: string; department: string; startsAt: string }): string[] {
  return ['ALL', `THEME#${event.theme}`, `DEPT#${event.department}`, `MONTH#${governmentDate(new Date(event.startsAt)).slice(0, 7)}`];
}

export const registrationItem = itemType({
  name: 'registration, one per resident per event',
  notes:
    'A double tap or a retry finds the first one; gsi1 is the resident\'s own list (我的), newest first; ' +
    'gsi2 is the event\'s waiting list in order, only while WAITLISTED: the update that promotes or cancels takes it off (decision 027). ' +
    '`checkInCode` only once it holds a seat (null while waiting or applying). ' +
    'Set only by updates: `promotedAt`, `cancelledAt`, and the markers `remindedAt` and `cancellationNoticedAt` that make a reminder or a cancellation notice go out once; ' +
    '`promotionUntoldSince` is set by the handover that gives a waiter a seat, `drawUntoldSince` by the draw\'s update of an application, ' +
    'each removed in the transaction that writes the resident\'s notice (decisions 030, 032).',
  attributes: () => z.object({
    /** `<eventId>.<residentId>`. */
    id: z.string(),
    eventId: z.string(),
    residentId: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    name: z.string(),
    phone: z.string(),
    questions: orNull(z.string()),
    /**
     * Reserved (with its check-in code item) in the transaction that gives the registration a seat:
     * the sign-up, the seat handover or the draw; null while waiting or applying (decision 026).
     * Registrations stored before that have a code from their sign-up, never shown until a seat.
     */
    checkInCode: orNull(z.string()),
    /** Place in the waiting-list sequence while WAITLISTED. */
    waitlistSeq: orNull(z.number()),
    /** DRAW: place in the draw order (1 = drawn first). */
    drawPosition: orNull(z.number()),
    /**
     * Promoted from the waiting list and not yet told (when the handover was written): removed, on
     * condition that it is there, in the transaction that writes the notice, so one notice goes out
     * however many try; the scheduled sweep tells those a stopped process left (decision 030).
     */
    promotionUntoldSince: orNull(z.string()),
    /**
     * Drawn (selected or waiting) and not yet told of it: set by the draw's update of the application,
     * removed as `promotionUntoldSince` is, and also by a promotion (its own notice tells of the seat)
     * or a cancellation; nobody is told before the draw is finished (`drawnAt`). Decision 032.
     */
    drawUntoldSince: orNull(z.string()),
    createdAt: z.string(),
    checkedInAt: orNull(z.string()),
    feedbackAt: orNull(z.string()),
  }),
  keys: { pk: 'EVENT#{eventId}', sk: 'REG#{residentId}', gsi1pk: 'RESIDENT_REGS#{residentId}', gsi1sk: '{createdAt}#{eventId}', gsi2pk: 'EVENT#{eventId}#WAIT', gsi2sk: '{waitlistSeq:8}' },
  indexedWhen: { note: 'while WAITLISTED', index: 'gsi2', test: (registration) => registration.status === 'WAITLISTED' && registration.waitlistSeq !== null },
});

export const checkInCodeItem = itemType({
  name: 'check-in code (unique per event)',
  notes: 'Finds the registration a scanned code belongs to. Written in the transaction that gives the registration its seat (sign-up, handover or draw), not for a waiter or an applicant.',
  attributes: () => z.object({ eventId: z.string(), code: z.string(), residentId: z.string() }),
  keys: { pk: 'EVENT#{eventId}', sk: 'CODE#{code}' },
});

// Where the waiting list was kept before decision 027: an item per place. The scheduled task
// waitingPlacesMove (waiting-places-move.ts) puts each on its registration's gsi2; nothing else reads them.

export const waitingPlaceItem = itemType({
  name: 'waiting-list place, as kept before decision 027',
  notes: 'Moved by the scheduled task `waitingPlacesMove` onto its registration (gsi2 keys set there and the place deleted, in one transaction); nothing writes them any more.',
  attributes: () => z.object({ eventId: z.string(), seq: z.number(), residentId: z.string() }),
  keys: { pk: 'EVENT#{eventId}', sk: 'WAIT#{seq:8}' },
});

export const feedbackAttributes = z.object({
  satisfaction: z.enum(SATISFACTION_LEVELS),
  useful: orNull(z.string()),
  suggestions: orNull(z.string()),
  submittedAt: z.string(),
});

export const feedbackItem = itemType({
  name: 'questionnaire, one per attendee',
  attributes: () => feedbackAttributes.extend({ eventId: z.string(), residentId: z.string() }),
  keys: { pk: 'EVENT#{eventId}', sk: 'FEEDBACK#{residentId}' },
});
