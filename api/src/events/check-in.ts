import { transact } from '../core/transactions';
import type { StoredEvent, StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';
import { seatRefusal } from './open-day-rules';

/**
 * Checks a seat holder in at the door, with the event's `checkedIn` counter in the same transaction;
 * `already` when they had been. Null when no registration of this event has this code.
 */
export async function checkIn(table: OpenDayTable, event: StoredEvent, code: string, now: Date): Promise<{ registration: StoredRegistration; already: boolean } | null> {
  const found = await table.codes.get({ eventId: event.id, code }, true);
  if (!found) return null;
  const key = { eventId: event.id, residentId: found.residentId };
  const registration = await table.registrations.get(key, true);
  if (!registration || registration.checkInCode !== code) return null;
  const at = now.toISOString();
  const outcome = await transact(
    table.dynamo,
    [
      table.registrations.update(key, 'SET checkedInAt = :at', {
        if: 'attribute_not_exists(checkedInAt) AND #status IN (:confirmed, :selected) AND checkInCode = :code',
        values: { ':at': at, ':confirmed': 'CONFIRMED', ':selected': 'SELECTED', ':code': code },
      }),
      table.events.update({ id: event.id }, 'ADD checkedIn :one', { values: { ':one': 1 } }),
    ],
    OPEN_DAY_WRITES,
  );
  const after = outcome.ok ? { ...registration, checkedInAt: at } : await table.registrations.get(key, true);
  if (!after) return null;
  const refusal = seatRefusal(after);
  if (refusal) throw refusal;
  return { registration: after, already: !outcome.ok };
}
