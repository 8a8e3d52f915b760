import { isOverdue } from '../core/working-days';
import type { WorkCounter } from '../workbench/work-counts';
import { IN_FORCE } from './policy-model';
import { INTERPRETATION_WORKING_DAYS, interpretationDueDay } from './publishing-resolvers';

// 解读待发布: the department's policies of the last weeks still without their interpretation, which the
// rule wants within 3 working days of publishing; those past that day count as overdue. Older ones
// (imported archives, which never had one) are left to 本部门的政策. Every policy counts, whatever its
// disclosure (a 依申请公开 one is owed its interpretation too, as its due day on the staff pages says): 全区 is read from each
// department's own list, so it is the sum of the departments' figures, not the public list's share.

/** How far back a policy still counts as awaiting its interpretation. */
const RECENT_DAYS = 30;
/** A department publishes far fewer than this in a month: one page holds them. */
const POLICIES_READ = 50;
const POLICIES_PAGE = '/pages/workbench/policies/index';

/** 解读待发布 on the 工作台. */
export const interpretationWork: WorkCounter = async (context, { departments, today, now }) => {
  // Calendar arithmetic on the Beijing date itself.
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  // A department's own list holds all it owns (the public one only what is 主动公开).
  const pages = await Promise.all(departments.map((department) => context.stores.policies.list({ department, validity: [...IN_FORCE], terms: [], first: POLICIES_READ })));
  const recent = pages.flatMap((page) => page.items.map(({ node }) => node)).filter((policy) => policy.publishedDate !== null && policy.publishedDate >= since);
  const interpretations = await Promise.all(recent.map((policy) => context.loaders.interpretations.load(policy.id)));
  const owed = recent.filter((_, i) => interpretations[i]!.length === 0);
  const overdue = owed.filter((policy) => isOverdue(interpretationDueDay(policy.publishedDate!).date, now)).length;
  return [
    {
      key: 'interpretationsDue',
      label: '政策解读待发布',
      count: owed.length,
      unit: '份',
      overdue,
      detail: owed.length > 0 ? `发布后 ${INTERPRETATION_WORKING_DAYS} 个工作日内要发布解读` : null,
      path: POLICIES_PAGE,
    },
  ];
};
