import * as z from 'zod';
import { DISCLOSURES, VALIDITIES } from './policy';

// Limits keep one policy within a DynamoDB item (400 KB) and its list entries within one transaction.
export const POLICY_LIMITS = Object.freeze({
  titleLength: 200,
  bodyLength: 100_000,
  sections: 600,
  tables: 10,
  tableRows: 500,
  tableColumns: 12,
  cellLength: 2_000,
  topics: 6,
  targetGroups: 6,
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期要写成 年-月-日，例如 2022-06-28。')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, '这个日期不存在。');

const text = (max: number, label: string) => z.string().max(max, `${label}太长了，最多 ${max} 个字。`);

const HEADING_LENGTH = 500;
const TABLE_TITLE_LENGTH = 200;
const COLUMN_LENGTH = 100;

/** The start of a text too long to quote whole, so staff can find it in the document. */
const opening = (text: string) => (text.length > 20 ? `${text.slice(0, 20).replace(/[，、；：,;:\s]+$/u, '')}……` : text);

type Section = { level: number; heading: string; text: string };
type Table = { title: string; columns: string[]; rows: string[][] };

/**
 * A section's limits, said with its place in the document (第 3 节) and what to do, never as a field
 * path (sections.2.heading): staff find the section by its number and its first words.
 */
function checkSection(section: Section, at: number): Array<{ path: PropertyKey[]; message: string }> {
  const place = `第 ${at + 1} 节`;
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  if (section.heading.length > HEADING_LENGTH) {
    problems.push({ path: ['heading'], message: `${place}的小标题太长了（最多 ${HEADING_LENGTH} 个字）：“${opening(section.heading)}”。小标题到第一个句号为止，请在小标题末尾加上句号。` });
  }
  if (section.text.length > POLICY_LIMITS.bodyLength) problems.push({ path: ['text'], message: `${place}的正文太长了（最多 ${POLICY_LIMITS.bodyLength} 个字），请分成几节。` });
  return problems;
}

/** A table's limits, said as 第 2 张表第 5 行第 3 格. */
function checkTable(table: Table, at: number): Array<{ path: PropertyKey[]; message: string }> {
  const place = `第 ${at + 1} 张表`;
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  if (table.title.length > TABLE_TITLE_LENGTH) problems.push({ path: ['title'], message: `${place}的标题太长了，最多 ${TABLE_TITLE_LENGTH} 个字。` });
  if (table.columns.length === 0) problems.push({ path: ['columns'], message: `${place}没有表头。` });
  if (table.columns.length > POLICY_LIMITS.tableColumns) problems.push({ path: ['columns'], message: `${place}有 ${table.columns.length} 列，最多 ${POLICY_LIMITS.tableColumns} 列，请拆成几张表。` });
  table.columns.forEach((column, c) => {
    if (column.length > COLUMN_LENGTH) problems.push({ path: ['columns', c], message: `${place}第 ${c + 1} 列的表头太长了，最多 ${COLUMN_LENGTH} 个字。` });
  });
  if (table.rows.length > POLICY_LIMITS.tableRows) problems.push({ path: ['rows'], message: `${place}有 ${table.rows.length} 行，最多 ${POLICY_LIMITS.tableRows} 行，请拆成几张表。` });
  table.rows.forEach((row, r) => {
    if (row.length !== table.columns.length) problems.push({ path: ['rows', r], message: `${place}第 ${r + 1} 行有 ${row.length} 格，表头有 ${table.columns.length} 列，要一样多。` });
    row.forEach((cell, c) => {
      if (cell.length > POLICY_LIMITS.cellLength) problems.push({ path: ['rows', r, c], message: `${place}第 ${r + 1} 行第 ${c + 1} 格太长了（最多 ${POLICY_LIMITS.cellLength} 个字）：“${opening(cell)}”。` });
    });
  });
  return problems;
}

/** Each part of a list checked with its place: the problems are added under the part's own path. */
const eachChecked = <Part>(check: (part: Part, at: number) => Array<{ path: PropertyKey[]; message: string }>) => (parts: Part[], context: z.RefinementCtx) =>
  parts.forEach((part, at) => check(part, at).forEach(({ path, message }) => context.addIssue({ code: 'custom', path: [at, ...path], message })));

export const policyDraftSchema = z
  .object({
    title: text(POLICY_LIMITS.titleLength, '标题').trim().min(1, '请填写标题。'),
    documentNumber: text(100, '文号').nullable(),
    indexNumber: text(100, '索引号').nullable(),
    issuer: text(100, '发布机构').nullable(),
    writtenDate: isoDate.nullable(),
    publishedDate: isoDate.nullable(),
    validity: z.enum(VALIDITIES, { message: '效力状态只能是 有效、已修改 或 已废止。' }),
    repealedDate: isoDate.nullable(),
    disclosure: z.enum(DISCLOSURES, { message: '公开方式只能是 主动公开、依申请公开 或 不予公开。' }),
    topics: z.array(text(50, '主题')).max(POLICY_LIMITS.topics, `主题最多 ${POLICY_LIMITS.topics} 个。`),
    targetGroups: z.array(text(50, '适用对象')).max(POLICY_LIMITS.targetGroups, `适用对象最多 ${POLICY_LIMITS.targetGroups} 个。`),
    body: text(POLICY_LIMITS.bodyLength, '正文').min(1, '正文不能为空。'),
    sections: z
      .array(z.object({ level: z.number().int().min(1).max(4), heading: z.string(), text: z.string() }))
      .max(POLICY_LIMITS.sections, `小标题太多了，最多 ${POLICY_LIMITS.sections} 个。`)
      .superRefine(eachChecked(checkSection)),
    tables: z
      .array(z.object({ title: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }))
      .max(POLICY_LIMITS.tables, `附表太多了，最多 ${POLICY_LIMITS.tables} 张。`)
      .superRefine(eachChecked(checkTable)),
  })
  .refine((draft) => draft.repealedDate === null || draft.validity === 'REPEALED', {
    message: '只有已废止的文件才有废止日期。',
    path: ['repealedDate'],
  });

/** Fields a sidecar `<file>.meta.json` may supply or correct for an imported document. */
export const policyMetadataOverrideSchema = z
  .object({
    title: text(POLICY_LIMITS.titleLength, '标题'),
    documentNumber: text(100, '文号').nullable(),
    indexNumber: text(100, '索引号').nullable(),
    issuer: text(100, '发布机构').nullable(),
    writtenDate: isoDate.nullable(),
    publishedDate: isoDate.nullable(),
    validity: z.enum(VALIDITIES),
    repealedDate: isoDate.nullable(),
    disclosure: z.enum(DISCLOSURES),
    topics: z.array(text(50, '主题')),
    targetGroups: z.array(text(50, '适用对象')),
  })
  .partial()
  .strict();
