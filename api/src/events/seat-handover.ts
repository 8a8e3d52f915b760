import { notFound } from '../core/errors';
import { transact, type Write } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { SEAT_STATUSES, type RegistrationStatus, type StoredEvent, type StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { cancelRefusal } from './open-day-rules';
import { MAX_DECISIONS, tooBusy } from './sign-up';

// Cancelling, and a freed seat going to the first on the waiting list in the same transaction, so a
// newcomer can never take it first (see sign-up.ts for the counters' rules).

/** The part of every cancellation condition that says "cancelling is possible now" (cancelRefusal, in DynamoDB's words). */
const CANCELLABLE_NOW = '#status IN (:open, :closed) AND startsAt > :now AND (attribute_not_exists(drawSeed) OR attribute_exists(drawnAt))';

type Waiting = { residentId: string; seq: number };

async function firstWaiting(table: OpenDayTable, eventId: string): Promise<Waiting | null> {
  const [first] = await table.waitingPlaces.query({ where: { eventId }, consistent: true, limit: 1 });
  return first ?? null;
}

const promotedStatus = (event: StoredEvent): RegistrationStatus => (event.selectionMode === 'DRAW' ? 'SELECTED' : 'CONFIRMED');

/**
 * The writes that move the first waiting into a seat, with the seat's check-in code reserved (a
 * waiter has none, decision 026; one taken already refuses the transaction, which is decided again
 * with another code).
 */
function promotion(table: OpenDayTable, eventId: string, candidate: Waiting, status: RegistrationStatus, at: string): Write[] {
  const { residentId, seq } = candidate;
  const code = newCheckInCode();
  return [
    table.registrations.update({ eventId, residentId }, 'SET #status = :promoted, promotedAt = :at, checkInCode = :code REMOVE waitlistSeq', {
      if: '#status = :waitlisted AND waitlistSeq = :seq',
      values: { ':promoted': status, ':at': at, ':code': code, ':waitlisted': 'WAITLISTED', ':seq': seq },
    }),
    table.waitingPlaces.remove({ eventId, seq }, { if: 'attribute_exists(pk)' }),
    table.codes.put({ eventId, code, residentId }, { if: 'attribute_not_exists(pk)' }),
  ];
}

async function eventOf(table: OpenDayTable, eventId: string): Promise<StoredEvent> {
  const event = await table.events.get({ id: eventId }, true);
  if (!event) throw notFound('没有找到这个开放日。');
  return event;
}

/** Cancels; a freed seat goes to the first waiting in the same transaction (returned as `promoted`). */
export async function cancel(table: OpenDayTable, registration: StoredRegistration, now: Date) {
  const at = now.toISOString();
  const { eventId, residentId } = registration;
  for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
    const current = await table.registrations.get({ eventId, residentId }, true);
    if (!current) throw notFound('没有找到这条报名。');
    if (current.status === 'CANCELLED') return { registration: current, promoted: null };
    const event = await eventOf(table, eventId);
    const refusal = cancelRefusal(event, now);
    if (refusal) throw refusal;
    const eventUpdate = (update: string, condition: string, values: Record<string, unknown>) =>
      table.events.update({ id: eventId }, update, {
        if: `${CANCELLABLE_NOW}${condition ? ` AND ${condition}` : ''}`,
        values: { ':open': 'OPEN', ':closed': 'CLOSED', ':now': at, ...values },
      });
    const cancelled = table.registrations.update({ eventId, residentId }, 'SET #status = :cancelled, cancelledAt = :at REMOVE waitlistSeq', {
      if: '#status = :was',
      values: { ':cancelled': 'CANCELLED', ':at': at, ':was': current.status },
    });
    let candidate: Waiting | null = null;
    let writes: Write[];
    if (SEAT_STATUSES.includes(current.status)) {
      candidate = await firstWaiting(table, eventId);
      writes = candidate
        ? [cancelled, eventUpdate('ADD waitlistLength :minusOne', 'waitlistLength > :zero', { ':minusOne': -1, ':zero': 0 }), ...promotion(table, eventId, candidate, promotedStatus(event), at)]
        : [cancelled, eventUpdate('ADD seatsLeft :one', 'waitlistLength = :zero', { ':one': 1, ':zero': 0 })];
    } else if (current.status === 'WAITLISTED') {
      writes = [cancelled, eventUpdate('ADD waitlistLength :minusOne', '', { ':minusOne': -1 }), table.waitingPlaces.remove({ eventId, seq: current.waitlistSeq ?? 0 })];
    } else {
      writes = [cancelled, eventUpdate('ADD applicants :minusOne', 'attribute_not_exists(drawSeed)', { ':minusOne': -1 })];
    }
    const outcome = await transact(table.dynamo, writes, OPEN_DAY_WRITES);
    if (outcome.ok) {
      const promoted = candidate ? await table.registrations.get({ eventId, residentId: candidate.residentId }, true) : null;
      return { registration: { ...current, status: 'CANCELLED' as const, waitlistSeq: null }, promoted };
    }
    // The registration, the event or the waiting list changed meanwhile (or the new seat's code was
    // taken): look again and decide again.
  }
  throw tooBusy();
}

/** Gives free seats (after the capacity grew) to the waiting list in order. */
export async function fillFreeSeats(table: OpenDayTable, eventId: string, now: Date): Promise<StoredRegistration[]> {
  const at = now.toISOString();
  const promoted: StoredRegistration[] = [];
  for (let round = 0; round < 10_000; round += 1) {
    const event = await eventOf(table, eventId);
    if (event.seatsLeft <= 0 || event.waitlistLength <= 0 || cancelRefusal(event, now)) break;
    const candidate = await firstWaiting(table, eventId);
    if (!candidate) break;
    const outcome = await transact(
      table.dynamo,
      [
        table.events.update({ id: eventId }, 'ADD seatsLeft :minusOne, waitlistLength :minusOne', {
          if: `${CANCELLABLE_NOW} AND seatsLeft > :zero AND waitlistLength > :zero`,
          values: { ':minusOne': -1, ':zero': 0, ':open': 'OPEN', ':closed': 'CLOSED', ':now': at },
        }),
        ...promotion(table, eventId, candidate, promotedStatus(event), at),
      ],
      OPEN_DAY_WRITES,
    );
    if (!outcome.ok) continue;
    const registration = await table.registrations.get({ eventId, residentId: candidate.residentId }, true);
    if (registration) promoted.push(registration);
  }
  return promoted;
}
