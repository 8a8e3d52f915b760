import { writeOne } from '../core/transactions';
import type { StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';

// Markers on a registration that make a message go out once however often the job runs: set before
// sending (false when it had been set), removed again when the message could not be sent.

const marker = (table: OpenDayTable, registration: StoredRegistration, attribute: 'remindedAt' | 'cancellationNoticedAt', condition: string, values: Record<string, unknown>) =>
  writeOne(
    table.dynamo,
    table.registrations.update(registration, `SET ${attribute} = :at`, { if: `attribute_not_exists(${attribute}) AND ${condition}`, values }),
    OPEN_DAY_WRITES,
  ).then((result) => result.ok);

/** Marks a registration as reminded; false when it had been (or no longer holds a seat). */
export const markReminded = (table: OpenDayTable, registration: StoredRegistration, at: Date) =>
  marker(table, registration, 'remindedAt', '#status IN (:confirmed, :selected)', { ':at': at.toISOString(), ':confirmed': 'CONFIRMED', ':selected': 'SELECTED' });

export async function unmarkReminded(table: OpenDayTable, registration: StoredRegistration): Promise<void> {
  await writeOne(table.dynamo, table.registrations.update(registration, 'REMOVE remindedAt'), OPEN_DAY_WRITES);
}

/** Marks a registration as told of the event's cancellation; false when it had been. */
export const markCancellationNoticed = (table: OpenDayTable, registration: StoredRegistration, at: Date) =>
  marker(table, registration, 'cancellationNoticedAt', '#status <> :cancelled', { ':at': at.toISOString(), ':cancelled': 'CANCELLED' });
