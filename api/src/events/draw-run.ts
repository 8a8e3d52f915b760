import type { AuditEntry, AuditLog } from '../core/audit';
import { notFound } from '../core/errors';
import { transact, writeOne } from '../core/transactions';
import { newCheckInCode } from './check-in-code';
import { drawOrder, newDrawSeed } from './draw';
import { eventItem, registrationItem } from './event-items';
import type { StoredEvent, StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { drawRefusal } from './open-day-rules';
import { MAX_DECISIONS, tooBusy } from './sign-up';

// Running a DRAW event's draw against the table: the seed is fixed once (a retried or concurrent call
// finishes the same draw), every application gets its place (marked as not yet told of it), then one
// transaction publishes the result with its audit record. The draw itself (the order) is in draw.ts;
// telling the applicants, in owed-notices.ts.

/** Registrations updated at once. */
const DRAW_PARALLELISM = 16;

export interface DrawOutcome {
  event: StoredEvent;
  /** Empty unless this call finished the draw (so only one caller notifies). */
  selected: StoredRegistration[];
  waitlisted: StoredRegistration[];
}

export async function runDraw(table: OpenDayTable, audit: AuditLog, event: StoredEvent, now: Date, entry: AuditEntry): Promise<DrawOutcome> {
  const at = now.toISOString();
  const claim = await writeOne(
    table.dynamo,
    table.events.update({ id: event.id }, 'SET drawSeed = if_not_exists(drawSeed, :seed), drawStartedAt = if_not_exists(drawStartedAt, :now)', {
      if: 'selectionMode = :draw AND attribute_not_exists(drawnAt) AND (#status = :closed OR (#status = :open AND signUpClosesAt <= :now))',
      values: { ':seed': newDrawSeed(), ':now': at, ':draw': 'DRAW', ':open': 'OPEN', ':closed': 'CLOSED' },
    }),
    OPEN_DAY_WRITES,
    'ALL_NEW',
  );
  const current = async () => {
    const found = await table.events.get({ id: event.id }, true);
    if (!found) throw notFound('没有找到这个开放日。');
    return found;
  };
  if (!claim.ok) throw drawRefusal(await current());
  const claimed = eventItem.decode(claim.attributes);
  const seed = String(claimed.drawSeed);
  // No application can be added or withdrawn once the seed is set, so these are the applicants.
  const registrations = await table.registrations.query({ where: { eventId: event.id }, consistent: true });
  const applicants = registrations.filter((r) => r.status === 'APPLIED' || r.drawPosition !== null);
  const byId = new Map(applicants.map((r) => [r.id, r]));
  const capacity = claimed.capacity;
  const results: StoredRegistration[] = drawOrder(seed, [...byId.keys()]).flatMap((id, index) => {
    const registration = byId.get(id);
    if (!registration) return [];
    const selected = index < capacity;
    // Marked as not yet told of the outcome in its own update (decision 032); one from an earlier attempt keeps its mark.
    const drawUntoldSince = registration.drawPosition === null ? at : registration.drawUntoldSince;
    return [{ ...registration, status: selected ? 'SELECTED' : 'WAITLISTED', drawPosition: index + 1, waitlistSeq: selected ? null : index - capacity + 1, drawUntoldSince }];
  });
  let next = 0;
  const apply = async () => {
    for (let result = results[next++]; result; result = results[next++]) {
      if (byId.get(result.id)?.drawPosition !== null) continue; // applied by an earlier attempt
      const { eventId, residentId, waitlistSeq: seq } = result;
      // A waiter goes on the waiting list's index by its number (decision 027).
      const index = registrationItem.indexUpdate(result, 'gsi2');
      const update = (code: string | null) =>
        table.registrations.update({ eventId, residentId }, `SET ${['#status = :status', 'drawPosition = :position', 'drawUntoldSince = :at', ...(seq !== null ? ['waitlistSeq = :seq'] : []), ...(code !== null ? ['checkInCode = :code'] : []), ...index.set].join(', ')}`, {
          if: '#status = :applied',
          values: { ':status': result.status, ':position': result.drawPosition, ':at': at, ':applied': 'APPLIED', ...(seq !== null ? { ':seq': seq } : {}), ...(code !== null ? { ':code': code } : {}), ...index.values },
        });
      // A seat's check-in code is reserved with it (an application has none since decision 026; one
      // from before keeps its own); a code taken already is drawn again.
      if (result.status !== 'SELECTED' || result.checkInCode !== null) {
        await writeOne(table.dynamo, update(null), OPEN_DAY_WRITES);
        continue;
      }
      for (let attempt = 0; ; attempt += 1) {
        const code = newCheckInCode();
        const drawn = update(code);
        const outcome = await transact(table.dynamo, [drawn, table.codes.put({ eventId, code, residentId }, { if: 'attribute_not_exists(pk)' })], OPEN_DAY_WRITES);
        if (outcome.ok) {
          result.checkInCode = code;
          break;
        }
        if (outcome.refused(drawn)) {
          // A concurrent call of the same draw wrote it: its code is the one.
          result.checkInCode = (await table.registrations.get({ eventId, residentId }, true))?.checkInCode ?? null;
          break;
        }
        if (attempt === MAX_DECISIONS - 1) throw tooBusy();
      }
    }
  };
  await Promise.all(Array.from({ length: DRAW_PARALLELISM }, apply));
  const selectedCount = Math.min(capacity, results.length);
  const waiting = results.length - selectedCount;
  const finish = await transact(
    table.dynamo,
    [
      table.events.update(
        { id: event.id },
        'SET drawnAt = :now, drawApplicants = :applicants, drawSelected = :selected, seatsLeft = :seatsLeft, waitlistLength = :waiting, waitlistSeq = :waiting',
        {
          if: 'drawSeed = :seed AND attribute_not_exists(drawnAt) AND #capacity = :capacity',
          values: { ':now': at, ':applicants': results.length, ':selected': selectedCount, ':seatsLeft': capacity - selectedCount, ':waiting': waiting, ':seed': seed, ':capacity': capacity },
        },
      ),
      audit.write({ ...entry, details: { ...entry.details, seed, applicants: results.length, selected: selectedCount } }),
    ],
    OPEN_DAY_WRITES,
  );
  const finished = await current();
  if (!finish.ok) return { event: finished, selected: [], waitlisted: [] };
  return { event: finished, selected: results.filter((r) => r.status === 'SELECTED'), waitlisted: results.filter((r) => r.status === 'WAITLISTED') };
}
