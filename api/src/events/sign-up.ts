import { notFound, UserFacingError } from '../core/errors';
import { transact, writeOne, type Write } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { registrationIdOf, type StoredEvent, type StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { signUpRefusal } from './open-day-rules';

// Signing up: the registration is written in one transaction with the event's counter, so the
// capacity holds whatever the concurrency:
//   FIRST_COME seat:  seatsLeft - 1   if OPEN, in the sign-up window, seatsLeft > 0 and nobody waits
//   waiting list:     waitlistLength + 1 (and a waiting-list place numbered from the atomic counter
//                     waitlistSeq)   if OPEN, in the window, and seatsLeft = 0 or somebody waits
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

const firstComePath = (event: StoredEvent): Path => (event.seatsLeft > 0 && event.waitlistLength === 0 ? 'seat' : 'wait');

/** The next number of the waiting list, from the atomic counter on the event item. */
async function nextWaitlistSeq(table: OpenDayTable, eventId: string): Promise<number> {
  const result = await writeOne(table.dynamo, table.events.update({ id: eventId }, 'ADD waitlistSeq :one', { if: 'attribute_exists(pk)', values: { ':one': 1 } }), OPEN_DAY_WRITES, 'UPDATED_NEW');
  if (!result.ok) throw notFound('没有找到这个开放日。');
  return Number(result.attributes.waitlistSeq);
}

/**
 * Other features' writes that belong to a new registration (the resident's phone remembered, the
 * confirmation in the outbox), made in its transaction: one request for the whole sign-up, and
 * nothing of them when the sign-up is refused or repeated. One whose condition fails is left out
 * and the sign-up tried again without it: the registration never depends on them.
 */
export type WritesAlongside = (registration: StoredRegistration) => Write[] | Promise<Write[]>;

/** Signs up once: a second call for the same resident and event returns the first registration. */
export async function register(table: OpenDayTable, event: StoredEvent, residentId: string, input: RegistrationInputData, now: Date, alongside: WritesAlongside = () => []) {
  const at = now.toISOString();
  let path: Path = event.selectionMode === 'DRAW' ? 'apply' : firstComePath(event);
  let refusedAlongside = new Set<number>();
  for (let decision = 0; decision < MAX_DECISIONS; decision += 1) {
    const seq = path === 'wait' ? await nextWaitlistSeq(table, event.id) : null;
    const registration: StoredRegistration = {
      id: registrationIdOf(event.id, residentId),
      eventId: event.id,
      residentId,
      status: path === 'seat' ? 'CONFIRMED' : path === 'wait' ? 'WAITLISTED' : 'APPLIED',
      name: input.name,
      phone: input.phone,
      questions: input.questions,
      checkInCode: newCheckInCode(),
      waitlistSeq: seq,
      drawPosition: null,
      createdAt: at,
      checkedInAt: null,
      feedbackAt: null,
    };
    const rule = SEAT_RULES[path];
    const own = [
      table.events.update({ id: event.id }, rule.update, { if: `${OPEN_NOW} AND ${rule.condition}`, values: { ':open': 'OPEN', ':now': at, ...rule.values } }),
      // A cancelled registration may be replaced by signing up again.
      table.registrations.put(registration, { if: 'attribute_not_exists(pk) OR #status = :cancelled', values: { ':cancelled': 'CANCELLED' } }),
      table.codes.put({ eventId: event.id, code: registration.checkInCode, residentId }, { if: 'attribute_not_exists(pk)' }),
      ...(seq === null ? [] : [table.waitingPlaces.put({ eventId: event.id, seq, residentId })]),
    ];
    const others = (await alongside(registration))
      .map((write, index) => ({ write, index }))
      .filter(({ index }) => !refusedAlongside.has(index));
    const outcome = await transact(table.dynamo, [...own, ...others.map(({ write }) => write)], OPEN_DAY_WRITES);
    if (outcome.ok) return { registration, created: true };
    const [eventRefused, alreadyRegistered] = outcome.failed;
    const othersRefused = outcome.failed.slice(own.length);
    if (othersRefused.some(Boolean) && !outcome.failed.slice(0, own.length).some(Boolean)) {
      refusedAlongside = new Set([...refusedAlongside, ...others.filter((_, i) => othersRefused[i]).map(({ index }) => index)]);
    } else if (alreadyRegistered) {
      const existing = await table.registrations.get({ eventId: event.id, residentId }, true);
      if (existing && existing.status !== 'CANCELLED') return { registration: existing, created: false };
    } else if (eventRefused && path === 'seat') {
      // Most likely the seats are gone: try the waiting list, whose own condition re-checks the rest.
      path = 'wait';
    } else if (eventRefused) {
      const fresh = await table.events.get({ id: event.id }, true);
      if (!fresh) throw notFound('没有找到这个开放日。');
      const refusal = signUpRefusal(fresh, now);
      if (refusal) throw refusal;
      if (fresh.selectionMode === 'FIRST_COME') path = firstComePath(fresh);
    }
    // Otherwise the check-in code was taken: try again with another.
  }
  throw tooBusy();
}
