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
 * The document's lines cleaned of extraction and scraping debris, without losing its text: pinyin
 * readings glued after characters, page numbers, running headers and breadcrumbs, and line breaks
 * in the middle of sentences. Blank lines stay, as they separate paragraphs and table rows. The
 * indent of a line is only dropped at the end, as it tells where a PDF's paragraphs start.
 */
export function cleanText(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\f/gu, `\n${PAGE_BREAK}\n`)
    .split(/\r\n|[\r\n\u2028\u2029]/u)
    .map((line) => stripPinyinReadings(trimEnd(line)));
  return joinWrappedLines(dropPageDebris(lines)).map(normalizeSpaces);
}
