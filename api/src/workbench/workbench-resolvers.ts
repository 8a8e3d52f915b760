import type { QueryResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import type { Actor } from '../core/actor';
import { authorize, can } from '../core/authorization';
import { governmentDate } from '../core/clock';
import { parseInput } from '../core/validation';
import { knownDepartments } from '../identity/known-departments';
import * as z from 'zod';

const departmentSchema = z.string().trim().max(60, '部门名称太长了。').nullish();

/** The departments a staff member may work for: whoever may work for any (a district admin) all of them; anyone else their own. */
async function departmentsFor(context: RequestContext, actor: Extract<Actor, { kind: 'staff' }>): Promise<string[]> {
  return can(actor, 'department.work', {}) ? knownDepartments(context) : [actor.department];
}

export const workbenchResolvers: { Query: Pick<QueryResolvers<RequestContext>, 'workbench' | 'departments'> } = {
  Query: {
    async departments(_root, _args, context) {
      const { actor } = context;
      if (actor.kind !== 'staff') return authorize(actor, 'department.work') as never;
      return departmentsFor(context, actor);
    },
    async workbench(_root, args, context) {
      const { actor } = context;
      if (actor.kind !== 'staff') return authorize(actor, 'department.work') as never;
      const asked = parseInput(departmentSchema, args.department) || undefined;
      // Another department than one's own is refused (FORBIDDEN) by the rule table, not narrowed silently.
      if (asked) authorize(actor, 'department.work', { department: asked });
      // Whoever may work for any department (no department named) sees the whole district until they pick one.
      const everyDepartment = can(actor, 'department.work', {});
      const department = asked ?? (everyDepartment ? undefined : actor.department);
      const now = context.now();
      const departments = await departmentsFor(context, actor);
      const scope = { department, departments: department ? [department] : departments, today: governmentDate(now), now };
      // The counters (every feature's) load with the first 工作台 read, not at a cold start.
      const { WORK_COUNTERS } = await import('./work-counters');
      const counts = (await Promise.all(WORK_COUNTERS.map((counter) => counter(context, scope)))).flat();
      return { department: department ?? null, departments, counts, today: scope.today };
    },
  },
};
