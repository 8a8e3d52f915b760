import { findSensitiveData, maskSensitiveData, writtenDate } from '@govopen/shared';
import { beijingInstant, governmentDate } from '../core/clock';
import { badInput, conflict } from '../core/errors';
import { classify } from '../policies/import/classify';
import type { AdoptionOutcome, DraftStatus, StoredDraft, StoredDraftComment } from './draft-model';

// The rules of 意见征集, as pure functions (resolvers check who may act, these check what and when):
//  - the comment period is 30 days by default; shorter only with a stated reason, never under 7. It
//    starts the day after publication, so a 30-day period published on 12-04 takes comments through
//    01-03 and ends at the midnight after it;
//  - a comment is held for moderation; unmasked private data and abusive words are flagged for the
//    moderator, and what is approved is shown masked;
//  - after the period the department publishes 采纳情况 once: the comments grouped by point, each
//    group adopted, partly adopted or not, with the reason wherever a view was not (fully) adopted.

export const DEFAULT_PERIOD_DAYS = 30;
export const MIN_PERIOD_DAYS = 7;
export const MAX_PERIOD_DAYS = 90;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The period of a draft published at `now`: its last day (Beijing) and the instant it ends. */
export function commentPeriod(now: Date, periodDays: number, shortPeriodReason: string | null): { lastDay: string; closesAt: string } {
  if (periodDays < MIN_PERIOD_DAYS) throw badInput(`征求意见的时间不能少于 ${MIN_PERIOD_DAYS} 天。`, { field: 'periodDays' });
  if (periodDays < DEFAULT_PERIOD_DAYS && !shortPeriodReason) {
    throw badInput(`征求意见的时间少于 ${DEFAULT_PERIOD_DAYS} 天，请说明理由。`, { field: 'shortPeriodReason' });
  }
  const lastDay = addDays(governmentDate(now), periodDays);
  return { lastDay, closesAt: beijingInstant(addDays(lastDay, 1)).toISOString() };
}

/** What is published for comment: staff's publishDraft input, the demo's example draft. */
export interface DraftToPublish {
  title: string;
  explanation: string;
  sections: ReadonlyArray<{ heading: string; text: string }>;
  otherWays: string | null;
  periodDays: number;
  shortPeriodReason: string | null;
}

/**
 * A draft as published on `now`: its sections numbered s1, s2 …, its topics classified from its words,
 * its comment period (refused when too short without a reason), open, with no comments yet.
 */
export function publishedDraft(id: string, department: string, input: DraftToPublish, publishedBy: string, now: Date): StoredDraft {
  return {
    id,
    title: input.title,
    department,
    explanation: input.explanation,
    sections: input.sections.map((section, i) => ({ id: `s${i + 1}`, ...section })),
    ...classify(input.title, [input.explanation, ...input.sections.map((section) => `${section.heading}\n${section.text}`)].join('\n')),
    otherWays: input.otherWays,
    periodDays: input.periodDays,
    shortPeriodReason: input.periodDays < DEFAULT_PERIOD_DAYS ? input.shortPeriodReason : null,
    publishedAt: now.toISOString(),
    publishedBy,
    ...commentPeriod(now, input.periodDays, input.shortPeriodReason),
    status: 'OPEN',
    closedAt: null,
    commentCount: 0,
    feedback: null,
    version: 1,
  };
}

/** The status residents see: an open draft whose period has passed is closed, whether or not the hourly task has run. */
export function statusAt(draft: Pick<StoredDraft, 'status' | 'closesAt'>, now: Date): DraftStatus {
  return draft.status === 'OPEN' && draft.closesAt <= now.toISOString() ? 'CLOSED' : draft.status;
}

/** What a resident is told who comments after the period. */
export const closedForComments = (draft: Pick<StoredDraft, 'lastDay'>) => conflict(`征求意见已于 ${writtenDate(draft.lastDay)} 结束，不能再提意见了。`);

/** A comment is taken only while the draft is open. */
export function mustTakeComments(draft: StoredDraft, now: Date): void {
  if (statusAt(draft, now) !== 'OPEN') throw closedForComments(draft);
}

/** Everyday abusive words; the district's sensitive-word list (工作台 → 发布设置) is added to these. */
const ABUSIVE_WORDS = ['傻逼', '傻B', '煞笔', '他妈的', '妈的', '王八蛋', '混蛋', '狗官', '去死', '滚蛋', '废物', '垃圾政府', '贱人'];

/** What the moderator should look at before approving: private data, abusive or sensitive words. */
export function commentFlags(text: string, sensitiveWords: readonly string[]): StoredDraftComment['flags'] {
  const privateData = findSensitiveData(text).map((finding) => ({ kind: 'PRIVATE_DATA' as const, excerpt: finding.excerpt }));
  const lower = text.toLowerCase();
  const words = [...new Set([...ABUSIVE_WORDS, ...sensitiveWords].map((word) => word.trim().toLowerCase()).filter(Boolean))];
  const abusive = words.filter((word) => lower.includes(word)).map((word) => ({ kind: 'ABUSIVE_WORDS' as const, excerpt: word }));
  return [...privateData, ...abusive];
}

/** The moderator's decision on a pending comment: approved, it is public with its private data masked; rejected, with the reason its writer reads. */
export function moderate(comment: StoredDraftComment, approve: boolean, reason: string | null, by: string, now: Date): StoredDraftComment {
  if (comment.state !== 'PENDING') throw conflict(comment.state === 'APPROVED' ? '这条意见已经公开了。' : '这条意见已经不予公开了。');
  if (!approve && !reason) throw badInput('请写明不予公开的理由，提意见的人会看到。', { field: 'reason' });
  const decided = { moderatedAt: now.toISOString(), moderatedBy: by };
  return approve
    ? { ...comment, ...decided, state: 'APPROVED', publicText: maskSensitiveData(comment.text), rejectReason: null }
    : { ...comment, ...decided, state: 'REJECTED', publicText: null, rejectReason: reason };
}

export interface FeedbackGroupInput {
  point: string;
  outcome: AdoptionOutcome;
  reason: string | null;
  commentIds: string[];
}

/** 采纳情况, once the period is over and only once; every group names comments of this draft, and says why where a view was not (fully) adopted. */
export function feedbackFor(draft: StoredDraft, groups: FeedbackGroupInput[], summary: string | null, by: string, now: Date): StoredDraft {
  const status = statusAt(draft, now);
  if (status === 'OPEN') throw conflict(`征求意见到 ${writtenDate(draft.lastDay)} 才结束，结束后才能公布采纳情况。`);
  if (status === 'ANSWERED') throw conflict('这份草案的采纳情况已经公布了。');
  groups.forEach((group, i) => {
    if (group.outcome !== 'ADOPTED' && !group.reason) throw badInput(`第 ${i + 1} 条意见没有全部采纳，请写明理由。`, { field: `groups.${i}.reason` });
    const foreign = group.commentIds.find((id) => !id.startsWith(`${draft.id}.`));
    if (foreign) throw badInput(`第 ${i + 1} 条归纳的意见不属于这份草案。`, { field: `groups.${i}.commentIds` });
  });
  const at = now.toISOString();
  return {
    ...draft,
    status: 'ANSWERED',
    closedAt: draft.closedAt ?? draft.closesAt,
    feedback: { summary, groups, publishedAt: at, publishedBy: by },
    version: draft.version + 1,
  };
}
