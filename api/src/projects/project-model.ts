import type { Satisfaction } from '../core/satisfaction';

// What a livelihood project (民生实事) is in GovOpen, as stored and as shown. What can be derived
// (status, progress, a parent's budget) is never stored: see project-derivation.ts.

export const PROJECT_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const UPDATE_KINDS = ['PROGRESS', 'MILESTONE_DONE', 'DELAY_EXPLAINED', 'CORRECTION', 'CANCELLED'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export const PROPOSAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'MERGED', 'DECLINED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface DelayExplanation {
  reason: string;
  /** Beijing date it was given. */
  date: string;
  at: string;
  department: string;
}

export interface Milestone {
  /** `<projectId>.<n>`, n from 1 in the order they were planned. */
  id: string;
  title: string;
  plannedDate: string;
  weight: number;
  actualDate: string | null;
  /** Oldest first; the latest is shown. */
  delays: DelayExplanation[];
}

export interface Cancellation {
  reason: string;
  date: string;
  at: string;
  department: string;
}

export interface ProjectTarget {
  quantity: number;
  unit: string;
  text: string;
}

export interface StoredProject {
  id: string;
  year: number;
  list: string;
  order: number;
  title: string;
  summary: string;
  leadDepartment: string;
  cooperatingDepartments: string[];
  target: ProjectTarget;
  /** 元. */
  budgetPlanned: number;
  /** 元: the sum of the spending of this project's own updates, kept by the store. */
  spent: number;
  /** How many timeline entries it has. */
  updateCount: number;
  milestones: Milestone[];
  parentId: string | null;
  childIds: string[];
  cancellation: Cancellation | null;
  demo: boolean;
  createdAt: string;
  /** Raised by every change to milestones or cancellation (optimistic locking). */
  version: number;
}

export interface ProjectFigure {
  label: string;
  value: number;
  unit: string | null;
}

/** A timeline entry: written once, never changed. */
export interface StoredUpdate {
  id: string;
  projectId: string;
  kind: UpdateKind;
  date: string;
  postedAt: string;
  department: string;
  /** The staff member who posted it (kept for the audit trail, not shown to the public). */
  postedBy: string;
  text: string;
  figures: ProjectFigure[];
  spending: number | null;
  photos: string[];
  milestoneId: string | null;
  corrects: string | null;
}

export interface StoredEvaluation {
  projectId: string;
  residentId: string;
  level: Satisfaction;
  comment: string | null;
  createdAt: string;
}

export interface ProjectCounts {
  followers: number;
  evaluations: Record<Satisfaction, number>;
}

export interface StoredProposal {
  id: string;
  residentId: string;
  forYear: number;
  title: string;
  description: string;
  location: string;
  contactMobile: string | null;
  status: ProposalStatus;
  reply: string | null;
  projectId: string | null;
  submittedAt: string;
  answeredAt: string | null;
  answeredBy: string | null;
}

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
