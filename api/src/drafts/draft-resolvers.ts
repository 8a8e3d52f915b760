import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { RequestContext } from '../app';
import { authorize, departmentFor, departmentViewed, residentIdOf, staffActing, staffResource, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { governmentDate } from '../core/clock';
import { conflict, notFound } from '../core/errors';
import { connectionOf, type Page } from '../core/items';
import { keyName, optionalText, pageArgs, parseInput, refuseUnmaskedData, requiredText } from '../core/validation';
import type { Resolvers } from '../generated/resolvers';
import { ADOPTION_OUTCOMES, COMMENT_STATES, DRAFT_STATUSES, type DraftCommentParent, type StoredDraftComment } from './draft-model';
import { tellCommenters } from './draft-notifications';
import * as rules from './draft-rules';

// 意见征集 through the API, loaded on its first use (drafts-feature.ts): anyone reads drafts, their
// public comments and 采纳情况; signed-in residents comment and read their own comments; staff of the
// draft's department (or district admins) publish drafts, moderate and publish 采纳情况.

const DRAFT_ID = /^[0-9a-f]{24}$/u;
const COMMENT_ID = /^([0-9a-f]{24})\.[0-9a-f]{16}$/u;
const hash = (parts: unknown[], length: number) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, length);

const MISSING = '没有找到这份征求意见稿。';
const COMMENT_MISSING = '没有找到这条意见。';

const publishSchema = z.object({
  title: requiredText('标题', 100),
  department: keyName('部门名称', 60).nullish(),
  explanation: requiredText('起草说明', 5000),
  sections: z
    .array(z.object({ heading: requiredText('条文标题', 100), text: requiredText('条文内容', 5000) }), { message: '请至少写一条条文。' })
    .min(1, '请至少写一条条文。')
    .max(100, '条文不能超过 100 条。'),
  periodDays: z
    .number({ message: '征求意见的天数要是整数。' })
    .int('征求意见的天数要是整数。')
    .max(rules.MAX_PERIOD_DAYS, `征求意见的时间不能超过 ${rules.MAX_PERIOD_DAYS} 天。`)
    .nullish()
    .transform((value) => value ?? rules.DEFAULT_PERIOD_DAYS),
  shortPeriodReason: optionalText('时间较短的理由', 500),
  otherWays: optionalText('其他意见反馈方式', 500),
});
const commentSchema = z.object({
  draftId: z.string().regex(DRAFT_ID, MISSING),
  sectionId: z.string().max(10).nullish().transform((value) => value ?? null),
  text: requiredText('意见', 2000),
});
const feedbackSchema = z.object({
  draftId: z.string().regex(DRAFT_ID, MISSING),
  summary: optionalText('总体说明', 2000),
  groups: z
    .array(
      z.object({
        point: requiredText('意见要点', 500),
        outcome: z.enum(ADOPTION_OUTCOMES),
        reason: optionalText('理由', 1000),
        commentIds: z.array(z.string().regex(COMMENT_ID, '归纳的意见不正确。')).max(500),
      }),
    )
    .min(1, '请至少归纳一条意见。')
    .max(100, '意见要点不能超过 100 条。'),
});
const listSchema = z.object({ status: z.enum(DRAFT_STATUSES).nullish(), words: optionalText('搜索的词', 30), ...pageArgs });
const staffListSchema = z.object({ department: keyName('部门名称', 60).nullish(), ...pageArgs });
const commentsSchema = z.object({ draftId: z.string(), state: z.enum(COMMENT_STATES).nullish(), ...pageArgs });
const pageSchema = z.object(pageArgs);

const load = (context: RequestContext, id: string) => (DRAFT_ID.test(id) ? context.loaders.draft.load(id) : Promise.resolve(null));
const draftOf = (context: RequestContext, id: string) => staffResource(context.actor, 'department.work', () => load(context, id), MISSING, (d) => ({ department: d.department }));
const shown = (page: Page<StoredDraftComment>, shownTo: DraftCommentParent['shownTo']) => connectionOf({ ...page, items: page.items.map(({ cursor, node }) => ({ cursor, node: { ...node, shownTo } })) });

export const draftResolvers: Resolvers = {
  Query: {
    async drafts(_root, args, context) {
      const { status, words, first, after } = parseInput(listSchema, args);
      const now = context.now();
      return connectionOf(await context.stores.drafts.list({ status: status ?? undefined, words: words ?? undefined, now }, { first, after: after ?? undefined, sparse: words !== null }));
    },
    draft: (_root, { id }, context) => load(context, id),
    async myDraftComments(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { first, after } = parseInput(pageSchema, args);
      return shown(await context.stores.drafts.commentsOf(residentId, { first, after: after ?? undefined }), 'writer');
    },
    async draftComments(_root, args, context) {
      const { draftId, state, first, after } = parseInput(commentsSchema, args);
      const draft = await draftOf(context, draftId);
      // Moderators read comments whole, private data and all: their role needs it, and the read is recorded.
      await context.audit.record(auditEntry(context.actor, 'draft.readComments', draft.id, { state: state ?? 'PENDING' }));
      return shown(await context.stores.drafts.comments(draft.id, state ?? 'PENDING', { first, after: after ?? undefined }), 'staff');
    },
    async departmentDrafts(_root, args, context) {
      const { department, first, after } = parseInput(staffListSchema, args);
      const viewed = departmentViewed(context.actor, department);
      return connectionOf(await context.stores.drafts.list({ department: viewed, now: context.now() }, { first, after: after ?? undefined, sparse: viewed !== undefined }));
    },
  },
  Mutation: {
    async publishDraft(_root, args, context) {
      const staff = staffActing(context.actor, 'department.work');
      const input = parseInput(publishSchema, args.input);
      const department = departmentFor(staff, input.department, context.config.districtOffice);
      authorize(staff, 'department.work', { department });
      refuseUnmaskedData({ title: input.title, explanation: input.explanation, otherWays: input.otherWays, ...Object.fromEntries(input.sections.map((s, i) => [`sections.${i}.text`, `${s.heading}\n${s.text}`])) });
      const now = context.now();
      // The same title by the same department on the same day is one draft: a double tap or a retry finds it.
      const draft = rules.publishedDraft(hash([department, input.title, governmentDate(now)], 24), department, input, staff.staffId, now);
      const { draft: stored } = await context.stores.drafts.publish(draft, auditEntry(staff, 'draft.publish', draft.id, { periodDays: draft.periodDays }));
      return stored;
    },
    async commentOnDraft(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const input = parseInput(commentSchema, args.input);
      const draft = await load(context, input.draftId);
      if (!draft) throw notFound(MISSING);
      if (input.sectionId !== null && !draft.sections.some((section) => section.id === input.sectionId)) throw notFound('没有找到这一条。');
      const now = context.now();
      rules.mustTakeComments(draft, now);
      const words = (await context.stores.publishing.sensitiveWords()).words;
      const comment: StoredDraftComment = {
        id: `${draft.id}.${hash([residentId, input.sectionId, input.text], 16)}`,
        draftId: draft.id,
        residentId,
        sectionId: input.sectionId,
        text: input.text,
        publicText: null,
        flags: rules.commentFlags(input.text, words),
        state: 'PENDING',
        rejectReason: null,
        commentedAt: now.toISOString(),
        moderatedAt: null,
        moderatedBy: null,
      };
      const added = await context.stores.drafts.addComment(comment, now);
      if (!added) throw rules.closedForComments(draft);
      return { ...added.comment, shownTo: 'writer' };
    },
    async moderateDraftComment(_root, args, context) {
      const draftId = COMMENT_ID.exec(args.id)?.[1] ?? '';
      const draft = await draftOf(context, draftId);
      const reason = parseInput(optionalText('不予公开的理由', 500), args.reason);
      const before = await context.stores.drafts.getComment(draft.id, args.id);
      if (!before) throw notFound(COMMENT_MISSING);
      const staff = staffActing(context.actor, 'department.work');
      const after = rules.moderate(before, args.approve, reason, staff.staffId, context.now());
      if (!(await context.stores.drafts.moderate(after, auditEntry(staff, 'draft.moderate', after.id, { state: after.state })))) {
        throw conflict('这条意见刚有别人审核过，请刷新后再看。');
      }
      return { ...after, shownTo: 'staff' };
    },
    async publishDraftFeedback(_root, args, context) {
      const input = parseInput(feedbackSchema, args.input);
      const before = await draftOf(context, input.draftId);
      const staff = staffActing(context.actor, 'department.work');
      refuseUnmaskedData({ summary: input.summary, ...Object.fromEntries(input.groups.flatMap((g, i) => [[`groups.${i}.point`, g.point], [`groups.${i}.reason`, g.reason]])) });
      const after = rules.feedbackFor(before, input.groups, input.summary, staff.staffId, context.now());
      if (!(await context.stores.drafts.change(before, after, auditEntry(staff, 'draft.publishFeedback', after.id, { groups: after.feedback?.groups.length })))) {
        throw conflict('这份草案刚有别人改过，请刷新后再看。');
      }
      await tellCommenters(context, after);
      return after;
    },
  },
  Draft: {
    status: (draft, _args, context) => rules.statusAt(draft, context.now()),
    async comments(draft, args, context) {
      const { first, after } = parseInput(pageSchema, args);
      return shown(await context.stores.drafts.comments(draft.id, 'APPROVED', { first, after: after ?? undefined }), 'public');
    },
    viewerCan: (draft, _args, context) => viewerCan(context.actor, draft, { manage: 'department.work' }),
  },
  DraftFeedbackGroup: {
    commentCount: (group) => group.commentIds.length,
    async comments(group, _args, context) {
      const draftId = COMMENT_ID.exec(group.commentIds[0] ?? '')?.[1];
      if (!draftId) return [];
      const found = await context.stores.drafts.getComments(draftId, group.commentIds);
      return found.filter((comment) => comment.state === 'APPROVED').map((comment) => ({ ...comment, shownTo: 'public' as const }));
    },
  },
  DraftComment: {
    text: (comment) => (comment.shownTo === 'public' ? (comment.publicText ?? '') : comment.text),
    flags: (comment) => (comment.shownTo === 'staff' ? comment.flags : []),
    async sectionHeading(comment, _args, context) {
      if (comment.sectionId === null) return null;
      return (await context.loaders.draft.load(comment.draftId))?.sections.find((section) => section.id === comment.sectionId)?.heading ?? null;
    },
    draftTitle: async (comment, _args, context) => (await context.loaders.draft.load(comment.draftId))?.title ?? '',
  },
};
