import type { PolicyTable } from '@govopen/shared';
import { labelOf } from './metadata';
import { isPipeRule, type TextLine } from './text-line';

// Attachment tables (任务清单, 任务分解表) reach us flattened in one of three layouts:
//   one cell a line, each behind a tab, rows separated by a blank line;
//   one row a line, cells separated by tabs;
//   one row a line, cells separated by `|` (with an optional |---|---| rule under the header).
// A table starts at a row of known column names, or at any header ruled off with |---| as the
// readers of Word and HTML files write real tables; an empty cell means "same as above".

type Layout = 'cell-per-line' | 'tab-separated' | 'pipe-separated';

function layoutOf(text: string): Layout | null {
  if (text.includes('|')) return 'pipe-separated';
  if (/^\t[^\t]*$/u.test(text)) return 'cell-per-line';
  if (text.includes('\t')) return 'tab-separated';
  return null;
}

function cellsOf(text: string, layout: Layout): string[] {
  switch (layout) {
    case 'cell-per-line':
      return [text.trim()];
    case 'tab-separated':
      return text.split('\t').map((cell) => cell.trim());
    case 'pipe-separated':
      return text
        .trim()
        .replace(/^\|/u, '')
        .replace(/\|$/u, '')
        .split('|')
        .map((cell) => cell.trim());
  }
}

/** Column names of task tables, in their Simplified form. */
const KNOWN_COLUMNS = new Set([
  '序号',
  '编号',
  '任务',
  '重点任务',
  '工作任务',
  '主要任务',
  '任务内容',
  '工作内容',
  '具体要求',
  '工作要求',
  '工作措施',
  '具体措施',
  '牵头单位',
  '责任单位',
  '配合单位',
  '牵头部门',
  '责任部门',
  '完成时限',
  '完成时间',
  '时间要求',
  '时限',
  '备注',
]);
const MAX_COLUMN_NAME_LENGTH = 12;

function isHeader(simpleCells: readonly string[]): boolean {
  const names = simpleCells.map((cell) => cell.replace(/\s+/gu, ''));
  return (
    names.every((name) => name.length <= MAX_COLUMN_NAME_LENGTH) &&
    names.filter((name) => KNOWN_COLUMNS.has(name)).length >= 2
  );
}

/** A `|` header ruled off underneath, whose cells are column names, not metadata labels. */
function isRuledHeader(lines: readonly TextLine[], row: Row, layout: Layout): boolean {
  const below = lines[row.end];
  return layout === 'pipe-separated' && below !== undefined && isPipeRule(below.text) && row.simpleCells.every((cell) => labelOf(cell, true) === undefined);
}

interface Row {
  cells: string[];
  simpleCells: string[];
  /** Index of the line after the row. */
  end: number;
}

function readRow(lines: readonly TextLine[], start: number, layout: Layout): Row {
  let end = start + 1;
  if (layout === 'cell-per-line') {
    while (lines[end] !== undefined && layoutOf(lines[end]!.text) === layout) end++;
  }
  const rowLines = lines.slice(start, end);
  return {
    cells: rowLines.flatMap((line) => cellsOf(line.text, layout)),
    simpleCells: rowLines.flatMap((line) => cellsOf(line.simple, layout)),
    end,
  };
}

/** Where the next row of the table starts, past blank lines and |---| rules; null at its end. */
function nextRowStart(lines: readonly TextLine[], from: number, layout: Layout): number | null {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '' || isPipeRule(text)) continue;
    return layoutOf(text) === layout ? i : null;
  }
  return null;
}

const ATTACHMENT_MARK = /^(?:附件|附表)\s*\d*\s*[:：]?\s*/u;
const MAX_TITLE_LENGTH = 60;
/** A labelled line above a table (联系电话：…, 公示期：…) says something else; 表1：… names the table. */
const LABELLED_LINE = /^(?!表\s*\d)\p{Script=Han}{1,6}\s*[:：]\s*\S/u;

/**
 * The table's title is the line above it, such as 2022年度全区政务公开工作重点任务清单, or what
 * follows "附件：" when only the attachment mark stands there.
 */
function titleAbove(lines: readonly TextLine[], start: number): string | null {
  for (let i = start - 1; i >= 0; i--) {
    const { text, simple } = lines[i]!;
    if (text.trim() === '') continue;
    const mark = ATTACHMENT_MARK.exec(simple);
    const title = (mark ? text.slice(mark[0].length) : text).trim();
    if (title === '') continue;
    return title.length <= MAX_TITLE_LENGTH && !/[。；]$/u.test(title) && !LABELLED_LINE.test(title) ? title : null;
  }
  return null;
}

/**
 * Column names for rows wider than their header. In task tables a merged header cell spans the
 * task's area and its item (槐荫: 工作任务 over two columns), so the extra columns go right after
 * the task column as "工作任务（细项）"; without a task column they are appended as "第N列".
 */
function columnsFor(header: readonly string[], simpleHeader: readonly string[], width: number): string[] {
  const extra = width - header.length;
  if (extra <= 0) return [...header];
  const task = simpleHeader.findIndex((name) => name.includes('任务'));
  if (task < 0) {
    return [...header, ...Array.from({ length: extra }, (_, k) => `第${header.length + k + 1}列`)];
  }
  const name = header[task]!;
  const details = Array.from({ length: extra }, (_, k) => `${name}（细项${extra > 1 ? k + 1 : ''}）`);
  return [...header.slice(0, task + 1), ...details, ...header.slice(task + 1)];
}

/** Empty cells of merged (spanning) cells take the value of the cell above. */
function fillFromAbove(rows: string[][]): void {
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === '' && r > 0) row[c] = rows[r - 1]![c] ?? '';
    });
  });
}

/** Rows of a numbered table must run 1, 2, 3 …: a gap means a row was lost in extraction. */
function numberingProblem(table: PolicyTable, simpleFirstColumn: string): string | null {
  if (simpleFirstColumn !== '序号' && simpleFirstColumn !== '编号') return null;
  const wrong = table.rows.findIndex((row, r) => row[0]?.normalize('NFKC') !== String(r + 1));
  return wrong < 0
    ? null
    : `表格「${table.title}」的序号不连续：第 ${wrong + 1} 行的序号是「${table.rows[wrong]![0]}」，请核对是否漏了行`;
}

export interface FoundTables {
  tables: PolicyTable[];
  /** Indexes of the lines that belong to a table (its rows and the blank lines between them). */
  lines: Set<number>;
  warnings: string[];
}

export function findTables(lines: readonly TextLine[]): FoundTables {
  const found: FoundTables = { tables: [], lines: new Set(), warnings: [] };
  for (let start = 0; start < lines.length; start++) {
    const layout = layoutOf(lines[start]!.text);
    if (layout === null) continue;
    const header = readRow(lines, start, layout);
    if (!isHeader(header.simpleCells) && !isRuledHeader(lines, header, layout)) continue;

    const rows: string[][] = [];
    let end = header.end;
    for (let next = nextRowStart(lines, end, layout); next !== null; next = nextRowStart(lines, end, layout)) {
      const row = readRow(lines, next, layout);
      rows.push(row.cells);
      end = row.end;
    }
    const width = Math.max(header.cells.length, ...rows.map((row) => row.length));
    const title = titleAbove(lines, start) ?? `表${found.tables.length + 1}`;
    rows.forEach((row, r) => {
      if (row.length < width) {
        found.warnings.push(`表格「${title}」第 ${r + 1} 行只有 ${row.length} 格（应有 ${width} 格），缺的格按“同上”补齐`);
        row.push(...Array<string>(width - row.length).fill(''));
      }
    });
    fillFromAbove(rows);
    const table = { title, columns: columnsFor(header.cells, header.simpleCells, width), rows };
    const problem = numberingProblem(table, header.simpleCells[0] ?? '');
    if (problem) found.warnings.push(problem);
    found.tables.push(table);
    for (let i = start; i < end; i++) found.lines.add(i);
    start = end - 1;
  }
  return found;
}
