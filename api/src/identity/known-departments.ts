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
 * What residents and clerks call a department, by the end of its full name (区…, 婺城区…): the short
 * names that are not part of the full one (住建局 is no substring of 住房和城乡建设局). A short name
 * counts only for a department the district has.
 */
const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  发展和改革局: ['发改局', '发改委'],
  发展和改革委员会: ['发改委', '发改局'],
  工业和信息化局: ['工信局'],
  科学技术局: ['科技局'],
  人力资源和社会保障局: ['人社局', '人社', '劳动局', '社保局'],
  住房和城乡建设局: ['住建局', '住建'],
  自然资源和规划局: ['自然资源局', '资规局', '国土局'],
  自然资源局: ['国土局'],
  生态环境局: ['环保局'],
  生态环境分局: ['环保局', '生态环境局'],
  市场监督管理局: ['市场监管局', '市监局', '市场局', '工商局'],
  卫生健康局: ['卫健局', '卫生局', '卫健委'],
  卫生健康委员会: ['卫健委', '卫健局', '卫生局'],
  医疗保障局: ['医保局'],
  退役军人事务局: ['退役军人局', '退役局'],
  文化和旅游局: ['文旅局'],
  文化广电旅游体育局: ['文广旅体局', '文旅局'],
  城市管理局: ['城管局', '城管'],
  城市管理综合行政执法局: ['城管局', '城管', '综合执法局'],
  交通运输局: ['交通局'],
  教育体育局: ['教体局', '教育局'],
  应急管理局: ['应急局', '安监局'],
  农业农村局: ['农业局', '农委'],
  行政审批服务局: ['审批局', '行政审批局'],
  政务服务管理局: ['政务服务局', '政务局', '政务服务中心'],
  残疾人联合会: ['残联'],
  公安分局: ['公安局'],
};

/** The short names people use for `name` (区住房和城乡建设局: 住建局, 住建); none for a name not in the table. */
function shortNamesOf(name: string): readonly string[] {
  const full = bare(name);
  const ending = Object.keys(SHORT_NAMES).find((key) => full.endsWith(key));
  return ending ? SHORT_NAMES[ending]! : [];
}

/**
 * The known department meant by a name as someone wrote it: that name, or else the one known name
 * that contains it (民政局 → 区民政局), or else the one known department commonly called so, with or
 * without 区 (住建局, 区人社局); null when there is none, or several (局).
 */
export function departmentMeant(written: string, known: readonly string[]): string | null {
  const wanted = bare(written);
  const exact = known.find((name) => bare(name) === wanted);
  if (exact) return exact;
  const only = (names: string[]) => {
    const distinct = [...new Set(names)];
    return distinct.length === 1 ? distinct[0]! : null;
  };
  const containing = known.filter((name) => bare(name).includes(wanted));
  if (containing.length) return wanted.length >= 2 ? only(containing) : null;
  const short = wanted.replace(/^区/u, '');
  return only(known.filter((name) => shortNamesOf(name).includes(short)));
}

/** The departments of `known` meant by the names `written` (each once), else BAD_USER_INPUT on `field` with `unknown`'s words for the first not meant. */
export function departmentsMeant(written: readonly string[], known: readonly string[], unknown: (written: string) => string, field: string): string[] {
  const meant = written.map((name) => {
    const department = departmentMeant(name, known);
    if (department === null) throw badInput(unknown(name), { field });
    return department;
  });
  return [...new Set(meant)];
}

/** The known department meant by `written`, else BAD_USER_INPUT with `unknown`'s words on how to name one. */
export async function knownDepartmentNamed(context: Pick<RequestContext, 'stores' | 'config'>, written: string, unknown: (written: string) => string): Promise<string> {
  return departmentsMeant([written], await knownDepartments(context), unknown, 'department')[0]!;
}

/** The residents' forms offer the known departments to choose from (咨询留言, 依申请公开); nothing private in it. */
export const knownDepartmentsResolvers: Resolvers = {
  Query: { knownDepartments: (_root, _args, context) => knownDepartments(context) },
};
