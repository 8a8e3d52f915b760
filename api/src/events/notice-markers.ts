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

// A promotion from the waiting list (seat-handover.ts) sets `promotionUntoldSince` in its own
// transaction; the notice's 我的消息 entry (and the outbox's copy) is written in one transaction with
// the marker's removal, conditional on it, so the inline send and any number of sweeps tell once
// (decision 030).

/** Writes the promotion's notice (`notice`: its 我的消息 entry …) and removes the marker; false when it had been told, or the seat is no longer the resident's. */
export async function tellPromotion(table: OpenDayTable, registration: StoredRegistration, notice: readonly Write[]): Promise<boolean> {
  const told = table.registrations.update(registration, 'REMOVE promotionUntoldSince', {
    if: 'attribute_exists(promotionUntoldSince) AND #status IN (:confirmed, :selected)',
    values: { ':confirmed': 'CONFIRMED', ':selected': 'SELECTED' },
  });
  return (await transact(table.dynamo, [...notice, told], OPEN_DAY_WRITES)).ok;
}

/** The event's registrations promoted and not yet told: one strongly consistent Query of its registrations, the marked ones only. */
export const untoldPromotions = (table: OpenDayTable, eventId: string) =>
  table.registrations.query({ where: { eventId }, consistent: true, filter: { if: 'attribute_exists(promotionUntoldSince)' } });

/** Records that every promotion the event counted when read was told; false when more came since (the next sweep looks again). */
export const promotionsChecked = (table: OpenDayTable, event: StoredEvent) =>
  writeOne(
    table.dynamo,
    table.events.update({ id: event.id }, 'SET promotionsChecked = :seen', { if: 'promotions = :seen', values: { ':seen': event.promotions } }),
    OPEN_DAY_WRITES,
  ).then((result) => result.ok);
