import { randomInt } from 'node:crypto';

// 亲友帮办: a resident lets a family member help.
// - The resident invites: a code (and a link carrying it) to share, valid CODE_VALID_HOURS hours,
//   used once. A second tap while an invitation is open gives the same code.
// - The helper enters it (not their own code); nothing is shared yet. Only when the resident then
//   confirms does the helper receive copies of the resident's reminders and replies (never 政策找人
//   news) and may sign the resident up for open days in the resident's name.
// - Either side ends it at any time, at any step; the copies stop at once.
// - A resident has at most MAX_HELPERS helpers (open invitations count); a helper helps at most MAX_HELPED residents.

export const MAX_HELPERS = 3;
export const MAX_HELPED = 5;
export const CODE_VALID_HOURS = 24;

/** Letters and digits nobody confuses when reading a code aloud on the phone (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
export const FAMILY_CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`, 'u');

export const newFamilyCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** What a resident types: spaces and lower case forgiven. */
export const normalizeFamilyCode = (typed: string) => typed.replace(/\s/gu, '').toUpperCase();
