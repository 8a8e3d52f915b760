import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { LinkCard } from '../../components/LinkCard';
import { Loaded, Gone } from '../../components/States';
import { request } from '../../api/request';
import { DraftPageDocument, type DraftCardFieldsFragment, type DraftCommentFieldsFragment, type DraftPageQuery, type PublicDraftCommentFieldsFragment } from '../../generated/operations';
import { useRemote } from '../../hooks/use-remote';
import { dateInWords } from '../../lib/format';
import { openPage, routeParam, ROUTES } from '../../lib/navigation';
import { COMMENT_STATE_WORDS, draftMeta } from './format';
import { CardTitle } from '../../components/CardTitle';

/** A draft in a list; opens its page. */
export function DraftCard({ draft, onOpen }: { draft: DraftCardFieldsFragment; onOpen?: () => void }) {
  return <LinkCard title={draft.title} lines={[draftMeta(draft)]} onClick={onOpen ?? (() => openPage(ROUTES.draftDetail, { id: draft.id }))} />;
}

/** One comment: where it was made, the text, and where the query read them (its writer's, staff's) the draft and its state in words. */
export function CommentCard({ comment }: { comment: PublicDraftCommentFieldsFragment & Partial<Pick<DraftCommentFieldsFragment, 'state' | 'rejectReason' | 'draftTitle'>> }) {
  const where = comment.sectionHeading ? `对“${comment.sectionHeading}”` : '对全文';
  return (
    <View className="gov-card" role="article" aria-label={`${where}的意见`} data-testid="draft-comment">
      {comment.draftTitle && <CardTitle text={comment.draftTitle} />}
      <Text className="gov-card__meta">{`${where} · ${dateInWords(comment.commentedAt)}`}</Text>
      <Text className="gov-paragraph">{comment.text}</Text>
      {comment.state && <Text className="gov-line">{`状态：${COMMENT_STATE_WORDS[comment.state]}`}</Text>}
      {comment.rejectReason && <Text className="gov-line">{`未公开的原因：${comment.rejectReason}`}</Text>}
    </View>
  );
}

export type DraftPageDraft = NonNullable<DraftPageQuery['draft']>;

/** The draft the page's `id` names (its page, its 采纳情况), loaded; NOT_FOUND said in words. */
export function LoadedDraft({ what, children }: { what: string; children: (draft: DraftPageDraft) => ReactNode }) {
  const id = routeParam(useRouter().params, 'id');
  const draft = useRemote(() => request(DraftPageDocument, { id }).then((data) => data.draft), id);
  return (
    <Loaded remote={draft} what={what}>
      {(found) => (found ? children(found) : <Gone>没有找到这份征求意见稿，它可能已被撤下。</Gone>)}
    </Loaded>
  );
}
