import type { z } from 'zod';
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
