import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SCAN_SIGN_IN_PATH_PREFIX } from './scan-sign-in-paths';

// The rules of 扫码登录 that are not storage: how long a code lives, what a code and a secret look like.

/** A code can be confirmed for two minutes after the browser asked for it. */
export const SCAN_SIGN_IN_VALID_SECONDS = 120;
/** A code confirmed in its last seconds can still be collected by the browser's next poll a little after. */
export const COLLECT_GRACE_SECONDS = 30;

// Lower-case letters and digits without 0/o/1/l: short in the QR code, and easy to read aloud to a helper.
const CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const CODE_PATTERN = /^[a-km-np-z2-9]{12}$/u;

/** 12 characters (60 bits): not guessable while it lives. */
export function newScanCode(): string {
  return [...randomBytes(12)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/** What only the browser that asked holds (never stored, never shown to the phone). */
export const newScanSecret = (): string => randomBytes(32).toString('base64url');

export const hashScanSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** True when `secret` is the one whose hash is stored; compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashScanSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The address the QR code holds: WeChat's scan rule opens the mini-program's confirm page with it. */
export const scanSignInUrl = (publicBaseUrl: string, code: string): string => `${publicBaseUrl.replace(/\/+$/u, '')}${SCAN_SIGN_IN_PATH_PREFIX}${code}`;
