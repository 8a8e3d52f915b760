import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, type Permission, residentIdOf, staffActing } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { governmentDate } from '../core/clock';
import { badInput, conflict, UserFacingError } from '../core/errors';
import { optionalText, parseInput, refuseUnmaskedData, requiredText } from '../core/validation';
import * as flow from './case-flow';
import { existingService, staffCase } from './rating-access';
import { RATING_ID, ratingIdFor } from './rating-ids';
import { isDissatisfied, SATISFACTION_LEVELS } from '../core/satisfaction';
import { RATING_REASONS, type RatingCaseParent, type RatingParent, type StoredCase } from './rating-model';
import { notifyReply } from './rating-notifications';
import { checkedWindow } from './service-resolvers';

/** An optional field: left empty is the same as not given. */
const blankAsNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

const comment = optionalText('意见', 500);

const ratingSchema = z
  .object({
    level: z.enum(SATISFACTION_LEVELS),
    reasons: z.array(z.enum(RATING_REASONS)).max(RATING_REASONS.length, '原因选得太多了。').nullish().transform((r) => [...new Set(r ?? [])].sort()),
    comment,
    matterNumber: blankAsNull(
      z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z_-]{1,40}$/u, '办件号只能有字母、数字、横线和下划线，最多 40 位。')
        .transform((m) => m.toUpperCase()),
    ),
    window: z.string().max(20, '窗口号不正确。').nullish(),
    contactPhone: blankAsNull(z.string().trim().regex(/^1\d{10}$/u, '回访电话请填写 11 位手机号码。')),
  })
  .superRefine((input, ctx) => {
    const bad = isDissatisfied(input.level);
    if (!bad && input.reasons.length > 0) ctx.addIssue({ code: 'custom', message: '满意的评价不用选不满意的原因。', path: ['reasons'] });
    if (bad && input.reasons.length === 0 && !input.comment) ctx.addIssue({ code: 'custom', message: '请选择不满意的原因，或者写几句原因。', path: ['reasons'] });
    if (bad && input.reasons.includes('OTHER') && !input.comment) ctx.addIssue({ code: 'custom', message: '选了“其他”，请写一下具体原因。', path: ['comment'] });
  });

const followUpSchema = z.object({ level: z.enum(SATISFACTION_LEVELS), comment });

const noteSchema = requiredText('回访情况', 1000);
const replySchema = requiredText('答复内容', 2000);
const reasonSchema = requiredText('申诉理由', 1000);
const optionalNote = optionalText('说明', 1000);

/** Applies one step to a case read just before; a case changed in between is reported, not overwritten. */
async function applyStep(context: RequestContext, before: StoredCase, transition: flow.Transition, action: `rating.${string}`): Promise<RatingCaseParent> {
  const audit = context.actor.kind === 'staff' ? auditEntry(context.actor, action, before.id, { status: transition.after.status }) : undefined;
  const ok = await context.stores.ratings.changeCase({ before, after: transition.after, step: transition.step, counters: transition.counters, audit });
  if (!ok) throw conflict('这件事刚有别人处理过，请刷新后再看。');
  return transition.after;
}

/** A staff step on a case: who may is asked of the rule table first, then the step is applied to the case as read. */
async function staffStep(
  context: RequestContext,
  caseId: string,
  permission: Permission,
  action: `rating.${string}`,
  transition: (before: StoredCase, by: string, now: Date) => flow.Transition | Promise<flow.Transition>,
): Promise<RatingCaseParent> {
  const before = await staffCase(context, caseId, permission);
  const by = staffActing(context.actor, permission).staffId;
  return applyStep(context, before, await transition(before, by, context.now()), action);
}

export const ratingWriteResolvers: { Mutation: MutationResolvers<RequestContext> } = {
  Mutation: {
    async rateService(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const input = parseInput(ratingSchema, args.input);
      const service = await existingService(context, args.serviceId);
      if (service.disabled) throw badInput('这项服务已停用，不能评价了。');
      const window = checkedWindow(service, input.window);
      const now = context.now();
      const ratedDate = governmentDate(now);
      const bad = isDissatisfied(input.level);
      // Only a bad rating is called back, so only a bad rating keeps a telephone number.
      const contactPhone = bad ? (input.contactPhone ?? (await context.stores.identity.getResident(residentId))?.phone ?? null) : null;
      const id = ratingIdFor(residentId, service.id, input.matterNumber ?? null, ratedDate);
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([input.level, input.reasons, input.comment, input.matterNumber ?? null, window, bad ? (input.contactPhone ?? null) : null]))
        .digest('hex');
      const { rating, opened } = flow.openRating({
        id,
        service,
        residentId,
        level: input.level,
        reasons: input.reasons,
        comment: input.comment,
        matterNumber: input.matterNumber ?? null,
        window,
        contactPhone,
        fingerprint,
        now,
        deadlines: context.config.ratings,
        demo: false,
      });
      const result = await context.stores.ratings.addRating(rating, opened);
      if (result.created) return { ...rating, case: opened ? { ...opened.case, steps: [opened.step], rating } : null } satisfies RatingParent;
      // The same rating again (a double tap, a retry) is the rating already there.
      if (result.rating.fingerprint === fingerprint) return result.rating;
      throw new UserFacingError(
        'CONFLICT',
        rating.matterNumber ? '这件事您已经评价过了（一事一评），可以在“我的评价”里查看。' : '今天您已经评价过这项服务了（一次一评），可以在“我的评价”里查看。',
        { ratingId: id },
      );
    },
    async rateRectification(_root, args, context) {
      authorize(context.actor, 'resident.act');
      const input = parseInput(followUpSchema, args.input);
      const before = RATING_ID.test(args.caseId) ? (await context.stores.ratings.getCases([args.caseId])).get(args.caseId) : undefined;
      if (!before) throw new UserFacingError('NOT_FOUND', '没有找到这条记录。');
      authorize(context.actor, 'resident.own', { residentId: before.residentId });
      return applyStep(context, before, flow.rateFix(before, input.level, input.comment, context.now()), 'rating.followUp');
    },
    recordCallback: (_root, args, context) =>
      staffStep(context, args.caseId, 'department.work', 'rating.callback', (before, by, now) => flow.recordCallback(before, by, parseInput(noteSchema, args.note), now)),
    async replyToRating(_root, args, context) {
      const after = await staffStep(context, args.caseId, 'department.work', 'rating.reply', (before, by, now) => {
        const reply = parseInput(replySchema, args.reply);
        refuseUnmaskedData({ reply });
        return flow.reply(before, by, reply, args.outcome, now);
      });
      const service = await context.loaders.ratedService.load(after.serviceId);
      await notifyReply(context, after, service?.name ?? '政务服务');
      return after;
    },
    closeCase: (_root, args, context) =>
      staffStep(context, args.caseId, 'department.work', 'rating.close', (before, by, now) => flow.close(before, by, parseInput(optionalNote, args.note), now)),
    appealRating: (_root, args, context) =>
      staffStep(context, args.caseId, 'department.work', 'rating.appeal', (before, by, now) => flow.appeal(before, by, parseInput(reasonSchema, args.reason), now)),
    async decideAppeal(_root, args, context) {
      const note = parseInput(optionalNote, args.note);
      return staffStep(context, args.caseId, 'rating.decideAppeal', 'rating.decideAppeal', async (before, by, now) => {
        const rating = await context.loaders.rating.load(before.id);
        if (!rating) throw new Error(`case ${before.id} has no rating`);
        return flow.decide(before, by, args.upheld, note, rating.level, now);
      });
    },
  },
};
