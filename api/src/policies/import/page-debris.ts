import { toSimplified } from '@govopen/shared';

// Lines that belong to the page the document was printed on or shown in, not to the document:
// PDF page numbers, page breaks (form feeds) and running headers, and a web page's breadcrumbs.

/** The line a form feed (page break in extracted text) is turned into. */
export const PAGE_BREAK = '\f';

const PAGE_NUMBER = [
  /^[-—–－‒―─]+\s*\d+\s*[-—–－‒―─]+$/u, // — 3 —, - 2 -
  /^第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?$/u, // 第 3 页 共 10 页
  /^共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页$/u, // 共 10 页 第 3 页
];

const BREADCRUMB = [/^(?:当前位置|您的位置|您当前的位置|您现在的位置|当前所在位置)\s*[:：]/u, /^首页\s*[>＞»]/u];

/** A running header or footer is short and recurs on page after page. */
const RUNNING_HEADER_MAX_LENGTH = 30;
const RUNNING_HEADER_MIN_REPEATS = 3;
/** How far (in lines of text) a header or footer stands from the page break or page number. */
const PAGE_EDGE_LINES = 2;

function recogniserForm(line: string): string {
  return toSimplified(line.normalize('NFKC')).trim();
}

/** Table rows (tab- or pipe-separated cells) repeat legitimately: 全年, 区政府各部门 … */
function isTableLine(line: string): boolean {
  return line.includes('\t') || line.includes('|');
}

function isPageBoundary(line: string): boolean {
  return line === PAGE_BREAK || PAGE_NUMBER.some((pattern) => pattern.test(recogniserForm(line)));
}

/** Whether a line stands at the top or bottom of a page: near a page break, a page number, or the text's ends. */
function atPageEdge(lines: readonly string[], index: number): boolean {
  return [-1, 1].some((step) => {
    let seen = 0;
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]!;
      if (isPageBoundary(line)) return true;
      if (line.trim() !== '' && ++seen >= PAGE_EDGE_LINES) return false;
    }
    return true;
  });
}

/**
 * Short lines that recur at the edge of every page. Both conditions are needed: the tail of a
 * paragraph such as "实)" recurs too, but in the middle of pages; without page numbers or page
 * breaks a header cannot be told from text, and is kept rather than risking the loss of text.
 */
function runningHeaders(lines: readonly string[]): Set<string> {
  const places = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || isTableLine(line) || trimmed.length > RUNNING_HEADER_MAX_LENGTH) return;
    places.set(trimmed, [...(places.get(trimmed) ?? []), index]);
  });
  const headers = [...places].filter(
    ([, indexes]) => indexes.length >= RUNNING_HEADER_MIN_REPEATS && indexes.every((i) => atPageEdge(lines, i)),
  );
  return new Set(headers.map(([line]) => line));
}

function isPageDebris(line: string, headers: Set<string>): boolean {
  if (isTableLine(line)) return false;
  return (
    headers.has(line.trim()) ||
    isPageBoundary(line) ||
    BREADCRUMB.some((pattern) => pattern.test(recogniserForm(line)))
  );
}

/**
 * The lines without page numbers, page breaks, running headers and breadcrumbs. A page break is
 * not a paragraph break, so the blank lines around a dropped line go with it and the sentence the
 * page cut can be run on again; next to a table one blank line stays, as there it separates rows.
 */
export function dropPageDebris(lines: readonly string[]): string[] {
  const headers = runningHeaders(lines);
  const kept: string[] = [];
  let skippingBlanks = false;
  for (const line of lines) {
    if (isPageDebris(line, headers)) {
      while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
      const previous = kept[kept.length - 1];
      if (previous !== undefined && isTableLine(previous)) kept.push('');
      skippingBlanks = true;
      continue;
    }
    if (line.trim() === '' && skippingBlanks) continue;
    skippingBlanks = false;
    kept.push(line);
  }
  return kept;
}
