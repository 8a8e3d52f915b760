import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { ClockLine } from '../../../components/ClockLine';
import { RevealOnPurpose } from '../../../components/RevealOnPurpose';
import { Fields } from '../../../components/Fields';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { Problem, Said } from '../../../components/Messages';
import { StaffOnly } from '../../../components/Staff';
import { StepForm } from '../../../components/StepForm';
import { TextField } from '../../../components/TextField';
import {
  AppealRatingDocument,
  CloseCaseDocument,
  DecideAppealDocument,
  RaterContactDocument,
  RatingCaseDetailDocument,
  RecordCallbackDocument,
  ReplyToRatingDocument,
  type CaseDetailFieldsFragment,
  type ReplyOutcome,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { useSubmit } from '../../../hooks/use-submit';
import { caseStatusInWords, deadlineInWords, OUTCOME_WORDS, overdueInWords, STEP_WORDS } from '../../../features/rating/format';
import { dateInWords, dateTimeInWords } from '../../../lib/format';
import '../../../features/rating/rating.scss';

type Case = CaseDetailFieldsFragment;
/** A step was saved: the case as it is now, and what to say (the form that did it may be gone). */
type OnDone = (c: Case, said: string) => void;

function ReplyForm({ c, onDone }: { c: Case; onDone: OnDone }) {
  const [outcome, setOutcome] = useState<ReplyOutcome>('RECTIFIED');
  return (
    <StepForm
      title="答复评价人"
      label="答复内容"
      hint="居民会在“我的评价”里看到，并收到通知。请用平实的话写清楚做了什么。"
      maxLength={2000}
      button="发送答复"
      done="答复已发送。"
      send={(reply) => staffRequest(ReplyToRatingDocument, { caseId: c.id, reply, outcome }).then((d) => d.replyToRating)}
      onDone={onDone}
    >
      <Choices label="办理结果" title="办理结果" options={(['RECTIFIED', 'EXPLAINED'] as const).map((value) => ({ value, label: OUTCOME_WORDS[value] }))} chosen={[outcome]} onChoose={setOutcome} />
    </StepForm>
  );
}

/** The call-back number, masked; in full on request (the API records every such read). */
function RaterPhone({ c }: { c: Case }) {
  const phone = c.rating.rater?.phone;
  if (!phone) return <Text className="gov-paragraph">评价人没有留回访电话。</Text>;
  return <RevealOnPurpose label="回访电话" masked={phone} read={() => staffRequest(RaterContactDocument, { caseId: c.id }).then((d) => d.raterContact.phone)} />;
}

/** A district admin other than the appellant decides: upheld takes the rating out of the figures. */
function DecideForm({ c, onDone }: { c: Case; onDone: OnDone }) {
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const decide = (upheld: boolean) =>
    submit.run(async () => {
      const after = (await staffRequest(DecideAppealDocument, { caseId: c.id, upheld, note: note.trim() || null })).decideAppeal;
      setNote('');
      onDone(after, upheld ? '申诉成立：这条评价已撤下，不再计入满意度。' : '申诉不成立：这条差评照常办理。');
    });
  return (
    <View className="gov-card rating-section" role="group" aria-label="决定申诉">
      <Heading level={2}>决定申诉</Heading>
      <TextField label="核实情况（选填）" hint="怎样核实的、依据是什么。会记录在案。" value={note} onChange={setNote} maxLength={1000} lines />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={() => decide(true)}>
        申诉成立，撤下这条评价
      </SendAction>
      <SendAction kind="plain" busy={submit.busy} busyText="正在保存……" onClick={() => decide(false)}>
        申诉不成立
      </SendAction>
    </View>
  );
}

/** 申诉: the department asks the district to take a malicious rating out; a district admin other than the one who asked decides. */
function Appeal({ c, onDone }: { c: Case; onDone: OnDone }) {
  const appeal = c.appeal;
  if (!appeal) {
    if (c.status === 'CLOSED') return null;
    return (
      <StepForm
        title="申诉恶意评价"
        label="申诉理由"
        hint="认为这是恶意差评的，可以申诉一次。由区政府办公室的区级管理员核实决定（提出申诉的人不能自己决定）；成立的，这条评价不计入满意度，公开的数字里会写明撤下了几条。评价人看不到申诉。"
        maxLength={1000}
        button="提交申诉"
        done="申诉已提交，等待区政府办公室决定。"
        send={(reason) => staffRequest(AppealRatingDocument, { caseId: c.id, reason }).then((d) => d.appealRating)}
        onDone={onDone}
      />
    );
  }
  const rows = [
    { label: '申诉理由', value: appeal.reason },
    { label: '申诉人', value: `${appeal.appealedByName}，${dateTimeInWords(appeal.appealedAt)}` },
    ...(appeal.decision
      ? [
          { label: '结论', value: appeal.decision.upheld ? '申诉成立，评价已撤下，不计入满意度' : '申诉不成立，照常办理' },
          { label: '决定人', value: `${appeal.decision.decidedByName}，${dateTimeInWords(appeal.decision.decidedAt)}` },
          ...(appeal.decision.note ? [{ label: '核实情况', value: appeal.decision.note }] : []),
        ]
      : [{ label: '结论', value: '等待区政府办公室决定' }]),
  ];
  return (
    <View>
      <View className="gov-card rating-section" role="region" aria-label="申诉">
        <Heading level={2}>申诉</Heading>
        <Fields rows={rows} />
      </View>
      {/* The API says who may decide: a district admin, while the appeal waits, never the one who appealed. */}
      {c.viewerCan.decideAppeal && <DecideForm c={c} onDone={onDone} />}
    </View>
  );
}

function CaseView({ c, said, onChange }: { c: Case; said: string; onChange: OnDone }) {
  const r = c.rating;
  const rows = [
    { label: '服务', value: r.service.name },
    { label: '办理部门', value: c.department },
    ...(r.window ? [{ label: '窗口', value: `${r.window}号窗口` }] : []),
    ...(r.matterNumber ? [{ label: '办件号', value: r.matterNumber }] : []),
    { label: '评价', value: r.levelLabel },
    { label: '不满意的原因', value: [...r.reasonLabels, r.comment].filter(Boolean).join('；') },
    { label: '评价时间', value: dateTimeInWords(r.ratedAt) },
    ...(r.rater ? [{ label: '评价人', value: r.rater.reference }] : []),
  ];
  const status = [
    { label: '状态', value: caseStatusInWords(c, 'staff') },
    c.callbackDeadline
      ? { label: '回访期限', value: `${deadlineInWords(c.callbackDeadline)}${c.callbackDeadline.note ? `（${c.callbackDeadline.note}）` : ''}` }
      : { label: '回访', value: '不用回访：评价人没有留手机号，请直接书面答复' },
    { label: '答复期限', value: `${deadlineInWords(c.rectifyDeadline)}${c.rectifyDeadline.note ? `（${c.rectifyDeadline.note}）` : ''}` },
    ...(c.repliedAt ? [{ label: '答复', value: `${dateInWords(c.repliedAt)}，${c.answeredOnTime ? '按期' : '超期'}` }] : []),
    ...(c.followUp ? [{ label: '居民追评', value: [c.followUp.levelLabel, c.followUp.comment].filter(Boolean).join('：') }] : []),
    // An upheld appeal closes the case too; the resident's satisfaction is then not what ended it.
    ...(c.closedAt ? [{ label: '办结', value: `${dateInWords(c.closedAt)}，${c.excluded ? '申诉成立，评价已撤下' : c.resolved ? '居民满意' : '居民未表示满意'}` }] : []),
  ];
  const overdue = overdueInWords(c);
  // Without the rater's phone number there is no call-back: the reply is the first step.
  const callable = c.callbackDeadline !== null;
  return (
    <View>
      <View className="gov-card">
        <Heading level={2}>评价</Heading>
        <Fields rows={rows} />
        <RaterPhone c={c} />
      </View>
      <View className="gov-card">
        <Heading level={2}>办理情况</Heading>
        <ClockLine text={overdue} overdue={c.isOverdue} />
        <Fields rows={status} />
      </View>
      <View className="rating-section">
        <Heading level={2}>办理经过</Heading>
        <View className="rating-steps" role="list" aria-label="办理经过">
          {c.steps.map((step, i) => (
            <View className="rating-step" role="listitem" key={`${step.kind}-${i}`}>
              <Text className="rating-step__when">{dateTimeInWords(step.at)}</Text>
              <Text className="rating-step__what">
                {`${STEP_WORDS[step.kind]}${step.outcome ? `（${OUTCOME_WORDS[step.outcome]}）` : ''}${step.byName ? ` · ${step.byName}` : ''}`}
              </Text>
              {step.note && <Text className="gov-line">{step.note}</Text>}
            </View>
          ))}
        </View>
      </View>
      <Said text={said} />
      {((c.status === 'OPEN' && callable) || c.status === 'CALLED_BACK') && (
        <StepForm
          title={c.status === 'OPEN' ? '记录回访' : '再记一次回访'}
          label="回访情况"
          hint="打电话了解到的情况、和评价人说好的事。"
          maxLength={1000}
          button="保存回访记录"
          done="回访记录已保存。"
          send={(note) => staffRequest(RecordCallbackDocument, { caseId: c.id, note }).then((d) => d.recordCallback)}
          onDone={onChange}
        />
      )}
      {(c.status === 'CALLED_BACK' || (c.status === 'OPEN' && !callable)) && <ReplyForm c={c} onDone={onChange} />}
      {(c.status === 'RECTIFIED' || c.status === 'EXPLAINED') && (
        <StepForm
          title="结案"
          label="结案说明（选填）"
          hint={c.followUp ? '' : '居民还没有追评。结案后，居民不能再追评，这件差评不算“整改后满意”。'}
          optional
          maxLength={1000}
          button="结案"
          done="已结案。"
          send={(note) => staffRequest(CloseCaseDocument, { caseId: c.id, note: note || null }).then((d) => d.closeCase)}
          onDone={onChange}
        />
      )}
      {c.status === 'CLOSED' && <Text className="gov-message">{c.excluded ? '这条评价经申诉已撤下，不计入满意度。' : '这件差评已办结。'}</Text>}
      <Appeal c={c} onDone={onChange} />
      {c.status === 'CLOSED' && (
        // A closed case leaves the clerk nothing to do here: the way on is the list.
        <Action kind="plain" onClick={() => openPage(ROUTES.ratingStaff)}>
          回到差评列表
        </Action>
      )}
    </View>
  );
}

function CaseOf({ id, token }: { id: string; token: string }) {
  const [changed, setChanged] = useState<{ c: Case; said: string } | null>(null);
  const loaded = useRemote(() => staffRequest(RatingCaseDetailDocument, { id }).then((d) => d.ratingCase), `${id}:${token}`);
  return (
    <Loaded remote={loaded} what="这件差评">
      {(found) => {
        const c = changed?.c ?? found;
        return c ? <CaseView c={c} said={changed?.said ?? ''} onChange={(next, said) => setChanged({ c: next, said })} /> : <Empty>没有找到这件差评。</Empty>;
      }}
    </Loaded>
  );
}

/** One bad rating's case for staff: the rating, deadlines, every step, and the next step's form. */
export default function RatingCasePage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="差评办理" wide>
      <Heading level={1}>差评办理</Heading>
      <StaffOnly why="请先以工作人员身份登录。">{(token) => <CaseOf id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
