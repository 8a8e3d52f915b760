import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Empty } from '../../../components/States';
import { Paragraphs } from '../../../components/Paragraphs';
import { Problem, Said } from '../../../components/Messages';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { TextField } from '../../../components/TextField';
import { request } from '../../../api/request';
import { CommentOnDraftDocument, type CommentOnDraftMutation } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useSubmit } from '../../../hooks/use-submit';
import { dateInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { afterAsking } from '../../../platform/messages';
import { useShare } from '../../../platform/share';
import { CommentCard, LoadedDraft, type DraftPageDraft } from '../../../features/drafts/components';
import { DRAFT_STATUS_WORDS } from '../../../features/drafts/format';

const MAX_COMMENT = 2000;

/** A comment box, on the whole draft (no section) or one section; what was sent shows at once with its state. */
function CommentBox({ draftId, section }: { draftId: string; section: { id: string; heading: string } | null }) {
  const signedIn = Boolean(useLiveSession().session);
  const [text, setText] = useState('');
  const [askSignIn, setAskSignIn] = useState(false);
  const [sent, setSent] = useState<Array<CommentOnDraftMutation['commentOnDraft']>>([]);
  const submit = useSubmit();
  const where = section ? `对“${section.heading}”` : '对全文';
  const send = () => {
    if (!text.trim()) return submit.fail('请先写下您的意见。');
    if (!signedIn) return setAskSignIn(true);
    // weapp asks, inside the tap, to tell the resident when the 采纳情况 is published.
    submit.run(afterAsking(['DRAFT_FEEDBACK_PUBLISHED'], async () => {
      const { commentOnDraft } = await request(CommentOnDraftDocument, { input: { draftId, sectionId: section?.id ?? null, text: text.trim() } });
      setSent((before) => [commentOnDraft, ...before.filter((c) => c.id !== commentOnDraft.id)]);
      setText('');
    }));
  };
  return (
    <View role="group" aria-label={`${where}提意见`}>
      <TextField label={`${where}提意见`} hint="请不要写手机号、身份证号等个人信息" value={text} onChange={setText} maxLength={MAX_COMMENT} lines />
      <Problem text={submit.error?.message} />
      {askSignIn && !signedIn && <SignInNeeded why="提意见要先登录，这样采纳情况公布时能告诉您。登录后回到这里，写好的内容还在。" />}
      <SendAction busy={submit.busy} onClick={send}>
        提交意见
      </SendAction>
      {sent.length > 0 && <Said text="意见已提交。审核通过后公开，状态在“我的意见”里随时能看。" />}
      {sent.map((comment) => (
        <CommentCard key={comment.id} comment={comment} />
      ))}
    </View>
  );
}

/** One section of the draft with its own comment box (opened with a tap, so the text stays calm to read). */
function Section({ draft, section }: { draft: DraftPageDraft; section: DraftPageDraft['sections'][number] }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="gov-card" role="region" aria-label={section.heading}>
      <Heading level={3}>{section.heading}</Heading>
      <Paragraphs text={section.text} />
      {draft.status === 'OPEN' &&
        (open ? (
          <CommentBox draftId={draft.id} section={section} />
        ) : (
          <Action kind="plain" label={`对这一条提意见：${section.heading}`} onClick={() => setOpen(true)}>
            对这一条提意见
          </Action>
        ))}
    </View>
  );
}

/** What 朗读全文 reads: the title, the facts as the page says them, 起草说明, then each article. */
function draftSpeech(draft: DraftPageDraft, rows: ReadonlyArray<{ label: string; value: string }>): string[] {
  return [
    `${draft.title}。`,
    rows.map((row) => `${row.label}：${row.value}`).join('。') + '。',
    `起草说明：${draft.explanation}`,
    ...draft.sections.map((section) => `${section.heading}。${section.text}`),
  ];
}

function DraftView({ draft, sent }: { draft: DraftPageDraft; sent: boolean }) {
  // 转发 to neighbours who may want to comment too: the card opens this draft.
  useShare(ROUTES.draftDetail, { id: draft.id }, `征求意见：${draft.title}`);
  const comments = draft.comments.edges.map((edge) => edge.node);
  const rows = [
    { label: '起草部门', value: draft.department },
    { label: '状态', value: DRAFT_STATUS_WORDS[draft.status] },
    { label: '征求意见', value: `${dateInWords(draft.publishedAt)} 至 ${dateInWords(draft.lastDay)}（${draft.periodDays} 天）` },
    ...(draft.shortPeriodReason ? [{ label: '时间较短的原因', value: draft.shortPeriodReason }] : []),
    ...(draft.otherWays ? [{ label: '其他提意见的方式', value: draft.otherWays }] : []),
  ];
  return (
    <View>
      <Heading level={1}>{draft.title}</Heading>
      <Said text={sent && '已发布，居民现在能看到并提意见了。'} />
      <Fields rows={rows} />
      <ReadAloudBar parts={() => draftSpeech(draft, rows)} />
      {draft.feedback && <Action onClick={() => openPage(ROUTES.draftFeedback, { id: draft.id })}>看采纳情况</Action>}
      <Heading level={2}>起草说明</Heading>
      <Paragraphs text={draft.explanation} />
      <Heading level={2}>草案全文</Heading>
      {draft.sections.map((section) => (
        <Section key={section.id} draft={draft} section={section} />
      ))}
      {draft.status === 'OPEN' ? (
        <View className="gov-card">
          <CommentBox draftId={draft.id} section={null} />
        </View>
      ) : (
        <Text className="gov-paragraph">{`征求意见已于 ${dateInWords(draft.lastDay)} 结束。`}</Text>
      )}
      <Heading level={2}>{`已公开的意见（${comments.length} 条）`}</Heading>
      {comments.length === 0 ? <Empty>还没有公开的意见。意见审核通过后在这里公开。</Empty> : comments.map((comment) => <CommentCard key={comment.id} comment={comment} />)}
      <Action kind="plain" onClick={() => openPage(ROUTES.draftMine)}>
        我的意见
      </Action>
    </View>
  );
}

/** 征求意见稿: the draft, its 起草说明 and sections, a comment box per section and for the whole text, the public comments. */
/** With &sent=1 it is where 发布征求意见稿 lands, saying it was published. */
export default function DraftPage() {
  const sent = routeParam(useRouter().params, 'sent') === '1';
  return (
    <Screen label="征求意见稿">
      <LoadedDraft what="征求意见稿">{(draft) => <DraftView draft={draft} sent={sent} />}</LoadedDraft>
    </Screen>
  );
}
