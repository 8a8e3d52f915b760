import * as z from 'zod';
import { searchForm, VALIDITIES } from '@govopen/shared';
import type { Resolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, can, viewerCan } from '../core/authorization';
import { pageArgs, parseInput } from '../core/validation';
import { IN_FORCE, type PolicyParent, type StoredPolicy } from './policy-model';
import { withSectionIds } from './section-ids';

const listArgsSchema = z.object({
  ...pageArgs,
  filter: z
    .object({
      department: z.string().trim().min(1, '请写部门名称。').max(60, '部门名称太长了。').nullish(),
      issuer: z.string().trim().max(100, '发布机构名称太长了。').nullish(),
      year: z.number().int('年份不正确。').min(1949, '年份不正确。').max(2100, '年份不正确。').nullish(),
      topic: z.string().trim().max(50, '主题太长了。').nullish(),
      targetGroup: z.string().trim().max(50, '适用对象太长了。').nullish(),
      validity: z.array(z.enum(VALIDITIES)).min(1, '请至少选一种效力状态。').nullish(),
      text: z.string().max(100, '搜索的词太长了，请少于 100 个字。').nullish(),
    })
    .nullish(),
});

const MAX_SEARCH_TERMS = 5;

function searchTerms(text: string | null | undefined): string[] {
  const terms = (text ?? '').split(/\s+/u).map(searchForm).filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, MAX_SEARCH_TERMS);
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null || value === '' ? undefined : value);

/** Residents see only proactively disclosed policies; the rest exist only for the owning department's staff. */
const visibleTo = (context: RequestContext, policy: StoredPolicy) =>
  policy.disclosure === 'PROACTIVE' || can(context.actor, 'policy.readUndisclosed', { department: policy.department });

/** A field that list entries do not carry: read from the parent when present, otherwise load the whole policy. */
function fullField<K extends keyof StoredPolicy>(field: K) {
  return async (parent: PolicyParent, _args: unknown, context: RequestContext): Promise<StoredPolicy[K]> => {
    if (parent[field] !== undefined) return parent[field] as StoredPolicy[K];
    const policy = await context.loaders.policy.load(parent.id);
    if (!policy) throw new Error(`policy ${parent.id} vanished while being read`);
    return policy[field];
  };
}

export const policyResolvers: Resolvers = {
  Query: {
    async policies(_root, args, context) {
      const { first, after, filter } = parseInput(listArgsSchema, args);
      // A department's own list holds what is not public too: its staff and district admins only.
      const department = orUndefined(filter?.department);
      if (department !== undefined) authorize(context.actor, 'policy.readUndisclosed', { department });
      const page = await context.stores.policies.list({
        department,
        issuer: orUndefined(filter?.issuer),
        year: orUndefined(filter?.year),
        topic: orUndefined(filter?.topic),
        targetGroup: orUndefined(filter?.targetGroup),
        validity: filter?.validity ?? [...IN_FORCE],
        terms: searchTerms(filter?.text),
        first,
        after: orUndefined(after),
      });
      return {
        edges: page.items,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
    async policy(_root, { id }, context) {
      if (!/^[0-9a-f]{16}$/.test(id)) return null;
      const found = await context.stores.policies.getWithInterpretations(id);
      if (!found || !visibleTo(context, found.policy)) return null;
      context.loaders.policy.prime(id, found.policy);
      return { ...found.policy, interpretations: found.interpretations };
    },
    async policyFacets(_root, _args, context) {
      const facets = await context.stores.policies.facets();
      // A mistyped date (9999-12-31) is no year a resident could mean: only years up to next year are offered.
      const latest = context.now().getFullYear() + 1;
      return { ...facets, years: facets.years.filter((year) => Number(year.value) <= latest) };
    },
  },
  Policy: {
    indexNumber: fullField('indexNumber'),
    writtenDate: fullField('writtenDate'),
    repealedDate: fullField('repealedDate'),
    disclosure: fullField('disclosure'),
    department: fullField('department'),
    body: fullField('body'),
    sections: async (parent, args, context) => withSectionIds(await fullField('sections')(parent, args, context)),
    tables: fullField('tables'),
    version: fullField('version'),
    interpretations: (parent, _args, context) => parent.interpretations ?? context.loaders.interpretations.load(parent.id),
    viewerCan: async (parent, args, context) => viewerCan(context.actor, { department: await fullField('department')(parent, args, context) }, { manage: 'policy.manage' }),
  },
};
