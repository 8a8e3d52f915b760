import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Problem, Said } from '../../../components/Messages';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { DraftCommentQueueDocument, ModerateDraftCommentDocument, type DraftCommentQueueQuery, type DraftCommentState } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useSubmit } from '../../../hooks/use-submit';
import { routeParam } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { CommentCard } from '../../../features/drafts/components';

type Comment = DraftCommentQueueQuery['draftComments']['edges'][number]['node'];

const FLAG_WORDS = { PRIVATE_DATA: '有个人信息（公开时自动遮挡）', ABUSIVE_WORDS: '有不文明或敏感的词' } as const;
const STATES: ReadonlyArray<{ value: DraftCommentState; label: string }> = [
  { value: 'PENDING', label: '待审核' },
  { value: 'APPROVED', label: '已公开' },
  { value: 'REJECTED', label: '未公开' },
];

function Decide({ comment, onDecided }: { comment: Comment; onDecided: (c: Comment) => void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const decide = (approve: boolean) =>
    submit.run(async () => onDecided((await staffRequest(ModerateDraftCommentDocument, { id: comment.id, approve, reason: approve ? null : reason })).moderateDraftComment));
  return (
    <View role="group" aria-label="审核这条意见">
      {comment.flags.map((flag) => (
        <Text key={`${flag.kind}:${flag.excerpt}`} className="gov-line">{`⚠ ${FLAG_WORDS[flag.kind]}：${flag.excerpt}`}</Text>
      ))}
      <SendAction busy={submit.busy} busyText="正在处理……" onClick={() => decide(true)}>
        公开这条意见
      </SendAction>
      <TextField label="不公开的理由" hint="不公开时必填，提意见的人会看到" value={reason} onChange={setReason} maxLength={500} />
      <Action kind="plain" onClick={() => decide(false)}>
        不公开这条意见
      </Action>
      <Problem text={submit.error?.message} />
    </View>
  );
}

function Queue({ draftId }: { draftId: string }) {
  const [state, setState] = useState<DraftCommentState>('PENDING');
  const [said, setSaid] = useState('');
  const [title, setTitle] = useState('');
  const list = usePaged(
    (after) =>
      staffRequest(DraftCommentQueueDocument, { draftId, state, after }).then((d) => {
        setTitle(d.draft?.title ?? '');
        return pageOf(d.draftComments);
      }),
    state,
  );
  const decided = (c: Comment) => {
    list.update((old) => old.id === c.id, () => c);
    setSaid(c.state === 'APPROVED' ? '已公开这条意见（个人信息已遮挡）。' : '这条意见不公开，提意见的人会看到理由。');
  };
  return (
    <View>
      {title && <Heading level={2}>{title}</Heading>}
      <Text className="gov-paragraph">意见审核通过才公开。审核时看到的是原文；公开时手机号、身份证号等会自动遮挡。每次查看都有记录。</Text>
      <Choices label="看哪些意见" options={STATES} chosen={[state]} onChoose={setState} />
      <Said text={said} />
      <PagedList list={list} what="意见" empty={state === 'PENDING' ? '没有待审核的意见。' : '没有这样的意见。'} count={(shown) => `共 ${shown} 条`}>
        {(comments) =>
          comments.map((comment) => (
            <View key={comment.id}>
              <CommentCard comment={comment} />
              {comment.state === 'PENDING' && <Decide comment={comment} onDecided={decided} />}
            </View>
          ))
        }
      </PagedList>
    </View>
  );
}

/** 审核意见: a draft's comments held for moderation, flagged where they carry private data or abusive words; approve or reject with a reason. */
export default function ModerateDraftCommentsPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="审核意见" wide>
      <Heading level={1}>审核意见</Heading>
      <StaffOnly why="这是起草部门审核居民意见用的。请先用工作人员账号登录。">{(token) => <SignedInStaff token={token}>{() => <Queue draftId={id} />}</SignedInStaff>}</StaffOnly>
    </Screen>
  );
}
