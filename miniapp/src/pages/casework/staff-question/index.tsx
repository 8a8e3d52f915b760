import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Problem, Said } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { RevealOnPurpose } from '../../../components/RevealOnPurpose';
import { StaffOnly } from '../../../components/Staff';
import { StepForm } from '../../../components/StepForm';
import { TextField } from '../../../components/TextField';
import {
  AnswerConsultationDocument,
  ConsultationContactDocument,
  ConsultationDetailDocument,
  HandConsultationToHotlineDocument,
  MarkConsultationComplexDocument,
  PublishFrequentQuestionDocument,
  TransferConsultationDocument,
  type ConsultationDetailFieldsFragment,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateTimeInWords } from '../../../lib/format';
import { routeParam } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { CaseSteps, ClockLine } from '../../../features/casework/components';
import { consultationClockInWords, CONSULTATION_STATUS_WORDS, consultationSteps } from '../../../features/casework/format';

type Question = ConsultationDetailFieldsFragment;
type OnDone = (after: Question, said: string) => void;

function Transfer({ c, onDone }: { c: Question; onDone: OnDone }) {
  const [to, setTo] = useState('');
  return (
    <StepForm
      title="转办"
      label="转办说明"
      hint="为什么转、需要对方办什么。转办后答复期限不变。"
      maxLength={500}
      button="转办"
      done="已转办。"
      send={(note) => staffRequest(TransferConsultationDocument, { id: c.id, toDepartment: to.trim(), note }).then((d) => d.transferConsultation)}
      onDone={onDone}
    >
      <TextField label="转给哪个部门" hint="如：区住房和城乡建设局" value={to} onChange={setTo} maxLength={60} />
    </StepForm>
  );
}

/** 公开为高频问答: an answered question its asker agreed to publish, masked. */
function Publish({ c }: { c: Question }) {
  const [said, setSaid] = useState('');
  const submit = useSubmit();
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="公开为高频问答">
      <Heading level={2}>公开为高频问答</Heading>
      <Text className="gov-paragraph">留言人同意公开。公开时不显示留言人，问答里的手机号、身份证号等会遮住。</Text>
      <Problem text={submit.error?.message} />
      <Said text={said} />
      {!said && (
        <Action disabled={submit.busy} onClick={() => submit.run(async () => (await staffRequest(PublishFrequentQuestionDocument, { id: c.id }), setSaid('已公开为高频问答。')))}>
          公开为高频问答
        </Action>
      )}
    </View>
  );
}

function QuestionView({ c, said, onChange }: { c: Question; said: string; onChange: OnDone }) {
  const rows = [
    { label: '状态', value: CONSULTATION_STATUS_WORDS[c.status] },
    { label: '办理部门', value: c.department },
    ...(c.topic ? [{ label: '主题', value: c.topic }] : []),
    { label: '留言时间', value: dateTimeInWords(c.askedAt) },
    { label: '能否公开', value: c.public ? '留言人同意公开' : '不公开' },
    ...(c.complexReason ? [{ label: '复杂咨询', value: c.complexReason }] : []),
    ...(c.hotlineOrder ? [{ label: '12345工单号', value: c.hotlineOrder }] : []),
    ...(c.ratings.length ? [{ label: '居民评价', value: c.ratings.map((r) => (r.satisfied ? '满意' : `不满意：${r.reason ?? ''}`)).join('；') }] : []),
  ];
  const open = c.status === 'OPEN';
  const faqPublished = c.steps.some((step) => step.kind === 'PUBLISHED_AS_FAQ');
  return (
    <View>
      <View className="gov-card">
        <Heading level={2}>留言</Heading>
        <Text className="gov-paragraph" userSelect>{c.question}</Text>
        <ClockLine text={consultationClockInWords(c)} overdue={c.isOverdue} />
        <Fields rows={rows} />
        {c.contactMobile ? <RevealOnPurpose label="回电号码" read={() => staffRequest(ConsultationContactDocument, { id: c.id }).then((d) => d.consultationContact)} /> : <Text className="gov-paragraph">留言人没有留电话。</Text>}
      </View>
      {c.answer && (
        <View className="gov-card" role="region" aria-label="答复">
          <Heading level={2}>{`${c.answer.department}的答复`}</Heading>
          <Text className="gov-paragraph" userSelect>{c.answer.text}</Text>
        </View>
      )}
      <Said text={said} />
      {open && (
        <StepForm
          title="答复"
          label="答复内容"
          hint="居民会收到通知，在“我的留言”里看到。请用平实的话回答所问的事。"
          maxLength={2000}
          button="发送答复"
          done="答复已发送。"
          send={(answer) => staffRequest(AnswerConsultationDocument, { id: c.id, answer }).then((d) => d.answerConsultation)}
          onDone={onChange}
        />
      )}
      {open && <Transfer c={c} onDone={onChange} />}
      {open && !c.complexReason && (
        <StepForm
          title="认定为复杂咨询"
          label="理由"
          hint="需要调查、会商的，可以认定为复杂咨询，答复期限按复杂咨询计算（从留言之日起）。只能认定一次。"
          maxLength={500}
          button="认定为复杂咨询"
          done="已认定为复杂咨询，答复期限已延长。"
          send={(reason) => staffRequest(MarkConsultationComplexDocument, { id: c.id, reason }).then((d) => d.markConsultationComplex)}
          onDone={onChange}
        />
      )}
      {open && (
        <StepForm
          title="转12345热线"
          label="12345工单号"
          maxLength={40}
          button="记录转12345"
          done="已记录转12345热线。"
          send={(workOrder) => staffRequest(HandConsultationToHotlineDocument, { id: c.id, workOrder }).then((d) => d.handConsultationToHotline)}
          onDone={onChange}
        />
      )}
      {c.public && c.answer && !open && !faqPublished && <Publish c={c} />}
      <CaseSteps steps={consultationSteps(c)} />
    </View>
  );
}

function QuestionOf({ id, token }: { id: string; token: string }) {
  const [changed, setChanged] = useState<{ c: Question; said: string } | null>(null);
  const loaded = useRemote(() => staffRequest(ConsultationDetailDocument, { id }).then((d) => d.consultation), `${id}:${token}`);
  return <Loaded remote={loaded} what="这条留言">{(found) => <QuestionView c={changed?.c ?? found} said={changed?.said ?? ''} onChange={(c, said) => setChanged({ c, said })} />}</Loaded>;
}

/** One question for staff: the clock, the answer, transfer, 复杂咨询, 12345 and 高频问答. */
export default function StaffQuestionPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="咨询留言办理" wide>
      <Heading level={1}>咨询留言办理</Heading>
      <StaffOnly why="请先以工作人员身份登录。">{(token) => <QuestionOf id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
