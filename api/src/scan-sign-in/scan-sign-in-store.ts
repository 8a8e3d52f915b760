import type * as z from 'zod';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { scanSignInItem } from './scan-sign-in-items';
import { COLLECT_GRACE_SECONDS, hashScanSecret, newScanCode, SCAN_SIGN_IN_VALID_SECONDS } from './scan-sign-in-rules';

export type ScanSignIn = z.output<typeof scanSignInItem.declaration.attributes>;

const DAY_SECONDS = 86_400;

export interface ScanSignInStore {
  /** A new PENDING request for the browser holding `secret`. */
  start(secret: string): Promise<ScanSignIn>;
  get(code: string): Promise<ScanSignIn | null>;
  /**
   * PENDING and still valid → SCANNED by the resident who opened the code: the request as it now is
   * (one write); null when it was not (already scanned, decided or expired).
   */
  scan(code: string, residentId: string): Promise<ScanSignIn | null>;
  /**
   * PENDING, or SCANNED by this same resident, and still valid → CONFIRMED by them: the request as it
   * now is; null when it was not (someone else scanned it or was first, or time ran out).
   */
  confirm(code: string, residentId: string): Promise<ScanSignIn | null>;
  /**
   * SCANNED by this resident, and still valid → REFUSED: the request as it now is; null when it was
   * not (nobody scanned it, someone else did, it was decided, or time ran out).
   */
  refuse(code: string, residentId: string): Promise<ScanSignIn | null>;
  /** CONFIRMED → COLLECTED, once: true for the one poll that gets the session. */
  collect(code: string): Promise<boolean>;
}

export function createScanSignInStore(dynamo: Dynamo, now: Clock): ScanSignInStore {
  const { requests } = itemsOf(dynamo, { requests: scanSignInItem });
  // Each step is taken only from the states named, and only while the code is valid.
  const PENDING = { if: '#state = :pending', values: { ':pending': 'PENDING' } };
  // Once scanned, only the resident who scanned it may confirm it …
  const OPEN_TO = (residentId: string) => ({ if: '(#state = :pending OR (#state = :scanned AND #scannedBy = :by))', values: { ':pending': 'PENDING', ':scanned': 'SCANNED', ':by': residentId } });
  // … and only they may turn it down: somebody who merely knows the code cannot cancel another's sign-in.
  const SCANNED_BY = (residentId: string) => ({ if: '#state = :scanned AND #scannedBy = :by', values: { ':scanned': 'SCANNED', ':by': residentId } });
  // The request as the write left it (ALL_NEW), so a step needs no read after it; null when refused.
  const step = async (code: string, from: { if: string; values: Record<string, string> }, expression: string, values: Record<string, unknown>) => {
    const condition = { if: `${from.if} AND #validUntil > :now`, values: { ...from.values, ':now': now().toISOString(), ...values } };
    const written = await writeOne(dynamo, requests.update({ code }, expression, condition), ORDINARY_WRITES, 'ALL_NEW');
    return written.ok ? scanSignInItem.decode(written.attributes) : null;
  };
  return {
    async start(secret) {
      const at = now();
      const validUntil = new Date(at.getTime() + SCAN_SIGN_IN_VALID_SECONDS * 1000);
      const request: ScanSignIn = {
        code: newScanCode(),
        secretHash: hashScanSecret(secret),
        state: 'PENDING',
        createdAt: at.toISOString(),
        validUntil: validUntil.toISOString(),
        residentId: null,
        scannedBy: null,
        expiresAt: Math.floor(validUntil.getTime() / 1000) + DAY_SECONDS,
      };
      // 60 random bits never meet an existing code in practice; the condition makes sure.
      const written = await writeOne(dynamo, requests.put(request, { if: 'attribute_not_exists(pk)' }), ORDINARY_WRITES);
      if (!written.ok) throw new Error('a new scan sign-in code met an existing one');
      return request;
    },
    get: (code) => requests.get({ code }, true),
    scan: (code, residentId) => step(code, PENDING, 'SET #state = :scanned, #scannedBy = :scanner', { ':scanned': 'SCANNED', ':scanner': residentId }),
    confirm: (code, residentId) => step(code, OPEN_TO(residentId), 'SET #state = :confirmed, #residentId = :resident', { ':confirmed': 'CONFIRMED', ':resident': residentId }),
    refuse: (code, residentId) => step(code, SCANNED_BY(residentId), 'SET #state = :refused', { ':refused': 'REFUSED' }),
    async collect(code) {
      // A confirmation in the last seconds is still collected by the poll just after: the grace is on top of validUntil.
      const latest = new Date(now().getTime() - COLLECT_GRACE_SECONDS * 1000).toISOString();
      const write = requests.update({ code }, 'SET #state = :collected', { if: '#state = :confirmed AND #validUntil > :latest', values: { ':collected': 'COLLECTED', ':confirmed': 'CONFIRMED', ':latest': latest } });
      return (await writeOne(dynamo, write, ORDINARY_WRITES)).ok;
    },
  };
}
