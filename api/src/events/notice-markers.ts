import { transact, writeOne, type Write } from '../core/transactions';
import type { StoredEvent, StoredRegistration } from './event-model';
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

// A promotion from the waiting list (seat-handover.ts) sets `promotionUntoldSince`, the draw's update
// of an application (draw-run.ts) `drawUntoldSince`, each in its own transaction; the notice's 我的消息
// entry (and the outbox's copy) is written in one transaction with the marker's removal, conditional
// on it, so the inline send and any number of sweeps tell once (decisions 030, 032).

/** The markers of a notice owed, each removed by the transaction that writes it. */
export type UntoldMark = 'promotionUntoldSince' | 'drawUntoldSince';

/** Writes the notice a registration is owed (`notice`: its 我的消息 entry …) and removes its marker; false when it had been told, or the registration changed since it was read (cancelled, promoted). */
export async function tellOwed(table: OpenDayTable, registration: StoredRegistration, mark: UntoldMark, notice: readonly Write[]): Promise<boolean> {
  const told = table.registrations.update(registration, `REMOVE ${mark}`, { if: `attribute_exists(${mark}) AND #status = :status`, values: { ':status': registration.status } });
  return (await transact(table.dynamo, [...notice, told], OPEN_DAY_WRITES)).ok;
}

/** The event's registrations owed a notice: one strongly consistent Query of its registrations, the marked ones only. */
export const untold = (table: OpenDayTable, eventId: string) =>
  table.registrations.query({ where: { eventId }, consistent: true, filter: { if: 'attribute_exists(promotionUntoldSince) OR attribute_exists(drawUntoldSince)' } });

/**
 * Records that every notice the event owed when read was told: its promotions as counted then, and
 * its draw once finished. False when more promotions came since (the next sweep looks again).
 */
export function noticesChecked(table: OpenDayTable, event: StoredEvent): Promise<boolean> {
  const drawn = event.drawnAt !== null;
  const update = `SET ${['promotionsChecked = :seen', ...(drawn ? ['drawTold = :told'] : [])].join(', ')}`;
  const values = { ':seen': event.promotions, ...(drawn ? { ':told': true } : {}) };
  return writeOne(table.dynamo, table.events.update({ id: event.id }, update, { if: 'promotions = :seen', values }), OPEN_DAY_WRITES).then((result) => result.ok);
}
