import { z } from 'zod';
import { itemType } from '../core/item-type';
import { NOTIFICATION_TEMPLATES } from './notifier';

// How the outbox notifier keeps messages in the table (see core/item-type.ts).

export const outboxMessageItem = itemType({
  name: 'notification in the outbox (`NOTIFIER=outbox`)',
  notes: 'Removed by DynamoDB\'s TTL 90 days after it was sent (`expiresAt`).',
  attributes: z.object({
    id: z.string(),
    residentId: z.string(),
    template: z.enum(NOTIFICATION_TEMPLATES),
    data: z.record(z.string(), z.string()).default({}),
    page: z.string().optional(),
    sentAt: z.string(),
    /** Epoch seconds. */
    expiresAt: z.number(),
  }),
  keys: { pk: 'OUTBOX#{residentId}', sk: '{sentAt}#{id}' },
});
