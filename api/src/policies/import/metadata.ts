import { toSimplified } from '@govopen/shared';
import { isPipeRule, type TextLine } from './text-line';

// The 政府信息公开 metadata a web page shows above a document: "label: value" pairs, as `|` rows
// (索 引 号: | 11640112010148754W/2022-00206 | 效力状态: | 有效 |), tab rows, or one label a line;
// and the header lines of a telegram (明传电报: 发电单位, 签发, 等级, 发往).

export type MetadataField =
  | 'title'
  | 'documentNumber'
  | 'indexNumber'
  | 'issuer'
  | 'writtenDate'
  | 'publishedDate'
  | 'validity'
  | 'repealedDate'
  | 'disclosure';

/** What a header says that a policy has no field for, shown to staff in the import preview. */
export type NoteField = 'recipients' | 'signedBy' | 'urgency' | 'classification';

/** Labels in their Simplified form without spaces; null marks labels that are known but not kept. */
const LABELS: Record<string, MetadataField | NoteField | null> = {
  名称: 'title',
  标题: 'title',
  文件名称: 'title',
  文号: 'documentNumber',
  发文字号: 'documentNumber',
  发文文号: 'documentNumber',
  发文号: 'documentNumber',
  索引号: 'indexNumber',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文机构: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  制发机关: 'issuer',
  成文日期: 'writtenDate',
  成文时间: 'writtenDate',
  发文日期: 'writtenDate',
  生成日期: 'writtenDate',
  发布日期: 'publishedDate',
  发布时间: 'publishedDate',
  公开日期: 'publishedDate',
  效力状态: 'validity',
  有效性: 'validity',
  时效性: 'validity',
  废止日期: 'repealedDate',
  失效日期: 'repealedDate',
  公开方式: 'disclosure',
  公开形式: 'disclosure',
  公开属性: 'disclosure',
  发电单位: 'issuer',
  发文单位名称: 'issuer',
  电报号: 'documentNumber',
  发往: 'recipients',
  发往单位: 'recipients',
  主送: 'recipients',
  主送机关: 'recipients',
  签发: 'signedBy',
  签发人: 'signedBy',
  签批: 'signedBy',
  签批盖章: 'signedBy',
  等级: 'urgency',
  紧急程度: 'urgency',
  缓急: 'urgency',
  密级: 'classification',
  责任部门: null,
  主题分类: null,
  组配分类: null,
  体裁分类: null,
  服务对象: null,
  主题词: null,
  关键词: null,
  图文解读: null,
  信息来源: null,
  来源: null,
  作者: null,
  编辑: null,
  浏览次数: null,
  访问次数: null,
  阅读次数: null,
  点击数: null,
  字号: null,
  字体: null,
};

/**
 * A label spaced out to the width of the others (文　　号：, 名    称：): its characters run together
 * first, or its wide gap would be taken for the gap between two cells.
 */
const SPACED_LABEL = /(^|[|\t]| {2,})((?:\p{Script=Han} +){1,4}\p{Script=Han})(?= *[:：])/gu;

/** Cells of a metadata row: split at pipes, tabs, or the wide gaps of text laid out in columns. */
function cellsOf(text: string): string[] {
  return text
    .replace(SPACED_LABEL, (_, before: string, label: string) => before + label.replace(/ +/gu, ''))
    .split(/[|\t]| {2,}/u)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

type Label = { field: MetadataField | NoteField | null; value: string };

/**
 * The label a cell starts with ("索 引 号:", "发布机构：灵武市人民政府办公室") and the value written
 * after it. Inside a row of several cells a label may also stand without its colon.
 */
export function labelOf(cell: string, inRow: boolean): Label | undefined {
  const colon = cell.search(/[:：]/u);
  const name = colon >= 0 ? cell.slice(0, colon) : inRow ? cell : '';
  const key = toSimplified(name).replace(/\s+/gu, '');
  if (!(key in LABELS)) return undefined;
  return { field: LABELS[key] ?? null, value: colon >= 0 ? cell.slice(colon + 1).trim() : '' };
}

/** Whether the line opens with a metadata label, as "发布日期：2022-05-27" does. */
export function isMetadataLine(text: string): boolean {
  const cells = cellsOf(text);
  const first = cells[0];
  return first !== undefined && labelOf(first, cells.length > 1) !== undefined;
}

export interface Metadata {
  /** The raw value written for each field, the first one when a field is given twice. */
  values: Partial<Record<MetadataField | NoteField, string>>;
  /** Index of the line each value was read from. */
  at: Partial<Record<MetadataField | NoteField, number>>;
  /** Indexes of the lines that make up the metadata, which are not part of the body. */
  lines: Set<number>;
}

/**
 * Reads the metadata rows. A label left without a value takes the next cell, which may stand on the
 * following line of a `|` table ("图文解读: |" then "一图速览《…》 |").
 */
export function readMetadata(lines: readonly TextLine[]): Metadata {
  const values: Metadata['values'] = {};
  const at: Metadata['at'] = {};
  const metadataLines = new Set<number>();
  let waiting: Label | undefined;
  lines.forEach(({ text }, index) => {
    const cells = cellsOf(text);
    const first = cells[0];
    const opensWithLabel = first !== undefined && labelOf(first, cells.length > 1) !== undefined;
    const continuesTable = metadataLines.has(index - 1) && text.includes('|');
    if (!opensWithLabel && !continuesTable) {
      waiting = undefined;
      return;
    }
    metadataLines.add(index);
    if (isPipeRule(text)) return;
    for (const cell of cells) {
      const label = labelOf(cell, cells.length > 1);
      const value = label ? label.value : cell;
      if (label) waiting = label;
      if (value === '' || waiting === undefined) continue;
      if (waiting.field !== null && values[waiting.field] === undefined) {
        values[waiting.field] = value;
        at[waiting.field] = index;
      }
      waiting = undefined;
    }
  });
  return { values, at, lines: metadataLines };
}
