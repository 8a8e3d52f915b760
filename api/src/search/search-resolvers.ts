import * as z from 'zod';
import type { SearchHit as SearchHitView } from '@govopen/shared/src/generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import { authorize } from '../core/authorization';
import { governmentDate } from '../core/clock';
import { badInput } from '../core/errors';
import { parseInput } from '../core/validation';
import type { SearchCursor, SearchHit } from './search-engine';
import { SEARCH_KINDS } from './search-model';
import { MAX_QUERY_LENGTH } from './query';

/** The national government service hotline answers policy questions day and night. */
const CONSULTATION = Object.freeze({ phone: '12345', hours: '政务服务便民热线，每天 24 小时' });

const searchArgs = z.object({
  query: z.string().trim().min(1, '请输入要找的内容。').max(MAX_QUERY_LENGTH, `要找的内容太长了，请少于 ${MAX_QUERY_LENGTH} 个字。`),
  kinds: z.array(z.enum(SEARCH_KINDS)).nullish(),
  first: z.number().int('每类条数要是 1 到 20 之间的整数。').min(1, '每类条数要是 1 到 20 之间的整数。').max(20, '每类条数要是 1 到 20 之间的整数。').nullish(),
  after: z.string().max(200, '翻页参数不正确。').nullish(),
  includeRepealed: z.boolean().nullish(),
});

const suggestionArgs = z.object({
  prefix: z.string().max(50, '输入的内容太长了。').nullish(),
  first: z.number().int().min(1, '条数要是 1 到 20 之间的整数。').max(20, '条数要是 1 到 20 之间的整数。').nullish(),
});

const monthArg = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, '月份要写成 年-月，例如 2026-05。').nullish();

// A search's cursor names the kind it continues and how many of its results were shown: results
// are ranked anew for each page (in memory), so an offset is all a page needs.
const cursorSchema = z.object({ kind: z.enum(SEARCH_KINDS), offset: z.number().int().min(0).max(10_000) });

function cursorFor(next: SearchCursor | null): string | null {
  return next ? Buffer.from(JSON.stringify(next)).toString('base64url') : null;
}

function readCursor(after: string): SearchCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(after, 'base64url').toString()));
  } catch {
    throw badInput('翻页参数不正确，请重新搜索。', { field: 'after' });
  }
}

const hitView = (hit: SearchHit): SearchHitView => ({
  kind: hit.kind,
  id: hit.id,
  policyId: hit.policyId,
  title: hit.title,
  subtitle: hit.subtitle,
  date: hit.date,
  repealed: hit.repealed,
  sectionIndex: hit.section,
  sectionId: hit.sectionId,
  heading: hit.heading,
  passage: hit.passage,
  answersQuestion: hit.answersQuestion,
});

export const searchResolvers: Resolvers = {
  Query: {
    async search(_root, args, context) {
      const input = parseInput(searchArgs, args);
      const outcome = await context.stores.search.search({
        query: input.query,
        kinds: input.kinds ?? [],
        first: input.first ?? 5,
        after: input.after ? readCursor(input.after) : null,
        includeRepealed: input.includeRepealed ?? false,
      });
      return {
        query: outcome.query,
        understoodAs: outcome.understoodAs,
        answer: outcome.answer && hitView(outcome.answer),
        groups: outcome.groups.map((group) => ({
          kind: group.kind,
          total: group.total,
          hits: group.hits.map(hitView),
          pageInfo: { hasNextPage: group.next !== null, endCursor: cursorFor(group.next) },
        })),
        total: outcome.total,
        partial: outcome.partial,
        suggestions: outcome.suggestions,
        consultation: CONSULTATION,
      };
    },
    async searchSuggestions(_root, args, context) {
      const { prefix, first } = parseInput(suggestionArgs, args);
      return context.stores.search.suggest(prefix ?? '', first ?? 8);
    },
    async searchStatistics(_root, args, context) {
      authorize(context.actor, 'search.statistics');
      const month = parseInput(monthArg, args.month) ?? governmentDate(context.now()).slice(0, 7);
      return context.stores.search.statistics(month);
    },
    async searchSynonyms(_root, _args, context) {
      authorize(context.actor, 'search.synonyms', { department: context.config.districtOffice });
      return context.stores.search.synonyms();
    },
  },
  // Editing the table is rare and staff-only: its validation and audit load on first use, off the Lambda's cold start.
  Mutation: {
    async saveSearchSynonym(_root, args, context) {
      authorize(context.actor, 'search.synonyms', { department: context.config.districtOffice });
      return (await import('./synonym-edits')).saveSynonym(context, args.input);
    },
    async removeSearchSynonym(_root, args, context) {
      authorize(context.actor, 'search.synonyms', { department: context.config.districtOffice });
      return (await import('./synonym-edits')).removeSynonym(context, args.term);
    },
  },
};
