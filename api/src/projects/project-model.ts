// What a livelihood project (民生实事) is in GovOpen, as stored (declared with its keys in
// project-items.ts) and as shown. What can be derived (status, progress, a parent's budget) is never
// stored: see project-derivation.ts.

import type * as z from 'zod';
import { writtenDate } from '@govopen/shared';
import type { Satisfaction } from '../core/satisfaction';
import type { cancellationAttributes, evaluationItem, milestoneAttributes, projectItem, proposalItem, updateItem } from './project-items';

export const PROJECT_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const UPDATE_KINDS = ['PROGRESS', 'MILESTONE_DONE', 'DELAY_EXPLAINED', 'CORRECTION', 'CANCELLED', 'PLAN_CHANGED'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export const PROPOSAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'MERGED', 'DECLINED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type Milestone = z.output<typeof milestoneAttributes>;

/** The update a milestone's completion posts, its date as residents read dates, no space before it: 已于2026年9月26日完成. */
export const milestoneDoneText = (title: string, actualDate: string, note?: string | null) =>
  `节点「${title}」已于${writtenDate(actualDate)}完成${note ? `。${note}` : ''}`;

export type Cancellation = z.output<typeof cancellationAttributes>;

export type ProjectTarget = StoredProject['target'];

export type StoredProject = z.output<typeof projectItem.declaration.attributes>;

export type ProjectFigure = StoredUpdate['figures'][number];

/** A timeline entry: written once, never changed. */
export type StoredUpdate = z.output<typeof updateItem.declaration.attributes>;

export type StoredEvaluation = z.output<typeof evaluationItem.declaration.attributes>;

export interface ProjectCounts {
  followers: number;
  evaluations: Record<Satisfaction, number>;
}

export type StoredProposal = z.output<typeof proposalItem.declaration.attributes>;

// What the GraphQL types' field resolvers start from (codegen's mappers: always `<Type>Parent`).
export type ProjectUpdateParent = StoredUpdate;
export type ProjectEvaluationParent = StoredEvaluation;
export type ProjectProposalParent = StoredProposal;

export interface ProjectMilestoneParent extends Milestone {
  done: boolean;
  overdue: boolean;
  overdueWorkingDays: number | null;
  delayReason: string | null;
  delayExplainedDate: string | null;
  delayExplainedBy: string | null;
  needsExplanation: boolean;
}

export interface ProjectBudgetParent {
  planned: number;
  spent: number;
}

/** A project with everything derived for today: what the `Project` type resolves from. */
export interface ProjectParent extends Omit<StoredProject, 'milestones'> {
  milestones: ProjectMilestoneParent[];
  status: ProjectStatus;
  /** 0–100, unrounded; `progress` is what residents see. */
  progressExact: number;
  progress: number;
  progressBasis: 'MILESTONES' | 'CHILDREN';
  budget: ProjectBudgetParent;
  completedDate: string | null;
  children: ProjectParent[];
}
