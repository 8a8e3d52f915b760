import * as z from 'zod';
import { itemType } from '../core/item-type';

// How the outbox notifier keeps messages in the table (see core/item-type.ts).

export const outboxMessageItem = itemType({
  name: 'notification in the outbox (`NOTIFIER=outbox`)',
  notes: 'Removed by DynamoDB\'s TTL 90 days after it was sent (`expiresAt`).',
  attributes: () => z.object({
    id: z.string(),
    residentId: z.string(),
    /** One of the messages the features declare (app.ts NOTIFICATIONS). */
    template: z.string(),
    data: z.record(z.string(), z.string()).default({}),
    page: z.string().optional(),
    sentAt: z.string(),
    /** Epoch seconds. */
    expiresAt: z.number(),
  }),
  keys: { pk: 'OUTBOX#{residentId}', sk: '{sentAt}#{id}' },
});
