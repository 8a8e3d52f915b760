import * as z from 'zod';
import type { RequestContext } from '../app';
import { can, residentIdOf } from '../core/authorization';
import { conflict } from '../core/errors';
import { keyName, parseInput } from '../core/validation';
import { departmentsMeant } from '../identity/known-departments';
import type { Resolvers } from '../generated/resolvers';
import { MAX_DEPARTMENTS, SUBSCRIPTION_GROUPS, SUBSCRIPTION_TOPICS } from './subscription-rules';

// 政策找人 through the API: a resident reads and changes their own subscriptions; staff of the
// publishing department read a publication's reach (counts only).

const oneOf = (values: readonly string[], label: string) => z.string().refine((value) => values.includes(value), `没有这个${label}，请从列表中选择。`);
const distinct = <T extends z.ZodType<string>>(item: T, max: number, label: string) =>
  z
    .array(item)
    .max(max, `${label}最多选 ${max} 个。`)
    .transform((values) => [...new Set(values)]);

const subscriptionsInput = z.object({
  topics: distinct(oneOf(SUBSCRIPTION_TOPICS, '主题'), SUBSCRIPTION_TOPICS.length, '主题'),
  groups: distinct(oneOf(SUBSCRIPTION_GROUPS, '人群'), SUBSCRIPTION_GROUPS.length, '人群'),
  departments: distinct(keyName('部门名称', 60), MAX_DEPARTMENTS, '部门'),
  version: z.number().int().min(0),
});

/**
 * The reach of a publication, for staff who work for its department; null for everyone else. Read
 * through the request's loaders: a staff list of 20 policies is two BatchGets, not 40 reads.
 */
async function reachFor(context: RequestContext, publication: string, department?: string) {
  if (context.actor.kind !== 'staff') return null;
  const recorded = await context.loaders.publication.load(publication);
  if (!can(context.actor, 'department.work', { department: recorded?.department ?? department ?? '' })) return null;
  const { told, opened } = (await context.loaders.reach.load(publication)) ?? { told: 0, opened: 0 };
  return { told, opened };
}

/** The district office first (it publishes for the whole district), then every department that has published what residents see. */
async function departmentsToFollow(context: RequestContext): Promise<string[]> {
  const { districtOffice } = context.config;
  const others = (await context.stores.subscriptions.publishers()).filter((department) => department !== districtOffice);
  return [districtOffice, ...others.sort((a, b) => a.localeCompare(b, 'zh-CN'))];
}

const UNKNOWN_TO_FOLLOW = (written: string) => `没有找到“${written}”这个部门，请从列表中选择。`;

/** The departments to follow meant by the names sent (民政局 → 区民政局); one nothing is published under would never tell anyone anything. */
async function followed(context: RequestContext, written: string[]): Promise<string[]> {
  return written.length ? departmentsMeant(written, await departmentsToFollow(context), UNKNOWN_TO_FOLLOW, 'departments') : [];
}

export const subscriptionResolvers: Resolvers = {
  Query: {
    mySubscriptions: (_root, _args, context) => context.stores.subscriptions.get(residentIdOf(context.actor)),
    async subscriptionOptions(_root, _args, context) {
      residentIdOf(context.actor);
      return { topics: [...SUBSCRIPTION_TOPICS], groups: [...SUBSCRIPTION_GROUPS], departments: await departmentsToFollow(context) };
    },
  },
  Mutation: {
    async saveSubscriptions(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { version, ...choice } = parseInput(subscriptionsInput, args.input);
      const saved = await context.stores.subscriptions.save(residentId, { ...choice, departments: await followed(context, choice.departments) }, version);
      if (!saved) throw conflict('订阅设置刚在别处改过，请刷新后再改。');
      return saved;
    },
  },
  Policy: { reach: (policy, _args, context) => reachFor(context, `POLICY:${policy.id}`, policy.department) },
  Interpretation: { reach: (interpretation, _args, context) => reachFor(context, `INTERPRETATION:${interpretation.id}`) },
  Event: { reach: (event, _args, context) => reachFor(context, `EVENT:${event.id}`, event.department) },
};
