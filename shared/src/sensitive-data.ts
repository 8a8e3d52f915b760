import { maskBankCard, maskIdNumber, maskMobile } from './masking';
import { unicodePattern } from './unicode-pattern';

// The check before publishing: private data that must not go online (敏感信息不上网、隐私信息要遮掩).
// It looks only for numbers that identify a person and can be told apart from the many numbers a
// government text is full of (索引号, 文号, dates, amounts, hotlines, office phones, 统一社会信用代码,
// serial numbers). Office landlines are public consultation numbers, so landlines are not looked for.

export type SensitiveKind = 'MOBILE' | 'ID_NUMBER' | 'BANK_CARD';

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** Where the value stands in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** About 10 characters either side on the same line, with every value found in it masked. */
  excerpt: string;
  /** 1-based. */
  line: number;
}

// Values are matched in a folded copy of the text (see `fold`): written whole, or grouped by spaces,
// dashes or dots. A value never continues a longer run of digits or letters, nor one joined by a dash
// or a decimal point (serials, amounts), and a `*` next to it means it is already masked.
const BEFORE = String.raw`(?<![\dA-Za-z*]|\d[-.])`;
const AFTER = String.raw`(?![\dA-Za-z*]|[-.]\d)`;
/** One separator people put inside a number: a space, a dash or a dot (138.1234.5678). */
const SEP = '[ .-]?';

// First two digits of resident ID numbers: provinces, and 71/81/82/83 for Taiwan, Hong Kong and Macao.
const ID_PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '),
);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** GB 11643: a known province and a real birth date (digits 7–12 or 7–14). */
function hasIdShape(value: string): boolean {
  if (!ID_PROVINCES.has(value.slice(0, 2))) return false;
  if (value.length === 15) return isRealDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
  return isRealDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
}

/** For 18 digits also the ISO 7064 MOD 11-2 check digit. */
function isIdNumber(value: string): boolean {
  if (!hasIdShape(value)) return false;
  if (value.length === 15) return true;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value.charAt(i)), 0);
  return '10X98765432'.charAt(sum % 11) === value.charAt(17).toUpperCase();
}

// Right after words that name an ID number, a number with a wrong check digit (a typo, or a made-up
// ending) still gives away the person's region and birth date.
const ID_LABEL = /(?:身[份分][证證]|[证證]件|公民身份)[号號码碼]*[：:是为為 ]*$/u;

/**
 * Cards issued in China start with 3 (JCB, Amex), 4 (Visa), 5 (Mastercard), 6 (UnionPay) or 9 (old
 * domestic cards); serial numbers mostly start with a year (19…, 20…). Then the Luhn check.
 */
function isBankCard(value: string): boolean {
  if (value.length < 16 || value.length > 19 || !/^[34569]/u.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i += 1) {
    const digit = Number(value.charAt(value.length - 1 - i));
    sum += i % 2 === 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return sum % 10 === 0;
}

interface Detector {
  kind: SensitiveKind;
  pattern: RegExp;
  /** Decides on the digits, separators removed, and the folded text before them. */
  isValid: (digits: string, before: string) => boolean;
  mask: (value: string) => string;
}

// Where two matches overlap, the detector listed first wins: an 18-digit ID number that happens to
// pass the Luhn check is an ID number.
const DETECTORS: readonly Detector[] = [
  {
    kind: 'ID_NUMBER',
    pattern: new RegExp(String.raw`${BEFORE}(?:\d{6}${SEP}\d{8}${SEP}\d{3}[\dXx]|\d{15})${AFTER}`, 'gu'),
    isValid: (digits, before) => isIdNumber(digits) || (ID_LABEL.test(before) && hasIdShape(digits)),
    mask: maskIdNumber,
  },
  {
    kind: 'MOBILE',
    pattern: new RegExp(String.raw`${BEFORE}(?:(?:\+|00)?86${SEP})?1[3-9]\d${SEP}\d{4}${SEP}\d{4}${AFTER}`, 'gu'),
    isValid: () => true,
    mask: maskMobile,
  },
  {
    kind: 'BANK_CARD',
    pattern: new RegExp(String.raw`${BEFORE}\d{4}(?:${SEP}\d{4}){3}(?:${SEP}\d{1,3})?${AFTER}`, 'gu'),
    isValid: isBankCard,
    mask: maskBankCard,
  },
];

// Characters that show nothing (zero-width spaces and joiners, direction marks, soft hyphens,
// combining marks, fillers): dropped before matching, so 138\u200B1234\u200B5678 is a mobile.
const INVISIBLE = unicodePattern(String.raw`[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]`);
// Every dash and minus sign, and every space, as the one the patterns look for.
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SPACE = /\s/gu;

interface Folded {
  text: string;
  /** For each code unit of `text`, where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * The text as the patterns read it: NFKC per character (full-width digits and letters, ideographic
 * and other spaces, circled digits become plain ones), dashes and spaces made one, invisible
 * characters dropped. Each folded code unit remembers its character's place in the original, so a
 * finding points at the original text.
 */
function fold(original: string): Folded {
  const folded: Folded = { text: '', starts: [], ends: [] };
  let at = 0;
  for (const char of original) {
    const start = at;
    at += char.length;
    if (INVISIBLE().test(char)) continue;
    const plain = char.normalize('NFKC').replace(DASH, '-').replace(SPACE, ' ');
    folded.text += plain;
    for (let i = 0; i < plain.length; i += 1) {
      folded.starts.push(start);
      folded.ends.push(at);
    }
  }
  return folded;
}

type Span = Pick<SensitiveFinding, 'kind' | 'start' | 'end'> & { masked: string };

/** Valid values of every kind in the original text's offsets, in reading order. */
function findSpans(original: string): Span[] {
  const { text, starts, ends } = fold(original);
  const spans: Span[] = [];
  for (const { kind, pattern, isValid, mask } of DETECTORS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isValid(match[0].replace(/[^\dXx]/gu, ''), text.slice(Math.max(0, start - 10), start))) continue;
      if (spans.some((span) => span.start < end && start < span.end)) continue;
      spans.push({ kind, start, end, masked: mask(match[0]) });
    }
  }
  return spans
    .map((span) => ({ ...span, start: starts[span.start] ?? 0, end: ends[span.end - 1] ?? original.length }))
    .sort((a, b) => a.start - b.start);
}

const EXCERPT_REACH = 10;

/** The text around `span` on its line, every value found there masked (a value cut by the window is taken whole). */
function excerpt(text: string, span: Span, spans: readonly Span[]): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  let from = Math.max(lineStart, span.start - EXCERPT_REACH);
  let to = Math.min(lineEnd, span.end + EXCERPT_REACH);
  const inWindow = spans.filter((other) => other.start < to && from < other.end);
  for (const other of inWindow) {
    from = Math.min(from, other.start);
    to = Math.max(to, other.end);
  }
  let shown = '';
  let at = from;
  for (const other of inWindow) {
    shown += text.slice(at, other.start) + other.masked;
    at = other.end;
  }
  shown += text.slice(at, to);
  return `${from > lineStart ? '…' : ''}${shown.replace(/\r/gu, '')}${to < lineEnd ? '…' : ''}`;
}

/** Unmasked mobile numbers, resident ID numbers and bank card numbers in `text`, in reading order. */
export function findSensitiveData(text: string): SensitiveFinding[] {
  const spans = findSpans(text);
  return spans.map((span) => ({
    kind: span.kind,
    start: span.start,
    end: span.end,
    excerpt: excerpt(text, span, spans),
    line: text.slice(0, span.start).split('\n').length,
  }));
}

/**
 * The text with every mobile, ID and bank card number `findSensitiveData` finds masked in place
 * (text residents write that the public or other people see).
 */
export function maskSensitiveData(text: string): string {
  let masked = text;
  for (const span of findSpans(text).reverse()) masked = masked.slice(0, span.start) + span.masked + masked.slice(span.end);
  return masked;
}

const KIND_NAMES: Record<SensitiveKind, string> = {
  MOBILE: '手机号',
  ID_NUMBER: '身份证号',
  BANK_CARD: '银行卡号',
};

/** A short description for staff, e.g. `第3行有未遮挡的手机号：…联系电话138****1234，请…`. */
export function describeFinding(finding: Pick<SensitiveFinding, 'kind' | 'line' | 'excerpt'>): string {
  return `第${finding.line}行有未遮挡的${KIND_NAMES[finding.kind]}：${finding.excerpt}`;
}
