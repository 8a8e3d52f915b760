import { dropPageDebris } from './page-debris';
import { stripPinyinReadings } from './pinyin';
import { joinWrappedLines } from './wrapped-lines';

/**
 * Trims the spaces around a line: ASCII, full-width (the two-character paragraph indent) and
 * non-breaking ones. Tabs stay, because in flattened tables they mark cells, empty ones included.
 */
function normalizeSpaces(line: string): string {
  return line.replace(/[\u3000\u00a0]/gu, ' ').replace(/^ +| +$/gu, '');
}

/**
 * The document's lines cleaned of extraction and scraping debris, without losing its text: pinyin
 * readings glued after characters, page numbers, running headers and breadcrumbs, and line breaks
 * in the middle of sentences. Blank lines stay, as they separate paragraphs and table rows.
 */
export function cleanText(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|[\r\n\f\u2028\u2029]/u)
    .map((line) => stripPinyinReadings(normalizeSpaces(line)));
  return joinWrappedLines(dropPageDebris(lines));
}
