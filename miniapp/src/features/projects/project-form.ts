import type { ProjectChangesInput, ProjectInput, ProjectToEditQuery } from '../../generated/operations';
import { MONEY_UNREADABLE } from '../../components/MoneyField';

// 新建项目 and 修改项目 (staff, pages/projects/new): the form's rules, the same as the API's
// (api/src/projects/project-validation.ts), so each mistake is said under its field before sending.

export type MilestoneRow = { title: string; plannedDate: string; weight: string };
export type ProjectForm = {
  year: string;
  list: string;
  /** 上级项目: '' for a project of the list itself. */
  parentId: string;
  /** Its place in the list (a child: among its parent's children); '' puts it last. */
  order: string;
  title: string;
  summary: string;
  /** District admins: the lead department ('' : the district office); editors always their own. */
  leadDepartment: string;
  /** 配合单位 as typed, separated by 、 or commas. */
  cooperating: string;
  quantity: string;
  unit: string;
  targetText: string;
  /** Whole 元 from the 万元 field: null when empty, NaN when unreadable. */
  budget: number | null;
  milestones: MilestoneRow[];
  /** 修改项目: why the target or the budget changed (public, on the timeline as 计划调整). */
  reason: string;
};
export type ProjectErrors = Partial<Record<Exclude<keyof ProjectForm, 'milestones'>, string>> & { milestones?: Record<number, string>; milestoneList?: string };

export const PROJECT_LIMITS = { list: 50, title: 100, summary: 2000, department: 50, unit: 10, targetText: 200, milestoneTitle: 100, milestones: 50, cooperating: 20, reason: 500 } as const;

export const emptyMilestone = (): MilestoneRow => ({ title: '', plannedDate: '', weight: '1' });
export const emptyProjectForm = (year: number): ProjectForm => ({
  year: String(year),
  list: `${year}年区十大民生实事`,
  parentId: '',
  order: '',
  title: '',
  summary: '',
  leadDepartment: '',
  cooperating: '',
  quantity: '',
  unit: '',
  targetText: '',
  budget: null,
  milestones: [emptyMilestone()],
  reason: '',
});

type Editable = NonNullable<ProjectToEditQuery['project']>;

/** 修改项目: the form filled with the project as it is. A parent's budget is its own plus its children's: theirs is taken off. */
export const projectFormOf = (project: Editable): ProjectForm => ({
  year: String(project.year),
  list: project.list,
  parentId: project.parent?.id ?? '',
  order: String(project.order),
  title: project.title,
  summary: project.summary,
  leadDepartment: project.leadDepartment,
  cooperating: project.cooperatingDepartments.join('、'),
  quantity: String(project.target.quantity),
  unit: project.target.unit,
  targetText: project.target.text,
  budget: project.budget.planned - project.children.reduce((sum, child) => sum + child.budget.planned, 0),
  milestones: project.milestones.map((m) => ({ title: m.title, plannedDate: m.plannedDate, weight: String(m.weight) })),
  reason: '',
});

const toNumber = (raw: string): number | null => {
  const cleaned = raw.normalize('NFKC').replace(/[,，\s]/gu, '');
  return /^\d+(\.\d+)?$/u.test(cleaned) ? Number(cleaned) : null;
};

/** 区卫健局、区教育局, 区城管局 → the names, each once. */
export const departmentsOf = (typed: string): string[] => [...new Set(typed.normalize('NFKC').split(/[、,;；\s]+/u).map((name) => name.trim()).filter(Boolean))];

const required = (value: string, label: string, max: number): string | undefined => {
  const text = value.trim();
  if (!text) return `请填写${label}。`;
  if (text.length > max) return `${label}最多 ${max} 个字。`;
  return undefined;
};

function checkMilestone(row: MilestoneRow): string {
  if (!row.title.trim()) return '请写节点名称，如：完成施工招标。';
  if (row.title.trim().length > PROJECT_LIMITS.milestoneTitle) return `节点名称最多 ${PROJECT_LIMITS.milestoneTitle} 个字。`;
  if (!row.plannedDate) return '请选择计划完成日期。';
  const weight = Number(row.weight.normalize('NFKC').trim() || '1');
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) return '权重要是 1 到 100 之间的整数。';
  return '';
}

/** The problems, field by field (milestones by row), or the input to send. */
export function checkProject(form: ProjectForm): { errors: ProjectErrors; input: ProjectInput | null } {
  const errors: ProjectErrors = {};
  const year = Number(form.year.normalize('NFKC').trim());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.year = '年度要写成四位数的年份，如 2026。';
  const set = (key: keyof ProjectErrors & keyof ProjectForm, label: string, max: number) => {
    const problem = required(String(form[key]), label, max);
    if (problem) errors[key] = problem;
  };
  set('list', '清单名称', PROJECT_LIMITS.list);
  set('title', '项目名称', PROJECT_LIMITS.title);
  set('summary', '项目简介', PROJECT_LIMITS.summary);
  set('unit', '目标单位', PROJECT_LIMITS.unit);
  set('targetText', '目标说明', PROJECT_LIMITS.targetText);
  const quantity = toNumber(form.quantity);
  if (!form.quantity.trim()) errors.quantity = '请填写目标数量，如 30。';
  else if (quantity === null || quantity <= 0) errors.quantity = '目标数量要写成大于 0 的数字，如 30 或 1.5。';
  else if (quantity > 1e9) errors.quantity = '目标数量太大了。';
  const order = form.order.normalize('NFKC').trim();
  if (order && !(/^\d{1,3}$/u.test(order) && Number(order) >= 1)) errors.order = '排序要是 1 到 999 之间的整数；不填排在最后。';
  const cooperating = departmentsOf(form.cooperating);
  if (cooperating.length > PROJECT_LIMITS.cooperating) errors.cooperating = `配合单位最多 ${PROJECT_LIMITS.cooperating} 个。`;
  else if (cooperating.some((name) => name.length > PROJECT_LIMITS.department)) errors.cooperating = `每个单位的名称最多 ${PROJECT_LIMITS.department} 个字。`;
  if (form.budget === null) errors.budget = '请填写安排资金；没有安排资金写 0。';
  else if (Number.isNaN(form.budget)) errors.budget = MONEY_UNREADABLE;

  // A row left wholly empty is just not used; a project without milestones gets child projects.
  const rows = form.milestones.map((row, i) => ({ row, i })).filter(({ row }) => row.title.trim() || row.plannedDate);
  const milestoneErrors: Record<number, string> = {};
  for (const { row, i } of rows) {
    const problem = checkMilestone(row);
    if (problem) milestoneErrors[i] = problem;
  }
  if (Object.keys(milestoneErrors).length) errors.milestones = milestoneErrors;
  if (rows.length > PROJECT_LIMITS.milestones) errors.milestoneList = `节点最多 ${PROJECT_LIMITS.milestones} 个。`;

  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      year,
      list: form.list.trim(),
      parentId: form.parentId || null,
      order: order ? Number(order) : null,
      title: form.title.trim(),
      summary: form.summary.trim(),
      leadDepartment: form.leadDepartment || null,
      cooperatingDepartments: cooperating,
      target: { quantity: quantity!, unit: form.unit.trim(), text: form.targetText.trim() },
      budgetPlanned: form.budget!,
      milestones: rows.map(({ row }) => ({ title: row.title.trim(), plannedDate: row.plannedDate, weight: Number(row.weight.normalize('NFKC').trim() || '1') })),
    },
  };
}

/** 修改项目: target or budget changed from what was read, which residents are told of with the reason. */
export const planChanged = (form: ProjectForm, read: ProjectForm): boolean =>
  form.budget !== read.budget || toNumber(form.quantity) !== toNumber(read.quantity) || form.unit.trim() !== read.unit || form.targetText.trim() !== read.targetText;

/** 修改项目: the problems, or the changes to send (what the API lets change after creation). */
export function checkChanges(form: ProjectForm, read: ProjectForm): { errors: ProjectErrors; input: ProjectChangesInput | null } {
  const { errors, input } = checkProject(form);
  const reason = form.reason.trim();
  if (planChanged(form, read) && !reason) errors.reason = '改了目标或安排资金，要写调整原因；原因会和调整一起公开给居民看。';
  else if (reason.length > PROJECT_LIMITS.reason) errors.reason = `调整原因最多 ${PROJECT_LIMITS.reason} 个字。`;
  if (!input || Object.keys(errors).length) return { errors, input: null };
  const { title, summary, cooperatingDepartments, order, target, budgetPlanned } = input;
  return { errors, input: { title, summary, cooperatingDepartments, order, target, budgetPlanned, reason: reason || null } };
}
