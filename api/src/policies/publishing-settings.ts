import * as z from 'zod';
import type { DepartmentIssuers } from '@govopen/shared/src/generated/graphql';
import type { RequestContext } from '../app';
import { auditEntry } from '../core/audit-entry';
import { conflict } from '../core/errors';
import { parseInput } from '../core/validation';
import type { SensitiveWords } from './publishing-store';

// The district admins' publishing settings: the sensitive-word list and the names each department may
// publish under (publishing-resolvers.ts loads this on first use; the caller checked the permission).

const wordsSchema = z
  .array(z.string().trim().max(20, '每个敏感词不能超过 20 个字。'))
  .max(500, '敏感词最多 500 个。')
  .transform((words) => [...new Set(words.filter(Boolean))]);

const issuersSchema = z
  .array(z.string().trim().min(1, '发布机构名称不能为空。').max(60, '发布机构名称太长了。'))
  .max(20, '最多 20 个名称。')
  .transform((names) => [...new Set(names)]);

/** The list as stored: what `SensitiveWordList`'s field resolvers start from. */
export type SensitiveWordListParent = SensitiveWords;

const by = (context: RequestContext) => (context.actor.kind === 'staff' ? context.actor.staffId : 'system');

/** Replaces the sensitive-word list, conditional on the version read; audited. */
export async function setSensitiveWords(context: RequestContext, input: unknown): Promise<SensitiveWordListParent> {
  const words = parseInput(wordsSchema, input);
  const before = await context.stores.publishing.sensitiveWords();
  const saved = await context.stores.publishing.setSensitiveWords(words, before.version, by(context), auditEntry(context.actor, 'settings.sensitiveWords', 'sensitive-words', { count: words.length }));
  if (!saved) throw conflict('敏感词刚被别人改过了，请重新打开再改。');
  return saved;
}

/** Replaces the names a department may publish under besides its own; audited. */
export async function setDepartmentIssuers(context: RequestContext, department: string, input: unknown): Promise<DepartmentIssuers> {
  const issuers = parseInput(issuersSchema, input).filter((name) => name !== department);
  await context.stores.publishing.setAllowedIssuers(department, issuers, by(context), auditEntry(context.actor, 'settings.issuers', `issuers:${department}`, { issuers }));
  return { department, issuers: [department, ...issuers] };
}
