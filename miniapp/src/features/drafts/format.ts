import type { AdoptionOutcome, DraftCardFieldsFragment, DraftCommentState, DraftStatus } from '../../generated/operations';
import { dateInWords } from '../../lib/format';

// 意见征集 in words: where a draft stands, what became of a comment, what was adopted.

export const DRAFT_STATUS_WORDS: Record<DraftStatus, string> = { OPEN: '正在征求意见', CLOSED: '征求意见已结束', ANSWERED: '已公布采纳情况' };

export const COMMENT_STATE_WORDS: Record<DraftCommentState, string> = {
  PENDING: '待审核，审核通过后公开',
  APPROVED: '已公开',
  REJECTED: '未公开',
};

export const OUTCOME_WORDS: Record<AdoptionOutcome, string> = { ADOPTED: '采纳', PARTLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };

/** The card's second line: department, and until when comments are taken (or how it ended). */
export function draftMeta(draft: DraftCardFieldsFragment): string {
  const when = draft.status === 'OPEN' ? `意见截止：${dateInWords(draft.lastDay)}` : DRAFT_STATUS_WORDS[draft.status];
  return `${draft.department} · ${when} · 收到意见 ${draft.commentCount} 条`;
}
