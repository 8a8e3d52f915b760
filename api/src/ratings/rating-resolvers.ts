import * as z from 'zod';
import { maskMobile } from '@govopen/shared';
import type { Resolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, residentIdOf, staffActing, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { governmentDate } from '../core/clock';
import { badInput, notFound } from '../core/errors';
import { parseInput } from '../core/validation';
import { PROVISIONAL_DEADLINE_NOTE } from '../core/working-days';
import { caseIsOverdue } from './case-flow';
import { existingService, readableRating, readsAsStaff } from './rating-access';
import { raterReference, SERVICE_ID } from './rating-ids';
import { privateTextFor } from '../core/private-text';
import { addCounters, emptyCounters, periodMonths, publicCounts } from './rating-figures';
import { isDissatisfied, SATISFACTION_LABELS, SATISFACTION_LEVELS } from '../core/satisfaction';
import { APPEAL_STATES, CASE_STATUSES, RATING_REASONS, REASON_LABELS, type CaseDeadline, type RatingCaseParent, type CaseStep, type RatingParent, type StoredCase, type StoredRating } from './rating-model';
import { connectionOf } from '../core/items';
import { pageArgsSchema } from './service-resolvers';

const departmentFilter = z.string().trim().min(1).max(60, '部门名称太长了。').nullish();

const casesSchema = pageArgsSchema.extend({
  filter: z
    .object({ department: departmentFilter, status: z.enum(CASE_STATUSES).nullish(), overdue: z.boolean().nullish(), appeal: z.enum(APPEAL_STATES).nullish() })
    .nullish(),
});

const figuresSchema = z.object({ department: departmentFilter, serviceId: z.string().max(100).nullish() });


const withCase = (rating: StoredRating, stored: StoredCase | null, steps: CaseStep[]): RatingParent => ({
  ...rating,
  case: stored ? { ...stored, steps, rating } : null,
});

async function ratingsOf(context: RequestContext, residentId: string, args: unknown) {
  const { first, after } = parseInput(pageArgsSchema, args);
  return connectionOf(await context.stores.ratings.listRatingsOf(residentId, first, after || undefined));
}

const deadline = (d: CaseDeadline) => ({ date: d.date, provisional: d.provisional, note: d.provisional ? PROVISIONAL_DEADLINE_NOTE : null });

/** The rating a case belongs to; there is always one (they are written together). */
async function ratingOfCase(context: RequestContext, c: RatingCaseParent): Promise<StoredRating> {
  const rating = c.rating ?? (await context.loaders.rating.load(c.id));
  if (!rating) throw new Error(`case ${c.id} has no rating`);
  return rating;
}

export const ratingResolvers: Resolvers = {
  // Staff pages' histories name people as their accounts do (姓名或称呼), not by username.
  RatingCaseStep: {
    byName: ({ by }, _args, context) => (by && by !== 'resident' ? context.loaders.staffName.load(by) : null),
  },
  RatingAppeal: {
    appealedByName: ({ appealedBy }, _args, context) => context.loaders.staffName.load(appealedBy),
  },
  AppealDecision: {
    decidedByName: ({ decidedBy }, _args, context) => context.loaders.staffName.load(decidedBy),
  },
  Query: {
    ratingOptions: () => ({
      levels: SATISFACTION_LEVELS.map((level) => ({ level, label: SATISFACTION_LABELS[level], bad: isDissatisfied(level) })),
      reasons: RATING_REASONS.map((reason) => ({ reason, label: REASON_LABELS[reason] })),
    }),
    async myRatings(_root, args, context) {
      return ratingsOf(context, residentIdOf(context.actor), args);
    },
    async rating(_root, { id }, context) {
      const found = await readableRating(context, id);
      return withCase(found.rating, found.case, found.steps);
    },
    async ratingCase(_root, { id }, context) {
      const found = await readableRating(context, id);
      if (!found.case) throw notFound('这条评价不是差评，没有办理记录。');
      return { ...found.case, steps: found.steps, rating: found.rating };
    },
    async ratingCases(_root, args, context) {
      const { actor } = context;
      staffActing(actor, 'department.work');
      const { first, after, filter } = parseInput(casesSchema, args);
      const asked = filter?.department ?? undefined;
      if (asked) authorize(actor, 'department.work', { department: asked });
      const department = asked ?? (actor.kind === 'staff' && actor.role !== 'DISTRICT_ADMIN' ? actor.department : undefined);
      const status = filter?.status ?? undefined;
      const overdue = filter?.overdue ?? undefined;
      const stage = status === 'CLOSED' ? 'DONE' : 'OPEN';
      // A closed case is never overdue.
      if (stage === 'DONE' && overdue === true) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const page = await context.stores.ratings.listCases({
        department,
        stage,
        statuses: status && status !== 'CLOSED' ? [status] : undefined,
        overdue,
        appeal: filter?.appeal ?? undefined,
        today: governmentDate(context.now()),
        first,
        after: after || undefined,
      });
      return connectionOf(page);
    },
    async raterContact(_root, { caseId }, context) {
      const found = await readableRating(context, caseId);
      const { rating } = found;
      authorize(context.actor, 'personal.readFull', { department: rating.department });
      await context.audit.record(auditEntry(context.actor, 'rating.readContact', rating.id));
      return { reference: raterReference(rating.residentId, rating.department), phone: rating.contactPhone };
    },
    async ratingFigures(_root, args, context) {
      const period = periodMonths(args.period);
      const { department, serviceId } = parseInput(figuresSchema, { department: args.department, serviceId: args.serviceId });
      const store = context.stores.ratings;
      if (serviceId) {
        const service = await existingService(context, serviceId);
        if (department && department !== service.department) throw badInput('这项服务不属于这个部门。', { field: 'department' });
        const total = (await store.serviceCounters(period.months, service.department, service.id)).reduce(addCounters, emptyCounters());
        const counts = publicCounts(total);
        return { ...period, department: service.department, serviceId: service.id, total: counts, byDepartment: [], byService: [{ service, counts }] };
      }
      const groups = new Map<string, ReturnType<typeof emptyCounters>>();
      for (const { key, counters } of await store.periodCounters(period.months, { department: department ?? undefined })) groups.set(key, addCounters(groups.get(key) ?? emptyCounters(), counters));
      const total = publicCounts([...groups.values()].reduce((sum, c) => addCounters(sum, c), emptyCounters()));
      const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh'));
      if (!department) {
        return { ...period, department: null, serviceId: null, total, byDepartment: sorted.map(([name, c]) => ({ department: name, counts: publicCounts(c) })), byService: [] };
      }
      const services = await Promise.all(sorted.map(async ([id, c]) => ({ service: SERVICE_ID.test(id) ? await context.loaders.ratedService.load(id) : null, counts: publicCounts(c) })));
      const byService = services.flatMap(({ service, counts }) => (service ? [{ service, counts }] : []));
      return { ...period, department, serviceId: null, total, byDepartment: [], byService };
    },
  },
  Resident: {
    ratings: (resident, args, context) => ratingsOf(context, resident.id, args),
  },
  Rating: {
    async service(rating, _args, context) {
      const service = await context.loaders.ratedService.load(rating.serviceId);
      if (!service) throw new Error(`rating ${rating.id}: service ${rating.serviceId} is missing`);
      return service;
    },
    levelLabel: (rating) => SATISFACTION_LABELS[rating.level],
    // Only the rater and staff of the department read a rating; staff reading a private number in it is audited.
    comment: (rating, _args, context) =>
      rating.comment && privateTextFor(context, rating.comment, true, { action: 'rating.readComment', targetId: rating.id, field: 'comment' }),
    reasonLabels: (rating) => rating.reasons.map((reason) => REASON_LABELS[reason]),
    async case(rating, _args, context) {
      if (rating.case !== undefined) return rating.case;
      if (!rating.bad) return null;
      const stored = await context.loaders.ratingCase.load(rating.id);
      return stored ? { ...stored, rating } : null;
    },
    rater: (rating, _args, context) =>
      readsAsStaff(context, rating.department) ? { reference: raterReference(rating.residentId, rating.department), phone: rating.contactPhone ? maskMobile(rating.contactPhone) : null } : null,
  },
  RatingCase: {
    rating: (c, _args, context) => ratingOfCase(context, c),
    callbackDeadline: (c) => (c.callbackDeadline ? deadline(c.callbackDeadline) : null),
    rectifyDeadline: (c) => deadline(c.rectifyDeadline),
    isOverdue: (c, _args, context) => caseIsOverdue(c, context.now()),
    followUp: async (c, _args, context) =>
      c.followUp
        ? {
            ...c.followUp,
            comment: c.followUp.comment && (await privateTextFor(context, c.followUp.comment, true, { action: 'rating.readComment', targetId: c.id, field: 'followUp' })),
            levelLabel: SATISFACTION_LABELS[c.followUp.level],
            bad: isDissatisfied(c.followUp.level),
          }
        : null,
    appeal: (c, _args, context) => (readsAsStaff(context, c.department) ? c.appeal : null),
    async steps(c, _args, context) {
      const stored = c.steps ?? (await context.loaders.ratingCaseSteps.load(c.id));
      // The resident's own words in the history (their follow-up comment) are read like their comment.
      const steps = await Promise.all(
        stored.map(async (s) =>
          s.by === 'resident' && s.note ? { ...s, note: await privateTextFor(context, s.note, true, { action: 'rating.readComment', targetId: c.id, field: 'followUp' }) } : s,
        ),
      );
      if (readsAsStaff(context, c.department)) return steps;
      // Residents see what was done for them, not who did it nor the department's appeal.
      return steps.filter((s) => !s.kind.startsWith('APPEAL')).map((s) => ({ ...s, by: null }));
    },
    viewerCan: (c, _args, context) => {
      const rights = viewerCan(context.actor, { department: c.department }, { manage: 'department.work', readPersonalData: 'personal.readFull', decideAppeal: 'rating.decideAppeal' });
      // Something to decide, and four eyes: never by the one who appealed (case-flow.ts refuses it too).
      const appellant = context.actor.kind === 'staff' && c.appeal?.appealedBy === context.actor.staffId;
      return { ...rights, decideAppeal: rights.decideAppeal && c.appeal !== null && c.appeal.decision === null && !appellant };
    },
  },
};
