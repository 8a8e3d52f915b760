import { toSimplified, unicodePattern } from '@govopen/shared';

// How search reads text: one folded form for documents and queries alike, and the words in it.
// The folded form has exactly as many UTF-16 units as the original, so a word found in it is
// highlighted at the same offsets in the text the resident sees.

/** Compatibility forms (全角 letters and digits, circled numbers, CJK compatibility ideographs) → plain ones. */
function foldCompatibility(text: string): string {
  const whole = text.normalize('NFKC');
  if (whole.length === text.length) return whole;
  let folded = '';
  for (const char of text) {
    const plain = char.normalize('NFKC');
    folded += plain.length === char.length ? plain : char;
  }
  return folded;
}

function simplifiedSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  // A phrase converted to a different length: convert character by character instead.
  let folded = '';
  for (const char of text) {
    const simple = toSimplified(char);
    folded += simple.length === char.length ? simple : char;
  }
  return folded;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (const char of text) {
    const small = char.toLowerCase();
    folded += small.length === char.length ? small : char;
  }
  return folded;
}

/** Simplified, half-width, lower case; the same length as `text`, offset for offset. */
export function foldText(text: string): string {
  return lowerSameLength(simplifiedSameLength(foldCompatibility(text)));
}

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Built on the first text to segment: ICU loads its Chinese word dictionary then, ~20 ms a Lambda cold start need not pay (issue 17). */
let segmenter: Intl.Segmenter | undefined;
const HAN = unicodePattern(String.raw`^\p{Script=Han}+$`);
const LATIN_OR_DIGITS = unicodePattern(String.raw`^[\p{Script=Latin}\d]+$`);
/**
 * ICU segments long strings far more slowly than short ones (measured: 120 characters/ms for 60,000
 * characters at once, 385/ms sentence by sentence), so text is cut at sentence ends first.
 */
const CHUNK_END = /[。！？；\n!?;]/u;
const MAX_CHUNK = 400;

function* chunks(text: string): Generator<[string, number]> {
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (CHUNK_END.test(text[i]!) || i - start >= MAX_CHUNK) {
      if (i + 1 > start) yield [text.slice(start, i + 1), start];
      start = i + 1;
    }
  }
  if (start < text.length) yield [text.slice(start), start];
}

/** Words of folded text (Intl.Segmenter's dictionary, full ICU), with their offsets; punctuation and spaces are not words. */
export function wordsOf(folded: string): Token[] {
  const tokens: Token[] = [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const [chunk, offset] of chunks(folded)) {
    for (const segment of segmenter.segment(chunk)) {
      if (!segment.isWordLike) continue;
      const term = segment.segment;
      if (!HAN().test(term) && !LATIN_OR_DIGITS().test(term)) continue;
      tokens.push({ term, start: offset + segment.index, end: offset + segment.index + term.length });
    }
  }
  return tokens;
}

export const isHan = (text: string) => HAN().test(text);
