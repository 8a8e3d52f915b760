import { MAINLAND_MOBILE, mobileDigits, OPTIONAL_MOBILE_REFUSED } from '@govopen/shared';
import * as z from 'zod';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { decimalSchema, isoDateSchema, keyName, optionalText, requiredText } from '../core/validation';
import { PROJECT_STATUSES, PROPOSAL_STATUSES } from './project-model';

// What clients may send about projects, with the plain-Chinese message for each mistake.

const MAX_YUAN = 1_000_000_000_000;

const yuan = (label: string) =>
  z.number({ message: `${label}要写成以元为单位的整数。` }).int(`${label}要写成以元为单位的整数。`).max(MAX_YUAN, `${label}太大了。`);

export const yearSchema = z.number({ message: '年份不正确。' }).int('年份不正确。').min(2000, '年份不正确。').max(2100, '年份不正确。');

export const projectIdSchema = z.string().regex(/^[0-9a-f]{16}$/u);
const updateIdSchema = z.string().regex(/^[0-9a-f]{16}$/u, '要更正的进展编号不正确。');

export const projectFilterSchema = z
  .object({
    year: yearSchema.nullish(),
    list: z.string().trim().max(50, '清单名称太长了。').nullish().transform((value) => value || undefined),
    status: z.enum(PROJECT_STATUSES).nullish(),
    department: z.string().trim().max(50, '部门名称太长了。').nullish().transform((value) => value || undefined),
  })
  .nullish();

export const projectInputSchema = z.object({
  year: yearSchema,
  list: keyName('清单名称', 50),
  order: z.number().int('排序要是 1 到 999 之间的整数。').min(1, '排序要是 1 到 999 之间的整数。').max(999, '排序要是 1 到 999 之间的整数。').nullish(),
  title: requiredText('项目名称', 100),
  summary: requiredText('项目简介', 2000),
  leadDepartment: keyName('牵头单位', 50).nullish(),
  cooperatingDepartments: z.array(keyName('配合单位', 50)).max(20, '配合单位最多 20 个。').nullish(),
  target: z.object({
    quantity: decimalSchema('目标数量要写成数字。', '目标数量太小了。').positive('目标数量要大于 0。').max(1e9, '目标数量太大了。'),
    unit: requiredText('目标单位', 10),
    text: requiredText('目标说明', 200),
  }),
  budgetPlanned: yuan('安排资金').min(0, '安排资金不能是负数。'),
  milestones: z
    .array(
      z.object({
        title: requiredText('节点名称', 100),
        plannedDate: isoDateSchema,
        weight: z.number().int('节点权重要是 1 到 100 之间的整数。').min(1, '节点权重要是 1 到 100 之间的整数。').max(100, '节点权重要是 1 到 100 之间的整数。').nullish(),
      }),
    )
    .max(50, '节点最多 50 个。')
    .nullish(),
  parentId: z.string().nullish(),
});

/** What may change after creation (updateProject); the reason is required only when target or budget changes. */
export const projectChangesSchema = projectInputSchema
  .pick({ title: true, summary: true, cooperatingDepartments: true, order: true, target: true, budgetPlanned: true })
  .extend({ reason: optionalText('调整原因', 500) });

export const versionSchema = z.number({ message: '版本号不正确，请刷新后再改。' }).int('版本号不正确，请刷新后再改。').min(1, '版本号不正确，请刷新后再改。');

export const updateInputSchema = z.object({
  text: requiredText('进展内容', 2000),
  figures: z
    .array(
      z.object({
        label: requiredText('数据名称', 30),
        value: decimalSchema('数据要写成数字。', '数据太小了。').min(-1e12, '数据太大了。').max(1e12, '数据太大了。'),
        unit: optionalText('数据单位', 10),
      }),
    )
    .max(10, '一条进展最多 10 项数据。')
    .nullish()
    .transform((value) => value ?? []),
  spending: yuan('本次使用资金').min(-MAX_YUAN, '本次使用资金太大了。').nullish().transform((value) => value || null),
  photos: z
    .array(z.string().max(200, '照片编号不正确。'))
    .max(9, '一条进展最多 9 张照片。')
    .nullish()
    .transform((value) => [...new Set(value ?? [])]),
  corrects: updateIdSchema.nullish().transform((value) => value ?? null),
});

export const reasonSchema = (label: string) => requiredText(label, 500);
export const noteSchema = optionalText('说明', 500);
/** A milestone put right (correctMilestone): the same name rules as at creation, and why. */
export const milestoneCorrectionSchema = z.object({ title: requiredText('节点名称', 100), plannedDate: isoDateSchema, reason: reasonSchema('调整原因') });


export const evaluationInputSchema = z.object({
  level: z.enum(SATISFACTION_LEVELS, { message: '请选择满意程度。' }),
  comment: optionalText('评价内容', 500),
});

export const proposalInputSchema = z.object({
  title: requiredText('建议的项目名称', 100),
  description: requiredText('建议内容', 2000),
  location: requiredText('地点', 100),
  contactMobile: z
    .string()
    .nullish()
    .transform((value) => mobileDigits(value ?? ''))
    .refine((value) => value === '' || MAINLAND_MOBILE.test(value), OPTIONAL_MOBILE_REFUSED)
    .transform((value) => value || null),
});

export const answerInputSchema = z.object({
  status: z.enum(PROPOSAL_STATUSES).refine((status) => status !== 'SUBMITTED', '答复要选择 采纳、合并 或 不予采纳。'),
  reply: requiredText('答复内容', 1000),
  projectId: z
    .string()
    .nullish()
    .transform((value) => value || null)
    .refine((value) => value === null || /^[0-9a-f]{16}$/u.test(value), '关联的项目编号不正确。'),
});

export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES).nullish();
