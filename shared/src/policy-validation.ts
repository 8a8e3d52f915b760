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
      .array(z.object({ level: z.number().int().min(1).max(4), heading: text(500, '小标题'), text: text(POLICY_LIMITS.bodyLength, '段落') }))
      .max(POLICY_LIMITS.sections, '小标题太多了。'),
    tables: z
      .array(
        z.object({
          title: text(200, '表格标题'),
          columns: z.array(text(100, '表头')).min(1).max(POLICY_LIMITS.tableColumns, '表格的列太多了。'),
          rows: z.array(z.array(text(POLICY_LIMITS.cellLength, '表格内容'))).max(POLICY_LIMITS.tableRows, '表格的行太多了。'),
        }),
      )
      .max(POLICY_LIMITS.tables, '附表太多了。'),
  })
  .refine((draft) => draft.tables.every((t) => t.rows.every((row) => row.length === t.columns.length)), {
    message: '表格每一行的格数要和表头一样多。',
    path: ['tables'],
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
