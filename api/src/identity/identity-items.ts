import * as z from 'zod';
import { STAFF_ROLES } from '../core/actor';
import { itemType, orNull } from '../core/item-type';

// How residents and staff sit in the table (see core/item-type.ts; docs/table-design.md is generated from this).

export const residentItem = itemType({
  name: 'resident',
  notes: "Its id comes from WeChat's unionid or openid. WeChat's `sessionKey` is kept here by sign-in and never read back.",
  attributes: () => z.object({
    id: z.string(),
    openid: z.string(),
    unionid: orNull(z.string()),
    createdAt: z.string(),
    lastSignedInAt: z.string(),
    /** The mobile number the resident last gave GovOpen (e.g. when signing up for an open day). */
    phone: orNull(z.string()),
    /** Raised by signing out: session tokens naming an older version stop working. */
    sessionVersion: z.number().default(0),
  }),
  keys: { pk: 'RESIDENT#{id}', sk: 'RESIDENT' },
});

export const staffItem = itemType({
  name: 'staff member',
  notes: '`lastSignedInAt` is set by sign-in for people reviewing accounts; `mustChangePassword` while the password is a temporary one the system gave (a new account, an administrator\'s reset), cleared when the member sets their own.',
  attributes: () => z.object({
    username: z.string(),
    displayName: z.string(),
    role: z.enum(STAFF_ROLES),
    department: z.string(),
    disabled: z.boolean().default(false),
    passwordHash: z.string(),
    createdAt: z.string(),
    lastSignedInAt: orNull(z.string()),
    mustChangePassword: z.boolean().default(false),
    /** Raised by signing out and by every new password: session tokens naming an older version stop working. */
    sessionVersion: z.number().default(0),
  }),
  keys: { pk: 'STAFF#{username}', sk: 'STAFF', gsi1pk: 'STAFF', gsi1sk: '{username}' },
});
