import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';

// How 亲友帮办 sits in the table (see core/item-type.ts; docs/table-design.md is generated from this).

export const FAMILY_LINK_STATES = ['INVITED', 'ACCEPTED', 'ACTIVE', 'ENDED'] as const;
export const FAMILY_ROLES = ['RESIDENT', 'HELPER'] as const;
export const FAMILY_ACTIVITY_KINDS = ['INVITED', 'ACCEPTED', 'CONFIRMED', 'ENDED', 'SIGNED_UP'] as const;

export const familyLinkItem = itemType({
  name: 'family link (亲友帮办): a resident and the family member who helps them',
  notes:
    'INVITED (a code to share) → ACCEPTED (the helper entered it) → ACTIVE (the resident confirmed) → ENDED (either side, at any time; kept for the activity). ' +
    'Each step is a conditional write on `state`, with its activity entry and audit record in the same transaction.',
  attributes: () => z.object({
    id: z.string(),
    residentId: z.string(),
    /** How the helper sees the resident (the resident's words), shown masked. */
    residentName: z.string(),
    helperId: orNull(z.string()),
    /** How the resident sees the helper (the helper's words), shown masked. */
    helperName: orNull(z.string()),
    state: z.enum(FAMILY_LINK_STATES),
    code: orNull(z.string()),
    codeExpiresAt: orNull(z.string()),
    createdAt: z.string(),
    endedAt: orNull(z.string()),
  }),
  keys: { pk: 'FAMILY#{id}', sk: 'LINK' },
});

export const familyMemberItem = itemType({
  name: "a person's side of a family link that has not ended",
  notes: 'One per side (RESIDENT or HELPER); the count of them is what the limits count. Removed when the link ends.',
  attributes: () => z.object({ personId: z.string(), role: z.enum(FAMILY_ROLES), linkId: z.string() }),
  keys: { pk: 'FAMILY_OF#{personId}', sk: '{role}#{linkId}' },
});

export const familyCodeItem = itemType({
  name: 'invitation code of a family link',
  notes: 'Removed when the code is used or the link ends; DynamoDB\'s TTL removes an unused one after it expired (`expiresAt`, epoch seconds).',
  attributes: () => z.object({ code: z.string(), linkId: z.string(), expiresAt: z.number() }),
  keys: { pk: 'FAMILY_CODE#{code}', sk: 'CODE' },
});

export const familyActivityItem = itemType({
  name: 'what happened on a family link: who invited, accepted, confirmed, ended, and each sign-up the helper made',
  notes: 'Written once, in the transaction of what it records; the resident reads them all.',
  attributes: () => z.object({
    linkId: z.string(),
    id: z.string(),
    kind: z.enum(FAMILY_ACTIVITY_KINDS),
    by: z.enum(FAMILY_ROLES),
    at: z.string(),
    /** For a sign-up: the open day's title and how it went. */
    detail: orNull(z.string()),
  }),
  keys: { pk: 'FAMILY#{linkId}', sk: 'ACT#{id}' },
});
