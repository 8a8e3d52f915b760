import type { z } from 'zod';
import type { draftCommentItem, draftItem } from './draft-items';

// 意见征集: a draft of a major decision (重大行政决策) put out for comment, the residents' comments on
// it, and the department's 采纳情况 afterwards, as stored.

/** OPEN: taking comments until `closesAt`; CLOSED: the period is over; ANSWERED: its 采纳情况 is published. */
export const DRAFT_STATUSES = ['OPEN', 'CLOSED', 'ANSWERED'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** PENDING: held for moderation (only its writer and staff see it); APPROVED: public, masked; REJECTED: never public. */
export const COMMENT_STATES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

/** What the moderator is warned of: an unmasked mobile, ID or bank card number; a word on the abusive or sensitive list. */
export const COMMENT_FLAGS = ['PRIVATE_DATA', 'ABUSIVE_WORDS'] as const;

export const ADOPTION_OUTCOMES = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;
export type AdoptionOutcome = (typeof ADOPTION_OUTCOMES)[number];

export type StoredDraft = z.output<typeof draftItem.declaration.attributes>;
export type StoredDraftComment = z.output<typeof draftCommentItem.declaration.attributes>;
export type DraftFeedback = NonNullable<StoredDraft['feedback']>;
export type FeedbackGroup = DraftFeedback['groups'][number];

// What the GraphQL types' field resolvers start from (codegen's mappers).
export type DraftParent = StoredDraft;
/** A comment, and who it is shown to: its writer and staff read it whole, everyone else masked. */
export interface DraftCommentParent extends StoredDraftComment {
  shownTo: 'public' | 'writer' | 'staff';
}
export type DraftFeedbackParent = DraftFeedback;
export type DraftFeedbackGroupParent = FeedbackGroup;
