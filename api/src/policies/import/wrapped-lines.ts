import { toSimplified } from '@govopen/shared';
import { dateOnLineOfItsOwn } from './dates';
import { headingLevel } from './headings';
import { isMetadataLine } from './metadata';
import { SENTENCE_END } from './text-line';

// Text extracted from a PDF breaks every line at the page width, in the middle of sentences.
// A line is run on into the next when it (a) does not end a sentence, (b) reaches the page's line
// width, and (c) is followed by a line that is not a heading, a table cell, metadata or a date.
// (b) is what keeps titles, signatures and headings, which do not end with a full stop either,
// apart from the paragraph under them: they are shorter than a full line.

/** Width in half-width units: Chinese characters and full-width forms take two. */
function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += (ch.codePointAt(0) ?? 0) < 0x1100 ? 1 : 2;
  return width;
}

/** A line of running text, as opposed to a table row or a blank line. */
function isProse(line: string): boolean {
  return line.trim() !== '' && !line.includes('\t') && !line.includes('|');
}

function canContinue(next: string | undefined): next is string {
  return (
    next !== undefined &&
    isProse(next) &&
    headingLevel(toSimplified(next)) === null &&
    !isMetadataLine(next) &&
    dateOnLineOfItsOwn(next) === null
  );
}

function runsOn(line: string, next: string | undefined): next is string {
  return isProse(line) && !SENTENCE_END.test(line) && canContinue(next);
}

/** The narrowest lines a real page width can be told from: about ten Chinese characters. */
const MIN_PAGE_WIDTH = 20;
/** A page width is only believed when this many lines run on at it. */
const MIN_WRAPPED_LINES = 3;
/** Line-breaking rules push a character or two to the next line, so full lines vary a little. */
const WIDTH_TOLERANCE = 4;

/**
 * The width at which the text was wrapped, or null when its lines were not wrapped: the width
 * that most lines running on into the next reach, give or take the tolerance.
 */
function pageWidth(lines: readonly string[]): number | null {
  const widths = lines.flatMap((line, i) => (runsOn(line, lines[i + 1]) ? [displayWidth(line.trim())] : []));
  let best = { width: 0, lines: 0 };
  for (const width of new Set(widths)) {
    const near = widths.filter((w) => w <= width && w >= width - WIDTH_TOLERANCE).length;
    if (near > best.lines || (near === best.lines && width > best.width)) best = { width, lines: near };
  }
  return best.width >= MIN_PAGE_WIDTH && best.lines >= MIN_WRAPPED_LINES ? best.width : null;
}

/** Between two Latin letters or digits a line break stood for a space; in Chinese for nothing. */
function joint(before: string, after: string): string {
  return /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? ' ' : '';
}

export function joinWrappedLines(lines: readonly string[]): string[] {
  const width = pageWidth(lines);
  if (width === null) return [...lines];
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let paragraph = lines[i] ?? '';
    let last = paragraph;
    let next = lines[i + 1];
    while (runsOn(last, next) && displayWidth(last.trim()) >= width - WIDTH_TOLERANCE) {
      const continuation = next.trim();
      paragraph = paragraph.trimEnd() + joint(paragraph, continuation) + continuation;
      last = next;
      i++;
      next = lines[i + 1];
    }
    joined.push(paragraph);
  }
  return joined;
}
