import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';
import { ADOPTION_OUTCOMES, COMMENT_FLAGS, COMMENT_STATES, DRAFT_STATUSES } from './draft-model';

// How 意见征集 sits in the table (see core/item-type.ts; docs/table-design.md is generated from this):
// a draft, its comments and its commenters share the draft's partition.

export const draftItem = itemType({
  name: '意见征集 draft (征求意见稿)',
  notes:
    "`status` OPEN turns CLOSED when `closesAt` passes (the hourly task; reads treat a past end as closed), ANSWERED when its 采纳情况 " +
    'is published; every change but the comment count is conditional on `version`. gsi1 is one status, by the end of the period ' +
    '(open: closing soonest first, so the due ones are a key range); gsi2 is every draft, newest first.',
  attributes: () => z.object({
    id: z.string(),
    title: z.string(),
    department: z.string(),
    /** 起草说明: why the decision, what it changes, how it was drafted. */
    explanation: z.string(),
    sections: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string() })),
    /** 主题 and 适用对象, read from its text as the importer reads a policy's: whom 政策找人 tells. */
    topics: z.array(z.string()).default([]),
    targetGroups: z.array(z.string()).default([]),
    /** 其他意见反馈方式: letters, e-mail, telephone. */
    otherWays: orNull(z.string()),
    periodDays: z.number(),
    /** Why the period is shorter than 30 days. */
    shortPeriodReason: orNull(z.string()),
    publishedAt: z.string(),
    publishedBy: z.string(),
    /** The last day residents may comment (Beijing date). */
    lastDay: z.string(),
    /** The instant the period ends: the midnight after `lastDay`. */
    closesAt: z.string(),
    status: z.enum(DRAFT_STATUSES),
    closedAt: orNull(z.string()),
    /** Comments received (any state); added to by each comment's transaction. */
    commentCount: z.number().default(0),
    feedback: orNull(
      z.object({
        summary: orNull(z.string()),
        groups: z.array(z.object({ point: z.string(), outcome: z.enum(ADOPTION_OUTCOMES), reason: orNull(z.string()), commentIds: z.array(z.string()) })),
        publishedAt: z.string(),
        publishedBy: z.string(),
      }),
    ),
    version: z.number(),
  }),
  keys: { pk: 'DRAFT#{id}', sk: 'DRAFT', gsi1pk: 'DRAFTS#{status}', gsi1sk: '{closesAt}#{id}', gsi2pk: 'DRAFTS', gsi2sk: '{publishedAt}#{id}' },
});

export const draftCommentItem = itemType({
  name: "resident's comment on a draft",
  notes:
    'Its id is `<draftId>.<hash of writer, section and text>`, so a double tap writes nothing new. Replaced whole when moderated ' +
    '(conditional on PENDING). gsi1 is one draft\'s comments in one state, oldest first (the moderation queue; APPROVED: the public ' +
    'list); gsi2 is the writer\'s comments, newest first. `publicText` is the masked text shown once approved.',
  attributes: () => z.object({
    id: z.string(),
    draftId: z.string(),
    residentId: z.string(),
    /** null: on the whole draft. */
    sectionId: orNull(z.string()),
    text: z.string(),
    publicText: orNull(z.string()),
    flags: z.array(z.object({ kind: z.enum(COMMENT_FLAGS), excerpt: z.string() })),
    state: z.enum(COMMENT_STATES),
    rejectReason: orNull(z.string()),
    commentedAt: z.string(),
    moderatedAt: orNull(z.string()),
    moderatedBy: orNull(z.string()),
  }),
  keys: {
    pk: 'DRAFT#{draftId}',
    sk: 'COMMENT#{id}',
    gsi1pk: 'DRAFT_COMMENTS#{draftId}#{state}',
    gsi1sk: '{commentedAt}#{id}',
    gsi2pk: 'DRAFT_COMMENTS_OF#{residentId}',
    gsi2sk: '{commentedAt}#{id}',
  },
});

export const draftCommenterItem = itemType({
  name: "draft's commenter (to be told of its 采纳情况)",
  notes: 'One per resident who commented, whatever became of the comment; `toldAt` is set (conditionally, once) before they are told.',
  attributes: () => z.object({ draftId: z.string(), residentId: z.string(), toldAt: orNull(z.string()) }),
  keys: { pk: 'DRAFT#{draftId}', sk: 'COMMENTER#{residentId}' },
});
