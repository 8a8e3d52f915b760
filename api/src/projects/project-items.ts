import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { PROPOSAL_STATUSES, UPDATE_KINDS } from './project-model';

// How livelihood projects (民生实事) and proposals for next year's list sit in the table (see
// core/item-type.ts; docs/table-design.md is generated from this). Status and progress are not stored
// at all: they depend on today's date (project-derivation.ts).

const delay = z.object({ reason: z.string(), /** Beijing date it was given. */ date: z.string(), at: z.string(), department: z.string() });

export const milestoneAttributes = z.object({
  /** `<projectId>.<n>`, n from 1 in the order they were planned. */
  id: z.string(),
  title: z.string(),
  plannedDate: z.string(),
  weight: z.number(),
  actualDate: orNull(z.string()),
  /** Oldest first; the latest is shown. */
  delays: z.array(delay),
});

export const cancellationAttributes = z.object({ reason: z.string(), date: z.string(), at: z.string(), department: z.string() });

export const projectItem = itemType({
  name: 'livelihood project',
  notes:
    'Definition, milestones, `spent` (the sum the transactions that record spending keep), `updateCount` and `version`. Child projects are not ' +
    'in the year lists: their parent names them (`childIds`). gsi1 is a year\'s lists in order; gsi2 every year, the latest first.',
  attributes: () => z.object({
    id: z.string(),
    year: z.number(),
    list: z.string(),
    order: z.number(),
    title: z.string(),
    summary: z.string(),
    leadDepartment: z.string(),
    cooperatingDepartments: z.array(z.string()),
    target: z.object({ quantity: z.number(), unit: z.string(), text: z.string() }),
    /** 元. */
    budgetPlanned: z.number(),
    /** 元: the sum of the spending of this project's own updates, kept by the store. */
    spent: z.number(),
    /** How many timeline entries report work (all but 计划调整, which changes the plan, not the work): any makes it IN_PROGRESS. */
    updateCount: z.number(),
    milestones: z.array(milestoneAttributes),
    parentId: orNull(z.string()),
    childIds: z.array(z.string()),
    cancellation: orNull(cancellationAttributes),
    demo: z.boolean(),
    createdAt: z.string(),
    /** Raised by every change to milestones or cancellation (optimistic locking). */
    version: z.number(),
  }),
  keys: { pk: 'PROJECT#{id}', sk: 'PROJECT', gsi1pk: 'PROJECTS#{year}', gsi1sk: '{list}#{order:3}#{id}', gsi2pk: 'PROJECTS', gsi2sk: '{year:desc}#{list}#{order:3}#{id}' },
  indexedWhen: { note: 'top-level projects only', test: (project) => project.parentId === null },
});

export const projectDepartmentItem = itemType({
  name: "project's department entry (lead and each co-operating department; child projects too)",
  notes: "`position` is the project's order in 3 digits, for a child its parent's order then its own (003.001), so a child sorts right after its parent.",
  attributes: () => z.object({ projectId: z.string(), department: z.string(), year: z.number(), list: z.string(), position: z.string() }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'DEPT#{department}', gsi1pk: 'PROJECTS_OF#{department}', gsi1sk: '{year:desc}#{list}#{position}#{projectId}' },
});

const evaluationCounts = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [`evaluations_${level}`, z.number().default(0)])) as Record<
  `evaluations_${(typeof SATISFACTION_LEVELS)[number]}`,
  z.ZodDefault<z.ZodNumber>
>;

export const projectCountsItem = itemType({
  name: 'project counters',
  notes: 'Followers and evaluations per level, ADDed in the transaction that follows, unfollows or evaluates.',
  attributes: () => z.object({ projectId: z.string(), followers: z.number().default(0), ...evaluationCounts }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'COUNTS' },
});

export const updateItem = itemType({
  name: 'progress update (timeline entry, written once)',
  notes: 'Never updated or deleted: a mistake is put right by a CORRECTION entry.',
  attributes: () => z.object({
    id: z.string(),
    projectId: z.string(),
    kind: z.enum(UPDATE_KINDS),
    date: z.string(),
    postedAt: z.string(),
    department: z.string(),
    /** The staff member who posted it (kept for the audit trail, not shown to the public). */
    postedBy: z.string(),
    text: z.string(),
    figures: z.array(z.object({ label: z.string(), value: z.number(), unit: orNull(z.string()) })),
    spending: orNull(z.number()),
    photos: z.array(z.string()),
    milestoneId: orNull(z.string()),
    corrects: orNull(z.string()),
  }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'UPDATE#{postedAt}#{id}' },
});

export const updateByIdItem = itemType({
  name: 'progress update by id',
  notes: 'Makes a repeated post find the first (the id comes from the content) and a correction name an entry that exists.',
  attributes: () => z.object({ projectId: z.string(), id: z.string(), postedAt: z.string() }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'UPDATE_ID#{id}' },
});

export const correctionItem = itemType({
  name: 'correction link (written once)',
  attributes: () => z.object({ projectId: z.string(), corrected: z.string(), correction: z.string() }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'CORRECTED#{corrected}#{correction}' },
});

export const followerItem = itemType({
  name: 'follower',
  notes: 'gsi2 is what a resident follows, latest first.',
  attributes: () => z.object({ projectId: z.string(), residentId: z.string(), followedAt: z.string() }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'FOLLOWER#{residentId}', gsi2pk: 'FOLLOWING#{residentId}', gsi2sk: '{followedAt}#{projectId}' },
});

export const evaluationItem = itemType({
  name: 'evaluation, one per resident',
  attributes: () => z.object({ projectId: z.string(), residentId: z.string(), level: z.enum(SATISFACTION_LEVELS), comment: orNull(z.string()), createdAt: z.string() }),
  keys: { pk: 'PROJECT#{projectId}', sk: 'EVALUATION#{residentId}', gsi1pk: 'EVALUATIONS#{projectId}', gsi1sk: '{createdAt}#{residentId}' },
});

export const proposalItem = itemType({
  name: "proposal for next year's list (征集)",
  notes: '`stage` OPEN holds the ones waiting for an answer (staff only), ANSWERED the ones the public sees; gsi2 is the proposer\'s own.',
  attributes: () => z.object({
    id: z.string(),
    residentId: z.string(),
    forYear: z.number(),
    title: z.string(),
    description: z.string(),
    location: z.string(),
    contactMobile: orNull(z.string()),
    status: z.enum(PROPOSAL_STATUSES),
    reply: orNull(z.string()),
    projectId: orNull(z.string()),
    submittedAt: z.string(),
    answeredAt: orNull(z.string()),
    answeredBy: orNull(z.string()),
  }),
  keys: { pk: 'PROPOSAL#{id}', sk: 'PROPOSAL', gsi1pk: 'PROPOSALS#{forYear}#{stage}', gsi1sk: '{submittedAt}#{id}', gsi2pk: 'PROPOSER#{residentId}', gsi2sk: '{submittedAt}#{id}' },
  derive: { stage: (proposal) => (proposal.status === 'SUBMITTED' ? 'OPEN' : 'ANSWERED') },
});
