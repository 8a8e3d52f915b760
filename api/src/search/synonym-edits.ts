import * as z from 'zod';
import type { RequestContext } from '../app';
import type { SearchSynonym } from '@govopen/shared/src/generated/graphql';
import { notFound } from '../core/errors';
import { parseInput } from '../core/validation';
import { synonymKey } from './synonyms';

// The district office's changes to the synonym table (search-resolvers.ts loads this on first use;
// the caller has checked the permission).

const synonymInput = z.object({
  term: z.string().trim().min(1, '请填写居民常说的词。').max(20, '词太长了，请少于 20 个字。'),
  alternatives: z
    .array(z.string().trim().min(1, '对应的说法不能为空。').max(30, '对应的说法太长了，请少于 30 个字。'))
    .min(1, '请至少填写一个对应的规范说法。')
    .max(10, '对应的说法最多 10 个。'),
});

const synonymAudit = (context: RequestContext, action: string, term: string, details: Record<string, unknown>) => ({
  action,
  targetType: 'searchSynonym',
  targetId: synonymKey(term),
  actor: context.actor,
  details,
});

function staffName(context: RequestContext): string {
  return context.actor.kind === 'staff' ? context.actor.staffId : 'system';
}

/** Replaces the entry for the same word; in force at once. */
export async function saveSynonym(context: RequestContext, input: unknown): Promise<SearchSynonym> {
  const { term, alternatives } = parseInput(synonymInput, input);
  const entry = { term, alternatives: [...new Set(alternatives)], removed: false, updatedAt: context.now().toISOString(), updatedBy: staffName(context) };
  await context.stores.search.saveSynonym(entry, synonymAudit(context, 'search.synonym.save', term, { alternatives: entry.alternatives }));
  return { term, alternatives: entry.alternatives, source: 'STAFF', updatedAt: entry.updatedAt, updatedBy: entry.updatedBy };
}

/** Takes a word out of the table, a shipped one too. */
export async function removeSynonym(context: RequestContext, asked: string): Promise<boolean> {
  const { term } = parseInput(synonymInput.pick({ term: true }), { term: asked });
  const known = (await context.stores.search.synonyms()).some((entry) => synonymKey(entry.term) === synonymKey(term));
  if (!known) throw notFound('同义词表里没有这个词。');
  await context.stores.search.saveSynonym(
    { term, alternatives: [], removed: true, updatedAt: context.now().toISOString(), updatedBy: staffName(context) },
    synonymAudit(context, 'search.synonym.remove', term, {}),
  );
  return true;
}
