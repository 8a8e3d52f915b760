import { notFound, UserFacingError } from '../core/errors';
import { transact, writeOne, type Guard, type Write } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { registrationIdOf, type StoredEvent, type StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { signUpRefusal } from './open-day-rules';

// Signing up: the registration is written in one transaction with the event's counter, so the
// capacity holds whatever the concurrency:
//   FIRST_COME seat:  seatsLeft - 1   if OPEN, in the sign-up window, seatsLeft > 0 and nobody waits
//   waiting list:     waitlistLength + 1 (the registration numbered from the atomic counter waitlistSeq,
//                     see waitlistNumbers, and on the waiting list's index by that number while
//                     WAITLISTED: decision 027)   if OPEN, in the window, and seatsLeft = 0 or somebody waits
//   DRAW application: applicants + 1   if OPEN, in the window, and no draw has started
// The two FIRST_COME conditions are complementary, so every sign-up lands in exactly one of them, and
// "seatsLeft > 0 ⇒ nobody waits" holds: a freed seat goes to the first waiting, in the same
// transaction as the cancellation (seat-handover.ts), and a newcomer can never take it first.

export interface RegistrationInputData {
  name: string;
  phone: string;
  questions: string | null;
}

/** How often one request re-decides after the data changed under it (each attempt also retries conflicts). */
export const MAX_DECISIONS = 10;

export const tooBusy = () => new UserFacingError('SERVICE_UNAVAILABLE', OPEN_DAY_WRITES.busyMessage);

/** The part of every sign-up condition that says "sign-up is open now" (signUpRefusal, in DynamoDB's words). */
const OPEN_NOW = '#status = :open AND signUpOpensAt <= :now AND signUpClosesAt > :now';

type Path = 'seat' | 'wait' | 'apply';

const SEAT_RULES: Record<Path, { update: string; condition: string; values: Record<string, number> }> = {
  seat: { update: 'ADD seatsLeft :minusOne', condition: 'seatsLeft > :zero AND waitlistLength = :zero', values: { ':minusOne': -1, ':zero': 0 } },
  wait: { update: 'ADD waitlistLength :one', condition: '(seatsLeft <= :zero OR waitlistLength > :zero)', values: { ':one': 1, ':zero': 0 } },
  apply: { update: 'ADD applicants :one', condition: 'attribute_not_exists(drawSeed)', values: { ':one': 1 } },
};

/** How long a process signs residents up from an open day it read: its transaction's conditions re-check what matters. */
export const RECENT_EVENT_MS = 5000;

interface Recent {
  readAt: number;
  event: Promise<StoredEvent | null>;
  /** Seat transactions this process sent since the read: still in flight, and taken. */
  seatsInFlight: number;
  seatsTaken: number;
  /** A seat transaction was refused since the read: later sign-ups go to the waiting list at once. */
  seatsGone: boolean;
  /** Sign-ups waiting to hear what became of the seats in flight. */
  waiting: Array<() => void>;
}

/** The longest a sign-up waits for seats in flight before deciding again (a seat never settled must not hold it up). */
const SEATS_IN_FLIGHT_WAIT_MS = 250;

/**
 * What this process knows of an open day between reads (a Lambda instance answers many sign-ups in a
 * burst): the event read once per RECENT_EVENT_MS instead of once per sign-up, and its seats counted
 * down by the seat transactions sent since, so that once they are gone a sign-up goes to the waiting
 * list without a transaction doomed to be refused. Only a guess: a wrong one costs a refused
 * transaction and a fresh read, never a seat (the conditions decide).
 */
export function recentEvents(table: OpenDayTable, clock: () => number = Date.now) {
  const known = new Map<string, Recent>();
  const remember = (id: string, event: Promise<StoredEvent | null>) => {
    for (const wake of known.get(id)?.waiting ?? []) wake();
    known.set(id, { readAt: clock(), event, seatsInFlight: 0, seatsTaken: 0, seatsGone: false, waiting: [] });
    // A missing event, a draft or a failed read is not kept: it is read again next time.
    const forget = () => {
      if (known.get(id)?.event === event) known.delete(id);
    };
    event.then((found) => (found && found.status !== 'DRAFT' ? undefined : forget()), forget);
  };
  const current = (id: string) => {
    const recent = known.get(id);
    return recent && clock() - recent.readAt < RECENT_EVENT_MS ? recent : undefined;
  };
  return {
    /** The open day as read by this process at most RECENT_EVENT_MS ago (one read for sign-ups arriving together). */
    get(id: string): Promise<StoredEvent | null> {
      const recent = current(id);
      if (recent) return recent.event;
      for (const [key, old] of known) if (clock() - old.readAt >= RECENT_EVENT_MS) known.delete(key);
      remember(id, table.events.get({ id }));
      return (known.get(id) as Recent).event;
    },
    /** A strongly consistent read, kept for the next sign-ups. */
    fresh(id: string): Promise<StoredEvent | null> {
      const event = table.events.get({ id }, true);
      remember(id, event);
      return event;
    },
    /**
     * Seat or waiting list, as far as this process knows; a seat is counted as in flight from here
     * until `settled` (call it whatever happens). While every seat left is being tried for, the
     * sign-up waits to hear how those end rather than join the waiting list early, where its
     * transaction would be refused as long as a seat is free.
     */
    async firstComePath(event: StoredEvent): Promise<Path> {
      for (;;) {
        const recent = current(event.id);
        const read = (recent && (await recent.event)) ?? event;
        if (!recent || current(event.id) !== recent) return read.seatsLeft > 0 && read.waitlistLength === 0 ? 'seat' : 'wait';
        const unsure = read.seatsLeft - recent.seatsTaken;
        if (recent.seatsGone || read.waitlistLength > 0 || unsure <= 0) return 'wait';
        if (unsure > recent.seatsInFlight) {
          recent.seatsInFlight += 1;
          return 'seat';
        }
        await new Promise<void>((resolve) => {
          recent.waiting.push(resolve);
          setTimeout(resolve, SEATS_IN_FLIGHT_WAIT_MS);
        });
      }
    },
    /** What became of a seat `firstComePath` gave: taken, refused for want of seats ('gone'), or neither. */
    settled(eventId: string, outcome: 'taken' | 'gone' | 'other') {
      const recent = current(eventId);
      if (!recent) return;
      recent.seatsInFlight = Math.max(0, recent.seatsInFlight - 1);
      if (outcome === 'taken') recent.seatsTaken += 1;
      if (outcome === 'gone') recent.seatsGone = true;
      for (const wake of recent.waiting.splice(0)) wake();
    },
  };
}

export type RecentEvents = ReturnType<typeof recentEvents>;

/**
 * Waiting-list numbers from the atomic counter on the event item, handed out in batches: the
 * sign-ups of this process that ask while a request for numbers is in flight share the next one
 * (`ADD waitlistSeq :n` returns the last of n new numbers), numbered in the order they asked. One
 * UpdateItem on the event item for a burst of waiters instead of one each; on Lambda (one request
 * per instance at a time) every batch is of one, as before. A number whose sign-up then fails is
 * never used: a gap, as before (places are counted on the index, not read from the number).
 */
export function waitlistNumbers(table: OpenDayTable) {
  type Asking = { resolve: (seq: number) => void; reject: (error: unknown) => void };
  const queues = new Map<string, Asking[]>();
  const drain = async (eventId: string, asking: Asking[]) => {
    while (asking.length > 0) {
      const batch = asking.splice(0);
      try {
        const result = await writeOne(table.dynamo, table.events.update({ id: eventId }, 'ADD waitlistSeq :n', { if: 'attribute_exists(pk)', values: { ':n': batch.length } }), OPEN_DAY_WRITES, 'UPDATED_NEW');
        if (!result.ok) throw notFound('没有找到这个开放日。');
        const first = Number(result.attributes.waitlistSeq) - batch.length + 1;
        batch.forEach(({ resolve }, i) => resolve(first + i));
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    }
    queues.delete(eventId);
  };
  /** The next number of the event's waiting list. */
  return (eventId: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const asking = queues.get(eventId);
      if (asking) return void asking.push({ resolve, reject });
      const fresh = [{ resolve, reject }];
      queues.set(eventId, fresh);
      void drain(eventId, fresh);
    });
}

export type WaitlistNumbers = ReturnType<typeof waitlistNumbers>;

/**
 * Other features' writes that belong to a new registration (the confirmation in 我的消息 and the
 * outbox), made in its transaction: one request for the whole sign-up, and nothing of them when the
 * sign-up is refused or repeated. One whose condition fails is left out and the sign-up tried again
 * without it: the registration never depends on them. What it does depend on is the `guard` (the
 * resident's session still holding, with the phone remembered), first in the transaction.
 */
export type WritesAlongside = (registration: StoredRegistration) => Write[] | Promise<Write[]>;

type SignUp = { registration: StoredRegistration; created: boolean };

/**
 * A double tap that reaches this process while the first tap's sign-up is still in flight waits for
 * it and is answered with its registration, instead of a waiting-list number, a transaction bound to
 * be refused and a read. Should the first fail, the second tries on its own. Taps reaching different
 * processes are still told apart by the registration's condition.
 */
export function joinRepeatedTaps() {
  const inFlight = new Map<string, Promise<SignUp>>();
  return async (registrationId: string, signUp: () => Promise<SignUp>): Promise<SignUp> => {
    const earlier = inFlight.get(registrationId);
    if (earlier) {
      const first = await earlier.catch(() => null);
      if (first) return { registration: first.registration, created: false };
    }
    const attempt = signUp();
    inFlight.set(registrationId, attempt);
    try {
      return await attempt;
    } finally {
      if (inFlight.get(registrationId) === attempt) inFlight.delete(registrationId);
    }
  };
}

/** Signs up once: a second call for the same resident and event returns the first registration. */
export async function register(table: OpenDayTable, recent: RecentEvents, numbers: WaitlistNumbers, event: StoredEvent, residentId: string, input: RegistrationInputData, now: Date, alongside: WritesAlongside = () => [], guard?: Guard): Promise<SignUp> {
  const at = now.toISOString();
  let path: Path = event.selectionMode === 'DRAW' ? 'apply' : await recent.firstComePath(event);
  // While true, `recent` counts this sign-up's seat as in flight.
  let seatInFlight = path === 'seat';
  const settle = (outcome: 'taken' | 'gone' | 'other') => {
    if (seatInFlight) recent.settled(event.id, outcome);
    seatInFlight = false;
  };
  let refusedAlongside = new Set<number>();
  let guardWrite = guard?.write ?? null;
  try {
    for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
      const seq = path === 'wait' ? await numbers(event.id) : null;
      const registration: StoredRegistration = {
        id: registrationIdOf(event.id, residentId),
        eventId: event.id,
        residentId,
        status: path === 'seat' ? 'CONFIRMED' : path === 'wait' ? 'WAITLISTED' : 'APPLIED',
        name: input.name,
        phone: input.phone,
        questions: input.questions,
        // Only a seat reserves a check-in code: a waiter's is reserved when the seat is handed over.
        checkInCode: path === 'seat' ? newCheckInCode() : null,
        waitlistSeq: seq,
        drawPosition: null,
        promotionUntoldSince: null,
        drawUntoldSince: null,
        createdAt: at,
        checkedInAt: null,
        feedbackAt: null,
      };
      const rule = SEAT_RULES[path];
      const seat = table.events.update({ id: event.id }, rule.update, { if: `${OPEN_NOW} AND ${rule.condition}`, values: { ':open': 'OPEN', ':now': at, ...rule.values } });
      // A cancelled registration may be replaced by signing up again.
      const entry = table.registrations.put(registration, { if: 'attribute_not_exists(pk) OR #status = :cancelled', values: { ':cancelled': 'CANCELLED' } });
      const own = [seat, entry, ...(registration.checkInCode === null ? [] : [table.codes.put({ eventId: event.id, code: registration.checkInCode, residentId }, { if: 'attribute_not_exists(pk)' })])];
      const others = (await alongside(registration))
        .map((write, index) => ({ write, index }))
        .filter(({ index }) => !refusedAlongside.has(index));
      const lead = guardWrite;
      const sentAt = Date.now();
      const outcome = await transact(table.dynamo, [...(lead ? [lead] : []), ...own, ...others.map(({ write }) => write)], OPEN_DAY_WRITES);
      if (outcome.ok) {
        if (lead) guard?.written(sentAt);
        settle('taken');
        return { registration, created: true };
      }
      const othersRefused = others.filter(({ write }) => outcome.refused(write));
      const eventRefused = outcome.refused(seat);
      if (lead && outcome.refused(lead)) {
        // Throws when the session has ended; otherwise what to try instead.
        guardWrite = (await guard?.refused()) ?? null;
      } else if (othersRefused.length > 0 && !own.some(outcome.refused)) {
        refusedAlongside = new Set([...refusedAlongside, ...othersRefused.map(({ index }) => index)]);
      } else if (outcome.refused(entry)) {
        const existing = await table.registrations.get({ eventId: event.id, residentId }, true);
        if (existing && existing.status !== 'CANCELLED') return { registration: existing, created: false };
      } else if (eventRefused && path === 'seat') {
        // Most likely the seats are gone: try the waiting list, whose own condition re-checks the rest.
        settle('gone');
        path = 'wait';
      } else if (eventRefused) {
        const fresh = await recent.fresh(event.id);
        if (!fresh) throw notFound('没有找到这个开放日。');
        const refusal = signUpRefusal(fresh, now);
        if (refusal) throw refusal;
        if (fresh.selectionMode === 'FIRST_COME') path = await recent.firstComePath(fresh);
        seatInFlight = path === 'seat';
      }
      // Otherwise the check-in code was taken: try again with another.
    }
    throw tooBusy();
  } finally {
    settle('other');
  }
}
