import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Problem } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { DraftCommentQueueDocument, PublishDraftFeedbackDocument, type AdoptionOutcome, type DraftCommentQueueQuery } from '../../../generated/operations';
import { pageOf } from '../../../hooks/use-paged';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { replacePage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { OUTCOME_WORDS } from '../../../features/drafts/format';

type Comment = DraftCommentQueueQuery['draftComments']['edges'][number]['node'];
type GroupForm = { point: string; outcome: AdoptionOutcome | null; reason: string; commentIds: string[] };

const OUTCOMES = (Object.keys(OUTCOME_WORDS) as AdoptionOutcome[]).map((value) => ({ value, label: OUTCOME_WORDS[value] }));
const EMPTY_GROUP: GroupForm = { point: '', outcome: null, reason: '', commentIds: [] };
const shortText = (c: Comment) => `${c.sectionHeading ? `${c.sectionHeading}：` : ''}${c.text.slice(0, 40)}`;

function FeedbackForm({ draftId, comments }: { draftId: string; comments: Comment[] }) {
  const [summary, setSummary] = useState('');
  const [groups, setGroups] = useState<GroupForm[]>([EMPTY_GROUP]);
  const submit = useSubmit(true);
  const setGroup = (i: number, change: Partial<GroupForm>) => setGroups((all) => all.map((g, j) => (j === i ? { ...g, ...change } : g)));
  const toggle = (i: number, id: string) => {
    const ids = groups[i]?.commentIds ?? [];
    setGroup(i, { commentIds: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });
  };
  const send = () => {
    const missing = groups.findIndex((g) => !g.outcome);
    if (missing >= 0) return submit.fail(`第 ${missing + 1} 条请选择采纳结果。`);
    submit.run(async () => {
      const input = { draftId, summary: summary || null, groups: groups.map((g) => ({ point: g.point, outcome: g.outcome!, reason: g.reason || null, commentIds: g.commentIds })) };
      await staffRequest(PublishDraftFeedbackDocument, { input });
      await replacePage(ROUTES.draftFeedback, { id: draftId });
    });
  };
  return (
    <View>
      <Text className="gov-paragraph">把意见按要点归纳，每个要点写明采纳、部分采纳或未采纳；没有全部采纳的要写理由。公布后，提过意见的居民都会收到通知。只能公布一次。</Text>
      <TextField label="总体说明（可以不填）" hint="如：共收到意见 12 条，归纳为 3 个方面" value={summary} onChange={setSummary} maxLength={2000} lines />
      {groups.map((group, i) => (
        <View key={i} className="gov-card" role="group" aria-label={`第 ${i + 1} 个要点`}>
          <TextField label={`第 ${i + 1} 个意见要点`} value={group.point} onChange={(point) => setGroup(i, { point })} maxLength={500} />
          <Choices label={`第 ${i + 1} 个要点的结果`} title="采纳结果" options={OUTCOMES} chosen={group.outcome ? [group.outcome] : []} onChoose={(outcome) => setGroup(i, { outcome })} />
          <TextField label={group.outcome === 'ADOPTED' ? '说明（可以不填）' : '理由'} value={group.reason} onChange={(reason) => setGroup(i, { reason })} maxLength={1000} lines />
          {comments.length > 0 && (
            <Choices label={`第 ${i + 1} 个要点包括的意见`} title="包括哪些意见" options={comments.map((c) => ({ value: c.id, label: shortText(c) }))} chosen={group.commentIds} onChoose={(id) => toggle(i, id)} column />
          )}
        </View>
      ))}
      <Action kind="plain" onClick={() => setGroups((all) => [...all, EMPTY_GROUP])}>
        再加一个要点
      </Action>
      <Problem text={submit.error && `没能公布：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在公布……" onClick={send}>
        公布采纳情况
      </SendAction>
    </View>
  );
}

function Answer({ draftId }: { draftId: string }) {
  const comments = useRemote(() => staffRequest(DraftCommentQueueDocument, { draftId, state: 'APPROVED' }).then((d) => ({ title: d.draft?.title ?? '', items: pageOf(d.draftComments).items })), draftId);
  return (
    <Loaded remote={comments} what="已公开的意见">
      {(found) => (
        <View>
          {found.title && <Heading level={2}>{found.title}</Heading>}
          <FeedbackForm draftId={draftId} comments={found.items} />
        </View>
      )}
    </Loaded>
  );
}

/** 公布采纳情况: after the period, the comments grouped by point, each adopted, partly or not (with the reason); commenters are told. */
export default function DraftAnswerPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="公布采纳情况" wide>
      <Heading level={1}>公布采纳情况</Heading>
      <StaffOnly why="这是起草部门公布意见采纳情况用的。请先用工作人员账号登录。">{(token) => <SignedInStaff token={token}>{() => <Answer draftId={id} />}</SignedInStaff>}</StaffOnly>
    </Screen>
  );
}
