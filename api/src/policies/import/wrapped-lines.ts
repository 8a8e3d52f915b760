import { toSimplified } from '@govopen/shared';
import { dateOnLineOfItsOwn } from './dates';
import { headingLevel } from './headings';
import { isMetadataLine } from './metadata';
import { SENTENCE_END } from './text-line';

// Text extracted from a PDF breaks every line at the page width, in the middle of sentences.
// A line is run on into the next when it (a) reaches the page's line width, (b) is followed by a
// line that is not a heading, a table cell, metadata or a date, and (c) does not end its paragraph:
// where the extraction kept the two-character indent that opens every paragraph of an official
// document, a paragraph ends before an indented line; otherwise where a line ends a sentence (。；：
// ！？” …), which also splits the rare paragraph whose line happens to end on a full stop.
// (a) is what keeps titles, signatures and headings, which do not end with a full stop either,
// apart from the paragraph under them: they are shorter than a full line.

/** The narrowest lines a real page width can be told from: about ten Chinese characters. */
const MIN_PAGE_WIDTH = 20;
/** A page width is only believed when this many lines run on at it. */
const MIN_WRAPPED_LINES = 3;
/** Line-breaking rules push a character or two to the next line, so full lines vary a little. */
const WIDTH_TOLERANCE = 4;
/** Indentation is only believed to mark paragraphs when this many lines show it. */
const MIN_INDENTED_PARAGRAPHS = 3;

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

function isIndented(line: string): boolean {
  return /^(?:\u3000|[ \u00a0]{2,})/u.test(line);
}

/** How a paragraph's end is told: by the indent of the next line, or by the end of a sentence. */
type ParagraphMark = 'indent' | 'sentence-end';

/**
 * Paragraphs are marked by indentation when, of the lines that follow the end of a sentence, more
 * than half are indented, and at least a few: a centred title or a signature set right alone is
 * indented too, but does not make the indent the mark of a paragraph.
 */
function paragraphMark(lines: readonly string[]): ParagraphMark {
  const afterSentenceEnd = lines.filter((line, i) => i > 0 && isProse(line) && SENTENCE_END.test(lines[i - 1]!));
  const indented = afterSentenceEnd.filter(isIndented).length;
  return indented >= MIN_INDENTED_PARAGRAPHS && indented * 2 > afterSentenceEnd.length ? 'indent' : 'sentence-end';
}

function runsOn(line: string, next: string | undefined, mark: ParagraphMark): next is string {
  if (!isProse(line) || !canContinue(next)) return false;
  return mark === 'indent' ? !isIndented(next) : !SENTENCE_END.test(line);
}

/**
 * The width at which the text was wrapped, or null when its lines were not wrapped: the width
 * that most lines running on into the next reach, give or take the tolerance.
 */
function pageWidth(lines: readonly string[], mark: ParagraphMark): number | null {
  // A heading standing above its paragraph runs on too, but is no evidence of the page's width.
  const widths = lines.flatMap((line, i) => (runsOn(line, lines[i + 1], mark) && headingLevel(toSimplified(line)) === null ? [displayWidth(line)] : []));
  let best = { width: 0, lines: 0 };
  for (const width of new Set(widths)) {
    const near = widths.filter((w) => w <= width && w >= width - WIDTH_TOLERANCE).length;
    if (near > best.lines || (near === best.lines && width > best.width)) best = { width, lines: near };
  }
  return best.width >= MIN_PAGE_WIDTH && best.lines >= MIN_WRAPPED_LINES ? best.width : null;
}

/** Between two Latin letters or digits a line break stood for a space; in Chinese for nothing. */
export function joint(before: string, after: string): string {
  return /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? ' ' : '';
}

/** Lines as extracted, with their leading spaces (the indent) and without trailing ones. */
export function joinWrappedLines<Line extends { text: string }>(lines: readonly Line[]): Line[] {
  const texts = lines.map((line) => line.text);
  const mark = paragraphMark(texts);
  const width = pageWidth(texts, mark);
  if (width === null) return [...lines];
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let paragraph = texts[i] ?? '';
    let last = paragraph;
    let next = texts[i + 1];
    const first = lines[i]!;
    while (runsOn(last, next, mark) && displayWidth(last) >= width - WIDTH_TOLERANCE) {
      const continuation = next.trim();
      paragraph += joint(paragraph, continuation) + continuation;
      last = next;
      i++;
      next = texts[i + 1];
    }
    joined.push({ ...first, text: paragraph });
  }
  return joined;
}
