import { Converter } from 'opencc-js/t2cn';

// Residents type Simplified; documents may arrive in Traditional (Taiwan, Hong Kong or plain
// OpenCC forms). One converter from the broadest source covers all three.
const traditionalToSimplified = Converter({ from: 'hk', to: 'cn' });

/** Text in Simplified Chinese; characters that are already Simplified are kept as they are. */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/**
 * The form used to compare a resident's words with stored text: Simplified, full-width letters and
 * digits folded to ASCII, lower case, and without white space (Chinese text has no word gaps, and
 * PDF extraction scatters spaces and line breaks through it).
 */
export function searchForm(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/gu, '');
}
