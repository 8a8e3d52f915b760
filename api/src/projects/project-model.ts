// What a livelihood project (民生实事) is in GovOpen, as stored (declared with its keys in
// project-items.ts) and as shown. What can be derived (status, progress, a parent's budget) is never
// stored: see project-derivation.ts.

import type { z } from 'zod';
import type { cancellationAttributes, evaluationItem, milestoneAttributes, projectItem, proposalItem, updateItem } from './project-items';

export const PROJECT_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const UPDATE_KINDS = ['PROGRESS', 'MILESTONE_DONE', 'DELAY_EXPLAINED', 'CORRECTION', 'CANCELLED'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export const EVALUATION_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];
/** 非常满意, 满意 and 基本满意 count as satisfied (好差评's rule: the bottom two are bad). */
export const SATISFIED_LEVELS: readonly EvaluationLevel[] = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'];

export const PROPOSAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'MERGED', 'DECLINED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type Milestone = z.output<typeof milestoneAttributes>;

export type Cancellation = z.output<typeof cancellationAttributes>;

export type ProjectTarget = StoredProject['target'];

export type StoredProject = z.output<typeof projectItem.declaration.attributes>;

/** Every department that may post progress on the project. */
export const reportingDepartments = (project: Pick<StoredProject, 'leadDepartment' | 'cooperatingDepartments'>) => [
  project.leadDepartment,
  ...project.cooperatingDepartments,
];

export type ProjectFigure = StoredUpdate['figures'][number];

/** A timeline entry: written once, never changed. */
export type StoredUpdate = z.output<typeof updateItem.declaration.attributes>;

export type StoredEvaluation = z.output<typeof evaluationItem.declaration.attributes>;

export interface ProjectCounts {
  followers: number;
  evaluations: Record<EvaluationLevel, number>;
}

export type StoredProposal = z.output<typeof proposalItem.declaration.attributes>;

export interface MilestoneView extends Milestone {
  done: boolean;
  overdue: boolean;
  overdueWorkingDays: number | null;
  delayReason: string | null;
  delayExplainedDate: string | null;
  needsExplanation: boolean;
}

export interface BudgetView {
  planned: number;
  spent: number;
}

/** A project with everything derived for today: what the `Project` type resolves from. */
export interface ProjectView extends Omit<StoredProject, 'milestones'> {
  milestones: MilestoneView[];
  status: ProjectStatus;
  /** 0–100, unrounded; `progress` is what residents see. */
  progressExact: number;
  progress: number;
  progressBasis: 'MILESTONES' | 'CHILDREN';
  budget: BudgetView;
  completedDate: string | null;
  children: ProjectView[];
}
