import { toSimplified } from '@govopen/shared';

// Lines that belong to the page the document was printed on or shown in, not to the document:
// PDF page numbers and running headers, and a web page's breadcrumb trail.

const PAGE_NUMBER = [
  /^[-—–－‒―─]+\s*\d+\s*[-—–－‒―─]+$/u, // — 3 —, - 2 -
  /^第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?$/u, // 第 3 页 共 10 页
  /^共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页$/u, // 共 10 页 第 3 页
];

const BREADCRUMB = [/^(?:当前位置|您的位置|您当前的位置|您现在的位置|当前所在位置)\s*[:：]/u, /^首页\s*[>＞»]/u];

/** A running header or footer is short and recurs on page after page. */
const RUNNING_HEADER_MAX_LENGTH = 30;
const RUNNING_HEADER_MIN_REPEATS = 3;

function recogniserForm(line: string): string {
  return toSimplified(line.normalize('NFKC')).trim();
}

/** Table rows (tab- or pipe-separated cells) repeat legitimately: 全年, 区政府各部门 … */
function isTableLine(line: string): boolean {
  return line.includes('\t') || line.includes('|');
}

function runningHeaders(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || isTableLine(line) || trimmed.length > RUNNING_HEADER_MAX_LENGTH) continue;
    counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= RUNNING_HEADER_MIN_REPEATS).map(([line]) => line));
}

function isPageDebris(line: string, headers: Set<string>): boolean {
  if (isTableLine(line)) return false;
  const form = recogniserForm(line);
  return (
    headers.has(line.trim()) ||
    PAGE_NUMBER.some((pattern) => pattern.test(form)) ||
    BREADCRUMB.some((pattern) => pattern.test(form))
  );
}

/**
 * The lines without page numbers, running headers and breadcrumbs. A page break is not a paragraph
 * break, so the blank lines around a dropped line go with it and the sentence the page cut can be
 * run on again; next to a table a single blank line stays, because there it separates rows.
 */
export function dropPageDebris(lines: string[]): string[] {
  const headers = runningHeaders(lines);
  const kept: string[] = [];
  let skippingBlanks = false;
  for (const line of lines) {
    if (isPageDebris(line, headers)) {
      while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
      const previous = kept[kept.length - 1];
      if (previous !== undefined && isTableLine(previous)) kept.push('');
      skippingBlanks = true;
      continue;
    }
    if (line === '' && skippingBlanks) continue;
    skippingBlanks = false;
    kept.push(line);
  }
  return kept;
}
