import { randomInt } from 'node:crypto';

// Check-in codes: short, read aloud or typed at the door without confusion, shown as a QR code in the
// mini-app. No 0/O, 1/I/L or lower case: 31 characters, 6 of them (about 887 million codes per event).

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 6;

export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What staff typed or scanned, in the stored form; null when it cannot be a check-in code. */
export function normalizeCheckInCode(input: string): string | null {
  const code = input.normalize('NFKC').replace(/[\s-]/gu, '').toUpperCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
