import { dropPageDebris, PAGE_BREAK } from './page-debris';
import { stripPinyinReadings } from './pinyin';
import { joinWrappedLines } from './wrapped-lines';

/** Spaces at the end of a line say nothing; tabs stay, as in flattened tables they mark (empty) cells. */
function trimEnd(line: string): string {
  return line.replace(/[ \u3000\u00a0]+$/u, '');
}

/** Full-width and non-breaking spaces as ASCII ones, without the indent the line opened with. */
function normalizeSpaces(line: string): string {
  return line.replace(/[\u3000\u00a0]/gu, ' ').replace(/^ +/u, '');
}

/**
 * OCR of a scan often sets a space between every two characters (政 务 公 开 工 作, 8 0 周 岁): where
 * most of a line's characters stand alone, the spaces between them go; words of Latin letters keep
 * theirs.
 */
function closeLetterSpacing(line: string): string {
  const tokens = line.trim().split(/ +/u);
  const single = tokens.filter((token) => [...token].length === 1).length;
  if (tokens.length < 5 || single < tokens.length * 0.7) return line;
  return tokens.reduce((text, token) => (text === '' ? token : text + (/[A-Za-z]{2}$/u.test(text) && /^[A-Za-z]{2}/u.test(token) ? ' ' : '') + token), '');
}

/** A line of the source with its number (1-based), so that what is read from it can say where. */
export interface SourceLine {
  text: string;
  line: number;
}

/**
 * The document's lines cleaned of extraction and scraping debris, without losing its text: pinyin
 * readings glued after characters, page numbers, running headers and breadcrumbs, and line breaks
 * in the middle of sentences. Blank lines stay, as they separate paragraphs and table rows. The
 * indent of a line is only dropped at the end, as it tells where a PDF's paragraphs start.
 */
export function cleanLines(text: string): SourceLine[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|[\r\n\u2028\u2029]/u)
    .flatMap((source, index) =>
      source
        .split('\f')
        .flatMap((piece, p) => (p === 0 ? [piece] : [PAGE_BREAK, piece]))
        .map((piece) => ({ text: closeLetterSpacing(stripPinyinReadings(trimEnd(piece))), line: index + 1 })),
    );
  return joinWrappedLines(dropPageDebris(lines)).map((line) => ({ ...line, text: normalizeSpaces(line.text) }));
}

/** The cleaned lines' text. */
export function cleanText(text: string): string[] {
  return cleanLines(text).map((line) => line.text);
}
