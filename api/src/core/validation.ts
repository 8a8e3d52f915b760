import * as z from 'zod';
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

/** A mainland mobile number as stored: 11 digits, 13x to 19x. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/u;

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
