import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../../lib/a11y';
import { openPage, ROUTES } from '../../lib/navigation';
import { Phrases } from '../../components/Phrases';
import type { ProjectCardFieldsFragment, ProjectStatus } from '../../generated/operations';
import { budgetInWords, progressInWords, STATUS_WORDS, statusAndProgress } from './format';
import { CardTitle } from '../../components/CardTitle';

/**
 * The progress bar with its percentage in words beside it (已完成 65%). The bar is for the eye only
 * (hidden from screen readers); the words say the same, so nothing depends on seeing it.
 */
export function ProgressBar({ progress, status }: { progress: number; status: ProjectStatus }) {
  const width = `${Math.max(0, Math.min(100, progress))}%`;
  return (
    <View className="project-progress" data-testid="project-progress">
      <View className="project-progress__track" aria-hidden="true">
        <View className={`project-progress__fill${status === 'DELAYED' ? ' project-progress__fill--late' : ''}`} style={{ width }} />
      </View>
      <Text className="project-progress__words">{progressShown(progress, status)}</Text>
    </View>
  );
}

const progressShown = (progress: number, status: ProjectStatus) => (status === 'CANCELLED' ? STATUS_WORDS.CANCELLED : progressInWords(progress));

const statusShown = (status: ProjectStatus) => `状态：${status === 'DELAYED' ? '⚠ ' : ''}${STATUS_WORDS[status]}`;

/** 状态：已延期 — status in words, with a ⚠ for a delay (words first, the mark repeats them). */
export function StatusLine({ status }: { status: ProjectStatus }) {
  return (
    <Text className={`project-status${status === 'DELAYED' || status === 'CANCELLED' ? ' project-status--attention' : ''}`} data-testid="project-status">
      {statusShown(status)}
    </Text>
  );
}

/** One project in a list: the whole card opens it; status, progress, lead department and target in words. */
export function ProjectCard({ project, note }: { project: ProjectCardFieldsFragment; note?: string }) {
  const open = () => openPage(ROUTES.projectDetail, { id: project.id });
  const lead = `牵头单位：${project.leadDepartment}`;
  const target = `目标：${project.target.text}`;
  const cancelled = project.cancelledReason && `取消原因：${project.cancelledReason}`;
  // Named by the words it shows, whole: from its phrases (each an element) a screen reader would hear 老年 食堂.
  const label = [project.title, note, statusShown(project.status), progressShown(project.progress, project.status), lead, target, cancelled].filter(Boolean).join(' ');
  return (
    <View className="gov-card gov-card--link project-card" role="link" tabIndex={0} aria-label={label} onClick={open} {...keyboardActivation(open)} data-testid="project-card">
      <CardTitle text={project.title} />
      {note && <Text className="gov-card__meta">{note}</Text>}
      <StatusLine status={project.status} />
      <ProgressBar progress={project.progress} status={project.status} />
      <Phrases className="gov-card__meta" breaks="words" text={lead} />
      <Phrases className="gov-card__meta" breaks="words" text={target} />
      {cancelled && <Text className="gov-card__meta">{cancelled}</Text>}
    </View>
  );
}

/** A sentence for reading a card aloud. */
export const cardSpeech = (project: ProjectCardFieldsFragment) => `${project.title}，${statusAndProgress(project)}，牵头单位${project.leadDepartment}，目标：${project.target.text}。`;

/**
 * 资金安排与使用: two CSS bars (planned as the whole, spent as its share) for the eye, and the same in
 * one sentence under them, which screen readers and 朗读 use (安排 1200 万元，已使用 860 万元，占 72%).
 */
export function BudgetChart({ budget }: { budget: { planned: number; spent: number; spentPercent: number | null } }) {
  const words = budgetInWords(budget);
  const share = budget.planned > 0 ? Math.min(100, Math.round((budget.spent / budget.planned) * 100)) : budget.spent > 0 ? 100 : 0;
  return (
    <View className="project-budget">
      {budget.planned > 0 && (
        <View className="project-budget__chart" aria-hidden="true" data-testid="budget-chart">
          <Text className="project-budget__label">安排</Text>
          <View className="project-budget__track">
            <View className="project-budget__fill project-budget__fill--planned" style={{ width: '100%' }} />
          </View>
          <Text className="project-budget__label">已使用</Text>
          <View className="project-budget__track">
            <View className="project-budget__fill" style={{ width: `${share}%` }} />
          </View>
        </View>
      )}
      <Phrases className="project-budget__words" testId="budget-words" text={words} />
    </View>
  );
}
