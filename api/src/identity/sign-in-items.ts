import * as z from 'zod';
import { itemType } from '../core/item-type';

// Sign-in failure counters (sign-in-throttle.ts), apart from identity-items.ts so that only a staff
// sign-in loads them.

export const signInCounterItem = itemType({
  name: 'sign-in failure counter',
  notes:
    "Failed staff sign-ins in a 15-minute window, by source address, by source and username, or by username (identity/sign-in-throttle.ts). `scope` is a hash: no address or name in clear. Removed by DynamoDB's TTL at the window's end (`expiresAt`).",
  attributes: () => z.object({
    scope: z.string(),
    failures: z.number(),
    expiresAt: z.number(),
  }),
  keys: { pk: 'SIGNIN#{scope}', sk: 'SIGNIN' },
});
