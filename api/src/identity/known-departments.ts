import type { RequestContext } from '../app';
import { badInput } from '../core/errors';
import type { Resolvers } from '../generated/resolvers';

// The departments GovOpen knows, for whoever names one: a resident asking (咨询留言) or applying
// (依申请公开), staff transferring a case, a district admin creating an account. A case filed under a
// name no department works under (民政局 for 区民政局, a typo) would wait in no one's queue while
// its clock runs.

/**
 * Every department that has staff or publishes to residents (its first account may not exist yet: an
 * admin picks it for that account, or publishes for it), the district office first.
 */
export async function knownDepartments(context: Pick<RequestContext, 'stores' | 'config'>): Promise<string[]> {
  const [staff, publishers] = await Promise.all([context.stores.identity.listStaff(), context.stores.subscriptions.publishers()]);
  const names = new Set([...staff.map((member) => member.department), ...publishers]);
  names.delete(context.config.districtOffice);
  return [context.config.districtOffice, ...[...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))];
}

const bare = (name: string) => name.normalize('NFKC').replace(/\s/gu, '');

/**
 * The known department meant by a name as someone wrote it: that name, or else the one known name
 * that contains it (民政局 → 区民政局); null when there is none, or several (局).
 */
export function departmentMeant(written: string, known: readonly string[]): string | null {
  const wanted = bare(written);
  const exact = known.find((name) => bare(name) === wanted);
  if (exact) return exact;
  const containing = [...new Set(known.filter((name) => bare(name).includes(wanted)))];
  return wanted.length >= 2 && containing.length === 1 ? containing[0]! : null;
}

/** The known department meant by `written`, else BAD_USER_INPUT with `unknown`'s words on how to name one. */
export async function knownDepartmentNamed(context: Pick<RequestContext, 'stores' | 'config'>, written: string, unknown: (written: string) => string): Promise<string> {
  const meant = departmentMeant(written, await knownDepartments(context));
  if (meant === null) throw badInput(unknown(written), { field: 'department' });
  return meant;
}

/** The residents' forms offer the known departments to choose from (咨询留言, 依申请公开); nothing private in it. */
export const knownDepartmentsResolvers: Resolvers = {
  Query: { knownDepartments: (_root, _args, context) => knownDepartments(context) },
};
