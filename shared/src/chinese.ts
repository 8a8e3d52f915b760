import type { ConverterFunction } from 'opencc-js/t2cn';
import { CONVERTIBLE_CHARACTERS } from './convertible-characters';

// Residents type Simplified; documents may arrive in Traditional (Taiwan, Hong Kong or plain
// OpenCC forms). One converter from the broadest source covers all three.
//
// Its dictionaries are ~190 KB of text turned into a trie: they are loaded by the first text that
// holds a character they could change, not at start-up (a Lambda cold start never needs them, and
// most text is Simplified already). On Lambda they are a file of their own beside the bundle
// (infra/lib/lambda-bundle.ts), hence a require() that stays synchronous.
const MAY_CHANGE = new RegExp(`[${CONVERTIBLE_CHARACTERS}]`, 'u');

let traditionalToSimplified: ConverterFunction | undefined;

function converter(): ConverterFunction {
  if (!traditionalToSimplified) {
    const { Converter } = require('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
    traditionalToSimplified = Converter({ from: 'hk', to: 'cn' });
  }
  return traditionalToSimplified;
}

/** Text in Simplified Chinese; characters that are already Simplified are kept as they are. */
export function toSimplified(text: string): string {
  return MAY_CHANGE.test(text) ? converter()(text) : text;
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
