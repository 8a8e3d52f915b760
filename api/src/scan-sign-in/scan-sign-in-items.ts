import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';

// How 扫码登录 sits in the table (see core/item-type.ts; docs/table-design.md is generated from this).

export const SCAN_SIGN_IN_STATES = ['PENDING', 'SCANNED', 'CONFIRMED', 'REFUSED', 'COLLECTED'] as const;

export const scanSignInItem = itemType({
  name: '扫码登录 request: a browser asking a resident, through WeChat, to sign it in',
  notes:
    'PENDING → SCANNED (a signed-in resident opened the code in the mini-program, kept in `scannedBy`; the browser says 已扫码) → CONFIRMED (the resident tapped 确认登录) → COLLECTED (the browser took its one session); ' +
    'CONFIRMED is reached from PENDING or SCANNED, from SCANNED only by the resident who scanned it; REFUSED (取消) only from SCANNED, by the resident who scanned it. ' +
    'Each step is a conditional write on `state`; `secretHash` is the SHA-256 of what only the browser holds. Removed by TTL a day after it lapses (`expiresAt`).',
  attributes: () => z.object({
    code: z.string(),
    secretHash: z.string(),
    state: z.enum(SCAN_SIGN_IN_STATES),
    createdAt: z.string(),
    /** Confirming stops at this instant (ISO 8601). */
    validUntil: z.string(),
    /** The resident who confirmed it (whose session the browser gets). */
    residentId: orNull(z.string()),
    /** The resident who opened it first (SCANNED): only they may then confirm it. Never shown to anyone. */
    scannedBy: orNull(z.string()),
    /** DynamoDB's TTL (epoch seconds): long after validUntil, only to tidy up. */
    expiresAt: z.number(),
  }),
  keys: { pk: 'SCANSIGNIN#{code}', sk: 'SCANSIGNIN' },
});
