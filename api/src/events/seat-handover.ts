import { notFound } from '../core/errors';
import { transact, type Write } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { registrationItem } from './event-items';
import { SEAT_STATUSES, type RegistrationStatus, type StoredEvent, type StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { cancelRefusal } from './open-day-rules';
import { MAX_DECISIONS, tooBusy } from './sign-up';

// Cancelling, and a freed seat going to the first on the waiting list in the same transaction, so a
// newcomer can never take it first (see sign-up.ts for the counters' rules).

/** The part of every cancellation condition that says "cancelling is possible now" (cancelRefusal, in DynamoDB's words). */
const CANCELLABLE_NOW = '#status IN (:open, :closed) AND startsAt > :now AND (attribute_not_exists(drawSeed) OR attribute_exists(drawnAt))';

/** Waiters read from the index at once: a stale one (promoted or cancelled meanwhile) is refused by its condition and the next one tried. */
const CANDIDATES = 5;

/** How long to wait, after the index showed none of those the event's counter says are waiting, before looking again (ms, times the attempt). */
const INDEX_LAG_MS = 50;

/**
 * The waiting list as one handover sees it on its index (decision 027), which is eventually
 * consistent: it may still show a waiter promoted or cancelled a moment ago (once its condition
 * refused it, `refused` leaves it out from then on) or not yet one who signed up a moment ago
 * (`lookAgain` waits a little longer each time before the next look).
 */
function waitingList(table: OpenDayTable, eventId: string) {
  const stale = new Set<string>();
  const keyOf = (registration: StoredRegistration) => `${registration.residentId}#${String(registration.waitlistSeq)}`;
  let looks = 0;
  return {
    /** The first waiting the index shows, leaving out those refused; null when it shows nobody else. */
    async first(): Promise<StoredRegistration | null> {
      const shown = await table.registrations.query({ index: 'gsi2', where: { eventId }, limit: CANDIDATES + stale.size });
      return shown.find((registration) => registration.status === 'WAITLISTED' && !stale.has(keyOf(registration))) ?? null;
    },
    refused: (registration: StoredRegistration) => void stale.add(keyOf(registration)),
    /** How often it has waited for the index so far. */
    timesWaited: () => looks,
    lookAgain: () => new Promise((resolve) => setTimeout(resolve, INDEX_LAG_MS * (looks += 1))),
  };
}

/** Whether the event has free seats that belong to its waiting list now: somebody waits and seats can still change hands. */
export const seatsForWaiters = (event: StoredEvent, now: Date) => event.seatsLeft > 0 && event.waitlistLength > 0 && !cancelRefusal(event, now);

const promotedStatus = (event: StoredEvent): RegistrationStatus => (event.selectionMode === 'DRAW' ? 'SELECTED' : 'CONFIRMED');

/**
 * The writes that move a waiter into a seat, taking it off the waiting list's index (`waiter`: its
 * condition refuses a waiter the index showed stale), with the seat's check-in code reserved (`code`:
 * a waiter has none, decision 026; one taken already refuses the transaction, which is decided again
 * with another code), and marked as not yet told (decision 030): of the seat, not of the draw that had
 * put it on the waiting list, should that notice still be owed. The event's write in the same
 * transaction counts the promotion (`ADD promotions`), which the scheduled sweep compares.
 */
function promotion(table: OpenDayTable, candidate: StoredRegistration, status: RegistrationStatus, at: string): { waiter: Write; code: Write } {
  const { eventId, residentId, waitlistSeq } = candidate;
  const code = newCheckInCode();
  const index = registrationItem.indexUpdate({ ...candidate, status, checkInCode: code, waitlistSeq: null }, 'gsi2');
  return {
    waiter: table.registrations.update({ eventId, residentId }, `SET #status = :promoted, promotedAt = :at, checkInCode = :code, promotionUntoldSince = :at REMOVE ${['waitlistSeq', 'drawUntoldSince', ...index.remove].join(', ')}`, {
      if: '#status = :waitlisted AND waitlistSeq = :seq',
      values: { ':promoted': status, ':at': at, ':code': code, ':waitlisted': 'WAITLISTED', ':seq': waitlistSeq },
    }),
    code: table.codes.put({ eventId, code, residentId }, { if: 'attribute_not_exists(pk)' }),
  };
}

async function eventOf(table: OpenDayTable, eventId: string): Promise<StoredEvent> {
  const event = await table.events.get({ id: eventId }, true);
  if (!event) throw notFound('没有找到这个开放日。');
  return event;
}

/**
 * Other features' writes that belong to a cancellation (the notice in 我的消息, the earlier messages
 * about the sign-up marked as overtaken), made in its transaction: nothing of them when the
 * registration had been cancelled already (a double tap). Asked once, for the registration as first
 * read; should one be refused, the cancellation goes ahead without them.
 */
export type CancellationAlongside = (registration: StoredRegistration, event: StoredEvent) => Promise<Write[]>;

/**
 * Cancels; a freed seat goes to the first waiting in the same transaction (returned as `promoted`).
 * `cancelledNow` is false when it had been cancelled already.
 */
export async function cancel(table: OpenDayTable, registration: StoredRegistration, now: Date, alongside: CancellationAlongside = async () => []) {
  const at = now.toISOString();
  const { eventId, residentId } = registration;
  const waiting = waitingList(table, eventId);
  let others: Write[] | undefined;
  for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
    const current = await table.registrations.get({ eventId, residentId }, true);
    if (!current) throw notFound('没有找到这条报名。');
    if (current.status === 'CANCELLED') return { registration: current, promoted: null, cancelledNow: false };
    const event = await eventOf(table, eventId);
    const refusal = cancelRefusal(event, now);
    if (refusal) throw refusal;
    others ??= await alongside(current, event);
    const eventUpdate = (update: string, condition: string, values: Record<string, unknown>) =>
      table.events.update({ id: eventId }, update, {
        if: `${CANCELLABLE_NOW}${condition ? ` AND ${condition}` : ''}`,
        values: { ':open': 'OPEN', ':closed': 'CLOSED', ':now': at, ...values },
      });
    const index = registrationItem.indexUpdate({ ...current, status: 'CANCELLED', waitlistSeq: null }, 'gsi2');
    const cancelled = table.registrations.update({ eventId, residentId }, `SET #status = :cancelled, cancelledAt = :at REMOVE ${['waitlistSeq', 'promotionUntoldSince', 'drawUntoldSince', ...index.remove].join(', ')}`, {
      if: '#status = :was',
      values: { ':cancelled': 'CANCELLED', ':at': at, ':was': current.status },
    });
    let candidate: StoredRegistration | null = null;
    /** The candidate's own write, whose condition refuses a stale one. */
    let waiter: Write | null = null;
    let writes: Write[];
    if (SEAT_STATUSES.includes(current.status) && event.waitlistLength > 0) {
      // Somebody waits (the event's counter is read strongly consistently): the seat is theirs. Should
      // the index not show them yet, it is looked at again; the seat is never left to newcomers.
      candidate = await waiting.first();
      if (!candidate) {
        await waiting.lookAgain();
        continue;
      }
      const seat = promotion(table, candidate, promotedStatus(event), at);
      waiter = seat.waiter;
      writes = [cancelled, eventUpdate('ADD waitlistLength :minusOne, promotions :one', 'waitlistLength > :zero', { ':minusOne': -1, ':one': 1, ':zero': 0 }), seat.waiter, seat.code];
    } else if (SEAT_STATUSES.includes(current.status)) {
      writes = [cancelled, eventUpdate('ADD seatsLeft :one', 'waitlistLength = :zero', { ':one': 1, ':zero': 0 })];
    } else if (current.status === 'WAITLISTED') {
      writes = [cancelled, eventUpdate('ADD waitlistLength :minusOne', '', { ':minusOne': -1 })];
    } else {
      writes = [cancelled, eventUpdate('ADD applicants :minusOne', 'attribute_not_exists(drawSeed)', { ':minusOne': -1 })];
    }
    const outcome = await transact(table.dynamo, [...writes, ...others], OPEN_DAY_WRITES);
    if (outcome.ok) {
      const promoted = candidate ? await table.registrations.get({ eventId, residentId: candidate.residentId }, true) : null;
      return { registration: { ...current, status: 'CANCELLED' as const, waitlistSeq: null }, promoted, cancelledNow: true };
    }
    if (others.some(outcome.refused) && !writes.some(outcome.refused)) others = [];
    // The candidate the index showed was promoted or cancelled meanwhile: the next one. Otherwise the
    // registration or the event changed (or the new seat's code was taken): look again and decide again.
    if (candidate && waiter && outcome.refused(waiter)) waiting.refused(candidate);
  }
  throw tooBusy();
}

/** Gives free seats (after the capacity grew) to the waiting list in order. */
export async function fillFreeSeats(table: OpenDayTable, eventId: string, now: Date): Promise<StoredRegistration[]> {
  const at = now.toISOString();
  const promoted: StoredRegistration[] = [];
  const waiting = waitingList(table, eventId);
  for (let round = 0; round < 10_000; round += 1) {
    const event = await eventOf(table, eventId);
    if (!seatsForWaiters(event, now)) break;
    const candidate = await waiting.first();
    if (!candidate) {
      // The index does not show the waiting yet: looked at again a few times (decision 027).
      if (waiting.timesWaited() >= MAX_DECISIONS) break;
      await waiting.lookAgain();
      continue;
    }
    const seat = table.events.update({ id: eventId }, 'ADD seatsLeft :minusOne, waitlistLength :minusOne, promotions :one', {
      if: `${CANCELLABLE_NOW} AND seatsLeft > :zero AND waitlistLength > :zero`,
      values: { ':minusOne': -1, ':one': 1, ':zero': 0, ':open': 'OPEN', ':closed': 'CLOSED', ':now': at },
    });
    const { waiter, code } = promotion(table, candidate, promotedStatus(event), at);
    const outcome = await transact(table.dynamo, [seat, waiter, code], OPEN_DAY_WRITES);
    if (!outcome.ok) {
      if (outcome.refused(waiter)) waiting.refused(candidate);
      continue;
    }
    const registration = await table.registrations.get({ eventId, residentId: candidate.residentId }, true);
    if (registration) promoted.push(registration);
  }
  return promoted;
}
