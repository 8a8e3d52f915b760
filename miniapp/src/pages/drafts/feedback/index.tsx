import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty } from '../../../components/States';
import { Paragraphs } from '../../../components/Paragraphs';
import { dateInWords } from '../../../lib/format';
import { openPage, ROUTES } from '../../../lib/navigation';
import { LoadedDraft, type DraftPageDraft } from '../../../features/drafts/components';
import { OUTCOME_WORDS } from '../../../features/drafts/format';


function FeedbackView({ draft }: { draft: DraftPageDraft }) {
  const feedback = draft.feedback;
  return (
    <View>
      <Heading level={1}>{`${draft.title}：采纳情况`}</Heading>
      {!feedback ? (
        <Empty>{draft.status === 'OPEN' ? '还在征求意见，结束后公布采纳情况。' : '征求意见已结束，采纳情况还没有公布。'}</Empty>
      ) : (
        <View>
          <Text className="gov-card__meta">{`${draft.department} · ${dateInWords(feedback.publishedAt)}公布`}</Text>
          {feedback.summary && <Paragraphs text={feedback.summary} />}
          {feedback.groups.map((group, i) => (
            <View key={`${i}:${group.point}`} className="gov-card" role="region" aria-label={group.point}>
              <Heading level={2}>{group.point}</Heading>
              <Text className="gov-line">{`结果：${OUTCOME_WORDS[group.outcome]}（${group.commentCount} 条意见）`}</Text>
              {group.reason && <Text className="gov-paragraph">{`${group.outcome === 'ADOPTED' ? '说明' : '理由'}：${group.reason}`}</Text>}
              {group.comments.map((comment) => (
                <Text key={comment.id} className="gov-note">{`${comment.sectionHeading ? `对“${comment.sectionHeading}”：` : ''}${comment.text}`}</Text>
              ))}
            </View>
          ))}
        </View>
      )}
      <Action kind="plain" onClick={() => openPage(ROUTES.draftDetail, { id: draft.id })}>
        看草案全文
      </Action>
    </View>
  );
}

/** 采纳情况: the comments grouped by point, what was adopted, and why the rest was not. The notice to commenters opens this page. */
export default function DraftFeedbackPage() {
  return (
    <Screen label="采纳情况">
      <LoadedDraft what="采纳情况">{(draft) => <FeedbackView draft={draft} />}</LoadedDraft>
    </Screen>
  );
}
