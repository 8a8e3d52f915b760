import * as z from 'zod';
import { describeFinding, findSensitiveData, unicodePattern } from '@govopen/shared';
import { badInput } from './errors';

/**
 * Checks client input against a zod schema. The first problem becomes a BAD_USER_INPUT error with the
 * schema's own plain-Chinese message and the field it concerns, so a form can point at it.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw badInput(issue?.message ?? '填写的内容不正确。', { field: issue?.path.join('.') ?? '' });
}

/**
 * Nothing private goes online (敏感信息不上网): text staff publish is refused while it carries an
 * unmasked mobile, ID or bank card number, naming the first field (for the form) and every finding.
 */
export function refuseUnmaskedData(fields: Record<string, string | null | undefined>): void {
  const findings = Object.entries(fields).flatMap(([field, value]) => findSensitiveData(value ?? '').map((finding) => ({ field, ...finding })));
  if (findings.length === 0) return;
  throw badInput(`内容中有未遮挡的个人信息，不能发布：${findings.map((finding) => describeFinding(finding)).join('；')}`, {
    field: findings[0]?.field,
    findings: findings.map(({ field, kind, line, excerpt }) => ({ field, kind, line, excerpt })),
  });
}

const tooLong = (label: string, max: number) => `${label}不能超过 ${max} 个字。`;

/** Text a form requires: trimmed, 1 to `max` characters. */
export const requiredText = (label: string, max: number) =>
  z.string({ message: `请填写${label}。` }).trim().min(1, `请填写${label}。`).max(max, tooLong(label, max));

/** Text a form may leave out: trimmed, at most `max` characters; left empty it is null. */
export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, tooLong(label, max)).nullish().transform((value) => value || null);

/** Control and invisible format characters (line breaks, tabs, zero-width spaces …): two names that look the same would be two keys. */
const INVISIBLE = unicodePattern(String.raw`[\p{Cc}\p{Cf}\u2028\u2029]`);

/** `#` separates the parts of a key; an invisible character makes a look-alike second department. */
const asKeyName = (text: z.ZodString, label: string) =>
  text.refine((value) => !value.includes('#'), `${label}里不能有 # 号。`).refine((value) => !INVISIBLE().test(value), `${label}里不能有换行、制表符等看不见的字符。`);

/** A name that becomes part of a key (a department, a list): required, without `#` or invisible characters. */
export const keyName = (label: string, max: number) => asKeyName(requiredText(label, max), label);

/** The same, where a form may leave it out (then null, and the caller's default applies). */
export const optionalKeyName = (label: string, max: number) =>
  asKeyName(z.string().trim().max(max, tooLong(label, max)), label)
    .nullish()
    .transform((value) => value || null);

/**
 * A number that may have a fraction (coordinates, quantities, figures), as the store can keep it:
 * DynamoDB's numbers stop at 1e-130, so a client's 1e-300 is refused in plain words instead of
 * failing the write as a server error.
 */
export const decimalSchema = (message: string, invalid: string) =>
  z.number({ message }).refine((value) => value === 0 || Math.abs(value) >= 1e-130, invalid);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
  .string({ message: '请填写日期。' })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, '日期要写成 年-月-日，例如 2026-06-30。')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), '这个日期不存在。');

const PAGE_SIZE_MESSAGE = '每页条数要是 1 到 100 之间的整数。';

/** Relay's `first`: 1 to 100 items a page, 20 when not given. */
export const pageSizeSchema = z
  .number({ message: PAGE_SIZE_MESSAGE })
  .int(PAGE_SIZE_MESSAGE)
  .min(1, PAGE_SIZE_MESSAGE)
  .max(100, PAGE_SIZE_MESSAGE)
  .nullish()
  .transform((value) => value ?? 20);

/** Relay's `after`: an opaque cursor a page gave out (decoded and checked by the store that reads it). */
export const cursorSchema = z.string().max(2000, '翻页参数不正确。').nullish();

/** The page arguments of every connection, to spread into a `z.object`. */
export const pageArgs = { first: pageSizeSchema, after: cursorSchema };
