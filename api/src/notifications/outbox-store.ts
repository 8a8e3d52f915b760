import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { queryAll, type Dynamo } from '../core/dynamo';
import type { NotificationMessage, Notifier } from './notifier';

// The notifier used locally, in development and in tests: every message becomes an item that a
// developer (or a test) can read, kept for 90 days.
//
//   pk OUTBOX#<residentId>   sk <instant>#<uuid>   expiresAt <epoch seconds>

const KEEP_DAYS = 90;

export interface OutboxMessage extends NotificationMessage {
  sentAt: string;
}

export interface OutboxStore extends Notifier {
  /** The messages sent to one resident, oldest first. */
  messagesFor(residentId: string): Promise<OutboxMessage[]>;
}

export function createOutboxStore(dynamo: Dynamo): OutboxStore {
  const { doc, tableName: TableName } = dynamo;
  return {
    async send(message) {
      const sentAt = new Date().toISOString();
      await doc.send(
        new PutCommand({
          TableName,
          Item: {
            pk: `OUTBOX#${message.residentId}`,
            sk: `${sentAt}#${randomUUID()}`,
            expiresAt: Math.floor(Date.now() / 1000) + KEEP_DAYS * 86_400,
            sentAt,
            ...message,
          },
        }),
      );
    },
    async messagesFor(residentId) {
      const items = await queryAll(dynamo, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `OUTBOX#${residentId}` }, ConsistentRead: true });
      return items.map((item) => ({ residentId: String(item.residentId), template: item.template, data: item.data ?? {}, page: item.page, sentAt: String(item.sentAt) }) as OutboxMessage);
    },
  };
}
