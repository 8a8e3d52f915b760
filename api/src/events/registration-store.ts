import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import type { Guard, Write } from '../core/transactions';
import { checkIn } from './check-in';
import { runDraw, type DrawOutcome } from './draw-run';
import { registrationItem } from './event-items';
import { registrationIdOf, type EventFeedback, type StoredEvent, type StoredRegistration } from './event-model';
import { markCancellationNoticed, markReminded, noticesChecked, tellOwed, unmarkReminded, untold, type UntoldMark } from './notice-markers';
import { openDayTable } from './open-day-table';
import { listQuestionnaires, submitQuestionnaire } from './questionnaire';
import { cancel, fillFreeSeats, type CancellationAlongside } from './seat-handover';
import { joinRepeatedTaps, recentEvents, register, waitlistNumbers, type RegistrationInputData, type WritesAlongside } from './sign-up';

// Registrations and what hangs off them, in the event's partition (declared in event-items.ts): the
// store the resolvers use, put together from one module per job.

export interface RegistrationStore {
  get(eventId: string, residentId: string, consistent?: boolean): Promise<StoredRegistration | null>;
  getMany(keys: ReadonlyArray<{ eventId: string; residentId: string }>): Promise<Map<string, StoredRegistration>>;
  /** The open day a sign-up is for, as this process read it moments ago (see recentEvents). */
  eventForSignUp(eventId: string): Promise<StoredEvent | null>;
  /** Signs up once: a second call for the same resident and event returns the first registration. */
  /** `alongside`: other features' writes made in the sign-up's transaction (see WritesAlongside); `guard`: what it stands on, first in it. */
  register(event: StoredEvent, residentId: string, input: RegistrationInputData, now: Date, alongside?: WritesAlongside, guard?: Guard): Promise<{ registration: StoredRegistration; created: boolean }>;
  /** Cancels; a freed seat goes to the first waiting in the same transaction (returned as `promoted`); `cancelledNow` false when it had been cancelled. `alongside`: other features' writes made in its transaction (see CancellationAlongside). */
  cancel(registration: StoredRegistration, now: Date, alongside?: CancellationAlongside): Promise<{ registration: StoredRegistration; promoted: StoredRegistration | null; cancelledNow: boolean }>;
  /** Gives free seats (after the capacity grew) to the waiting list in order. */
  fillFreeSeats(eventId: string, now: Date): Promise<StoredRegistration[]>;
  /** Writes the notice of a promotion or a draw (`notice`: its 我的消息 entry …) in one transaction with the registration's "not yet told" marker removed; false when it had been told, or the registration changed since. */
  tellOwed(registration: StoredRegistration, mark: UntoldMark, notice: readonly Write[]): Promise<boolean>;
  /** The event's registrations promoted or drawn and not yet told (a strongly consistent Query of its registrations). */
  untold(eventId: string): Promise<StoredRegistration[]>;
  /** Records that the notices the event owed when read (its promotions as counted, its draw) were all told; false when more promotions came since. */
  noticesChecked(event: StoredEvent): Promise<boolean>;
  listForEvent(eventId: string): Promise<StoredRegistration[]>;
  listForResident(residentId: string): Promise<StoredRegistration[]>;
  /** 1 for the first waiting. */
  waitlistPlace(eventId: string, seq: number): Promise<number>;
  /** DRAW: the reproducible draw once the window has closed; a retried call finishes the same draw. */
  draw(event: StoredEvent, now: Date, audit: AuditEntry): Promise<DrawOutcome>;
  /** Checks a seat holder in; `already` when they had been. Null when no registration has this code. */
  checkIn(event: StoredEvent, code: string, now: Date): Promise<{ registration: StoredRegistration; already: boolean } | null>;
  submitFeedback(registration: StoredRegistration, feedback: EventFeedback): Promise<{ feedback: EventFeedback; created: boolean }>;
  listFeedback(eventId: string): Promise<EventFeedback[]>;
  /** Marks a registration as reminded; false when it had been (or no longer holds a seat). */
  markReminded(registration: StoredRegistration, at: Date): Promise<boolean>;
  unmarkReminded(registration: StoredRegistration): Promise<void>;
  /** Marks a registration as told of the event's cancellation; false when it had been. */
  markCancellationNoticed(registration: StoredRegistration, at: Date): Promise<boolean>;
}

export function createRegistrationStore(dynamo: Dynamo, audit: AuditLog): RegistrationStore {
  const table = openDayTable(dynamo);
  const { registrations } = table;
  const recent = recentEvents(table);
  const joined = joinRepeatedTaps();
  const numbers = waitlistNumbers(table);
  return {
    get: (eventId, residentId, consistent = false) => registrations.get({ eventId, residentId }, consistent),
    async getMany(keys) {
      return new Map((await registrations.getMany(keys)).map((registration) => [registration.id, registration]));
    },
    // Reads of the event's partition are strongly consistent (an index cannot be).
    listForEvent: (eventId) => registrations.query({ where: { eventId }, consistent: true }),
    listForResident: (residentId) => registrations.query({ index: 'gsi1', where: { residentId }, descending: true }),
    // Those before on the waiting list's index, which may lag a moment behind (decision 027), and oneself.
    waitlistPlace: async (eventId, seq) => 1 + (await registrations.count({ index: 'gsi2', where: { eventId }, range: { before: registrationItem.where({ eventId, waitlistSeq: seq }, 'gsi2').sort.prefix } })),
    eventForSignUp: (eventId) => recent.get(eventId),
    register: (event, residentId, input, now, alongside, guard) => joined(registrationIdOf(event.id, residentId), () => register(table, recent, numbers, event, residentId, input, now, alongside, guard)),
    cancel: (registration, now, alongside) => cancel(table, registration, now, alongside),
    fillFreeSeats: (eventId, now) => fillFreeSeats(table, eventId, now),
    tellOwed: (registration, mark, notice) => tellOwed(table, registration, mark, notice),
    untold: (eventId) => untold(table, eventId),
    noticesChecked: (event) => noticesChecked(table, event),
    draw: (event, now, entry) => runDraw(table, audit, event, now, entry),
    checkIn: (event, code, now) => checkIn(table, event, code, now),
    submitFeedback: (registration, feedback) => submitQuestionnaire(table, registration, feedback),
    listFeedback: (eventId) => listQuestionnaires(table, eventId),
    markReminded: (registration, at) => markReminded(table, registration, at),
    unmarkReminded: (registration) => unmarkReminded(table, registration),
    markCancellationNoticed: (registration, at) => markCancellationNoticed(table, registration, at),
  };
}
