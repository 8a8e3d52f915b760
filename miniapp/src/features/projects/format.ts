import type {
  ProjectMilestoneFieldsFragment,
  ProjectProposalStatus,
  ProjectStatus,
  ProjectUpdateKind,
} from '../../generated/operations';
import { dateInWords, numberInWords, yiInWords, yuanInWords } from '../../lib/format';

// 民生实事 in plain words: status and progress as sentences (never a colour or a bar alone), budgets,
// milestones (money and dates as lib/format.ts writes them). No Taro here: the pages,
// the read-aloud text and the tests share these.

type Budget = { planned: number; spent: number; spentPercent: number | null };
type Figure = { label: string; value: number; unit: string | null };

/** The status as residents read it; the bar's colour never says it alone. */
export const STATUS_WORDS: Record<ProjectStatus, string> = {
  NOT_STARTED: '尚未开始',
  IN_PROGRESS: '按计划推进',
  DELAYED: '已延期',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
};

/** The order of the status filter's choices. */
export const STATUS_ORDER: readonly ProjectStatus[] = ['IN_PROGRESS', 'DELAYED', 'COMPLETED', 'NOT_STARTED', 'CANCELLED'];

/** 已完成 65% — what the progress bar shows, in words. */
export const progressInWords = (progress: number): string => `已完成 ${Math.max(0, Math.min(100, Math.round(progress)))}%`;

/** Status and progress in one sentence (read aloud, list cards): 按计划推进，已完成 65%. */
export function statusAndProgress(project: { status: ProjectStatus; progress: number }): string {
  if (project.status === 'CANCELLED') return STATUS_WORDS.CANCELLED;
  if (project.status === 'COMPLETED') return '已完成（100%）';
  return `${STATUS_WORDS[project.status]}，${progressInWords(project.progress)}`;
}

/**
 * The budget chart's text alternative: 安排 1200 万元，已使用 860 万元，占 72%. Both amounts in the same
 * unit when one of them reaches 亿, so they can be compared by ear.
 */
export function budgetInWords(budget: Budget): string {
  if (budget.planned <= 0 && budget.spent <= 0) return '没有单独安排资金';
  const inYi = Math.max(budget.planned, budget.spent) >= 100_000_000;
  const money = (yuan: number) => (inYi && yuan > 0 ? yiInWords(yuan) : yuanInWords(yuan));
  const planned = budget.planned > 0 ? `安排 ${money(budget.planned)}` : '没有单独安排资金';
  const spent = budget.spent > 0 ? `已使用 ${money(budget.spent)}` : '还没有使用';
  const share = budget.spentPercent !== null && budget.spentPercent !== undefined && budget.spent > 0 ? `，占 ${budget.spentPercent}%` : '';
  return `${planned}，${spent}${share}`;
}

/** 雨污分流管网 8.6 公里; a unit-less figure as the number alone. */
export const figureInWords = (figure: Figure): string =>
  `${figure.label} ${numberInWords(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`.replace(/ %$/u, '%');

export const UPDATE_KIND_WORDS: Record<ProjectUpdateKind, string> = {
  PROGRESS: '进展',
  MILESTONE_DONE: '节点完成',
  DELAY_EXPLAINED: '延期说明',
  CORRECTION: '更正',
  CANCELLED: '项目取消',
  PLAN_CHANGED: '计划调整',
};

type Milestone = Pick<ProjectMilestoneFieldsFragment, 'done' | 'plannedDate' | 'actualDate' | 'overdue' | 'overdueWorkingDays' | 'delayReason' | 'delayExplainedDate' | 'delayExplainedBy'>;

/** Where a milestone stands, in words: 已完成 / 未完成 / 已超期 N 个工作日 (the marker is words, not colour). */
export function milestoneState(milestone: Milestone): string {
  if (milestone.done) return milestone.actualDate && milestone.actualDate > milestone.plannedDate ? '已完成（比计划晚）' : '已完成';
  if (milestone.overdue) return milestone.overdueWorkingDays ? `已超期 ${milestone.overdueWorkingDays} 个工作日` : '已超期';
  return '未完成';
}

/**
 * The dates and the delay reason, one line each, as shown under a milestone and read aloud. The
 * reason names who gave it, as its timeline entry does; `department` (the lead) owes a missing one.
 */
export function milestoneLines(milestone: Milestone, department: string): string[] {
  const lines = [`计划完成：${dateInWords(milestone.plannedDate)}`];
  if (milestone.actualDate) lines.push(`实际完成：${dateInWords(milestone.actualDate)}`);
  if (milestone.delayReason) {
    const when = milestone.delayExplainedDate ? `，${dateInWords(milestone.delayExplainedDate)}` : '';
    lines.push(`延期原因（${milestone.delayExplainedBy ?? department}说明${when}）：${milestone.delayReason}`);
  } else if (milestone.overdue) {
    lines.push(`${department}还没有说明延期原因。`);
  }
  return lines;
}

export const PROPOSAL_STATUS_WORDS: Record<ProjectProposalStatus, string> = {
  SUBMITTED: '已提交，等待区政府办公室答复',
  ACCEPTED: '已采纳',
  MERGED: '已合并到其他项目或建议',
  DECLINED: '未采纳',
};

/** The departments a list names (lead first, then co-operating), once each, in the order they appear. */
export function departmentsOf(projects: ReadonlyArray<{ leadDepartment: string; cooperatingDepartments: readonly string[]; children?: ReadonlyArray<{ leadDepartment: string }> }>): string[] {
  const seen = new Set<string>();
  for (const p of projects) for (const d of [p.leadDepartment, ...(p.children ?? []).map((c) => c.leadDepartment), ...p.cooperatingDepartments]) seen.add(d);
  return [...seen];
}

/** 10 个项目：按计划推进 3 个，已延期 3 个，已完成 4 个 (statuses with none left out). */
export function statusCountsInWords(counts: ReadonlyArray<{ status: ProjectStatus; count: number }>): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const parts = STATUS_ORDER.flatMap((status) => {
    const count = counts.find((c) => c.status === status)?.count ?? 0;
    return count ? [`${STATUS_WORDS[status]} ${count} 个`] : [];
  });
  return `共 ${total} 个项目${parts.length ? `：${parts.join('，')}` : ''}`;
}
