import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Photos } from '../../../components/Photos';
import { Problem, Said } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { RevealOnPurpose } from '../../../components/RevealOnPurpose';
import { StaffOnly } from '../../../components/Staff';
import { StepForm } from '../../../components/StepForm';
import { TextField } from '../../../components/TextField';
import { Choices } from '../../../components/Choices';
import {
  AddConsultationToInterpretationDocument,
  AnswerConsultationDocument,
  ConsultationContactDocument,
  ConsultationDetailDocument,
  HandConsultationToHotlineDocument,
  InterpretationsToExtendDocument,
  type InterpretationsToExtendQuery,
  MarkConsultationComplexDocument,
  PublishFrequentQuestionDocument,
  TransferConsultationDocument,
  type ConsultationDetailFieldsFragment,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateTimeInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { ClockLine } from '../../../components/ClockLine';
import { CaseSteps } from '../../../features/casework/components';
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

type PolicyFound = InterpretationsToExtendQuery['policies']['edges'][number]['node'];

/** 加入政策解读问答: the clerk finds the department's policy, chooses its interpretation and words the question and answer. */
function AddToInterpretation({ c }: { c: Question }) {
  const [words, setWords] = useState('');
  const [found, setFound] = useState<PolicyFound[] | null>(null);
  const [chosen, setChosen] = useState<{ policyId: string; interpretationId: string } | null>(null);
  const [question, setQuestion] = useState(c.question);
  const [answer, setAnswer] = useState(c.answer?.text ?? '');
  const [said, setSaid] = useState('');
  const submit = useSubmit();
  const find = () =>
    submit.run(async () => {
      const data = await staffRequest(InterpretationsToExtendDocument, { filter: { department: c.department, text: words.trim() } });
      setFound(data.policies.edges.map((edge) => edge.node).filter((policy) => policy.interpretations.length > 0));
      setChosen(null);
    });
  const options = (found ?? []).flatMap((policy) => policy.interpretations.map((i) => ({ value: `${policy.id}/${i.id}`, label: `${policy.title}：${i.title}` })));
  const add = () =>
    submit.run(async () => {
      if (!chosen) throw new Error('请先选择要加入的政策解读。');
      await staffRequest(AddConsultationToInterpretationDocument, { id: c.id, ...chosen, question: question.trim(), answer: answer.trim() });
      setSaid('已加入政策解读问答，居民在这篇解读里就能看到。');
    });
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="加入政策解读问答">
      <Heading level={2}>加入政策解读问答</Heading>
      <Text className="gov-paragraph">把这个问题和答复整理好，加到本部门一篇政策解读的问答里。请去掉姓名、电话等个人信息。</Text>
      <TextField label="政策文件标题中的字" hint="如：高龄津贴" value={words} onChange={setWords} maxLength={40} />
      <Action kind="plain" disabled={submit.busy} onClick={find}>
        查找政策解读
      </Action>
      {found && options.length === 0 && <Text className="gov-paragraph">没有找到带解读的本部门政策，换几个字再找。</Text>}
      {options.length > 0 && (
        <Choices
          label="加到哪篇解读"
          options={options}
          column
          chosen={chosen ? [`${chosen.policyId}/${chosen.interpretationId}`] : []}
          onChoose={(value) => {
            const [policyId = '', interpretationId = ''] = value.split('/');
            setChosen({ policyId, interpretationId });
          }}
        />
      )}
      <TextField label="问题" hint="用居民常问的说法" value={question} onChange={setQuestion} maxLength={500} lines />
      <TextField label="回答" value={answer} onChange={setAnswer} maxLength={5000} lines />
      <Problem text={submit.error?.message} />
      <Said text={said} />
      {!said && (
        <Action disabled={submit.busy || !chosen} onClick={add}>
          加入政策解读问答
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
        <Photos photos={c.photos} what="留言人附的" />
        <ClockLine text={consultationClockInWords(c)} overdue={c.isOverdue} />
        <Fields rows={rows} />
        {c.contactMobile ? <RevealOnPurpose label="回电号码" masked={c.contactMobile} read={() => staffRequest(ConsultationContactDocument, { id: c.id }).then((d) => d.consultationContact)} /> : <Text className="gov-paragraph">留言人没有留电话。</Text>}
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
          oneLine
          maxLength={40}
          button="记录转12345"
          done="已记录转12345热线。"
          send={(workOrder) => staffRequest(HandConsultationToHotlineDocument, { id: c.id, workOrder }).then((d) => d.handConsultationToHotline)}
          onDone={onChange}
        />
      )}
      {c.public && c.answer && !open && !faqPublished && <Publish c={c} />}
      {c.public && c.answer && !open && <AddToInterpretation c={c} />}
      <CaseSteps steps={consultationSteps(c)} />
      {!open && (
        // A finished question leaves the clerk nothing to do here: the way on is the queue.
        <Action kind="plain" onClick={() => openPage(ROUTES.caseworkStaffQuestions)}>
          回到留言列表
        </Action>
      )}
    </View>
  );
}

function QuestionOf({ id, token }: { id: string; token: string }) {
  const [changed, setChanged] = useState<{ c: Question; said: string } | null>(null);
  const loaded = useRemote(() => staffRequest(ConsultationDetailDocument, { id }).then((d) => d.consultation), `${id}:${token}`);
  return <Loaded remote={loaded} what="这条留言">{(found) => <QuestionView c={changed?.c ?? found} said={changed?.said ?? ''} onChange={(c, said) => setChanged({ c, said })} />}</Loaded>;
}

/** One question for staff: the clock, the answer, transfer, 复杂咨询, 12345, 高频问答 and 加入政策解读问答. */
export default function StaffQuestionPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="咨询留言办理" wide>
      <Heading level={1}>咨询留言办理</Heading>
      <StaffOnly why="请先以工作人员身份登录。">{(token) => <QuestionOf id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
