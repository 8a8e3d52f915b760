import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import type { NotificationMessage, Notifier } from './notifier';
import { outboxMessageItem } from './outbox-items';

// The notifier used locally, in development and in tests: every message becomes an item that a
// developer (or a test) can read, kept for 90 days.

const KEEP_DAYS = 90;

/** Unique, and in sending order among messages of one instant (the app's clock may stand still, as in tests). */
const sendingOrderId = () => `${process.hrtime.bigint().toString().padStart(20, '0')}-${randomUUID()}`;

export type OutboxMessage = z.output<typeof outboxMessageItem.declaration.attributes>;

export interface OutboxStore extends Notifier {
  /** The messages sent to one resident, oldest first. */
  messagesFor(residentId: string): Promise<OutboxMessage[]>;
}

export function createOutboxStore(dynamo: Dynamo, now: Clock): OutboxStore {
  const { messages } = itemsOf(dynamo, { messages: outboxMessageItem });
  const writeOf = (message: NotificationMessage) => {
    const sentAt = now();
    const expiresAt = Math.floor(sentAt.getTime() / 1000) + KEEP_DAYS * 86_400;
    return messages.put({ ...message, id: sendingOrderId(), sentAt: sentAt.toISOString(), expiresAt });
  };
  return {
    async send(message) {
      await writeOne(dynamo, writeOf(message), ORDINARY_WRITES);
    },
    writeOf,
    messagesFor: (residentId) => messages.query({ where: { residentId }, consistent: true }),
  };
}
