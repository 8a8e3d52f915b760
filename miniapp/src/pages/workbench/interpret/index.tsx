import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Columns } from '../../../components/Columns';
import { Confirm } from '../../../components/Confirm';
import { Problem } from '../../../components/Messages';
import { Gone, Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { AddInterpretationDocument, PolicyToInterpretDocument, UpdateInterpretationDocument, type InterpretationKind, type PolicyToInterpretQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { usePageTitle } from '../../../platform';
import { Corrected } from '../../../features/workbench/Corrected';
import { interpretationDueInWords } from '../../../features/workbench/interpretation-due';
import '../../../features/workbench/workbench.scss';

type Policy = NonNullable<PolicyToInterpretQuery['policy']>;
type Interpretation = Policy['interpretations'][number];

const KIND_WORDS: Record<InterpretationKind, string> = { TEXT: '文字解读', QA: '问答', GRAPHIC: '图解', VIDEO: '视频' };
const KINDS = ['TEXT', 'QA', 'GRAPHIC', 'VIDEO'] as const;
/** The API's limits (api/src/policies/policy-write-resolvers.ts: interpretationSchema). */
const LIMITS = { title: 200, body: 50_000, question: 500, answer: 5000, questions: 50, mediaUrl: 1000, officeHours: 100 };

type QuestionAnswer = { question: string; answer: string };

/** The last day for the interpretation, in words: the 3rd working day after the policy, overdue said plainly. */
function DueLine({ policy }: { policy: Policy }) {
  const due = policy.interpretationDue;
  if (!due) return null;
  return (
    <Text className={due.overdue ? 'workbench-count__late' : 'gov-paragraph'}>
      {`${interpretationDueInWords(due)}。`}
    </Text>
  );
}

/** A new interpretation, or with `editing` one published (修改解读): filled as it is, saved from its version after asking. */
function InterpretationForm({ policy, editing }: { policy: Policy; editing?: Interpretation }) {
  const [kind, setKind] = useState<InterpretationKind>(editing?.kind ?? 'TEXT');
  const [title, setTitle] = useState(editing?.title ?? `《${policy.title}》解读`.slice(0, LIMITS.title));
  const [body, setBody] = useState(editing?.body ?? '');
  const [questions, setQuestions] = useState<QuestionAnswer[]>(editing?.questions.length ? editing.questions.map(({ question, answer }) => ({ question, answer })) : [{ question: '', answer: '' }]);
  const [mediaUrl, setMediaUrl] = useState(editing?.mediaUrl ?? '');
  const [phone, setPhone] = useState(editing?.consultationPhone ?? '');
  const [hours, setHours] = useState(editing?.officeHours ?? '');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit(true);
  const setQuestion = (i: number, change: Partial<QuestionAnswer>) => setQuestions(questions.map((qa, j) => (j === i ? { ...qa, ...change } : qa)));
  const input = () => ({
    kind,
    title,
    body,
    questions: kind === 'QA' ? questions.filter((qa) => qa.question.trim() || qa.answer.trim()) : null,
    mediaUrl: kind === 'GRAPHIC' || kind === 'VIDEO' ? mediaUrl.trim() || null : null,
    consultationPhone: phone.trim() || null,
    officeHours: hours.trim() || null,
  });
  const send = () =>
    submit.run(async () => {
      if (editing) {
        const { updateInterpretation } = await staffRequest(UpdateInterpretationDocument, { policyId: policy.id, id: editing.id, input: input(), version: editing.version });
        setDone(updateInterpretation.id);
      } else {
        const { addInterpretation } = await staffRequest(AddInterpretationDocument, { policyId: policy.id, input: input() });
        setDone(addInterpretation.id);
      }
    });

  if (done) {
    const seen = <Action onClick={() => openPage(ROUTES.policyInterpretation, { policyId: policy.id, id: done })}>看居民看到的解读</Action>;
    return editing ? (
      <Corrected heading="解读已修改" title={title}>
        {seen}
      </Corrected>
    ) : (
      <View className="gov-card" role="status">
        <Heading level={2}>解读已发布</Heading>
        <Text className="gov-paragraph">{`「${title}」已和政策文件一起显示给居民。`}</Text>
        {seen}
      </View>
    );
  }
  return (
    <View className="gov-card" role="group" aria-label="解读">
      <Choices label="解读形式" title="解读形式" options={KINDS.map((value) => ({ value, label: KIND_WORDS[value] }))} chosen={[kind]} onChoose={setKind} />
      <TextField label="解读标题" value={title} onChange={setTitle} maxLength={LIMITS.title} counted />
      <TextField label="解读内容" hint="讲清楚核心概念、和原来比变了什么、谁能享受、要什么条件、怎么办理" value={body} onChange={setBody} maxLength={LIMITS.body} lines />
      {kind === 'QA' &&
        questions.map((qa, i) => (
          <View key={i} role="group" aria-label={`第${i + 1}问`}>
            <TextField label={`第${i + 1}问`} value={qa.question} onChange={(question) => setQuestion(i, { question })} maxLength={LIMITS.question} counted />
            <TextField label={`第${i + 1}问的回答`} value={qa.answer} onChange={(answer) => setQuestion(i, { answer })} maxLength={LIMITS.answer} lines />
          </View>
        ))}
      {kind === 'QA' && questions.length < LIMITS.questions && (
        <Action kind="plain" onClick={() => setQuestions([...questions, { question: '', answer: '' }])}>
          再加一问
        </Action>
      )}
      {(kind === 'GRAPHIC' || kind === 'VIDEO') && (
        <TextField label={kind === 'GRAPHIC' ? '图解的网址' : '视频的网址'} hint="以 https:// 开头" value={mediaUrl} onChange={setMediaUrl} maxLength={LIMITS.mediaUrl} />
      )}
      <Columns>
        <TextField label="咨询电话（可以不填）" hint="显示在解读页面底部" value={phone} onChange={setPhone} maxLength={30} />
        <TextField label="办公时间（可以不填）" hint="如：工作日 9:00—17:00" value={hours} onChange={setHours} maxLength={LIMITS.officeHours} />
      </Columns>
      {editing ? (
        confirming ? (
          <Confirm what="修改" says="确定修改吗？保存后居民马上看到改过的解读；这次修改会记录下来（谁、什么时候、改了哪些地方）。" busy={submit.busy} error={submit.error?.message} onConfirm={send} onBack={() => setConfirming(false)} />
        ) : (
          <Action onClick={() => setConfirming(true)}>保存修改</Action>
        )
      ) : (
        <>
          <Problem text={submit.error && `没能发布：${submit.error.message}`} />
          <SendAction busy={submit.busy} busyText="正在发布……" onClick={send}>
            发布解读
          </SendAction>
        </>
      )}
    </View>
  );
}

function Interpret({ id, interpretationId }: { id: string; interpretationId: string }) {
  const policy = useRemote(() => staffRequest(PolicyToInterpretDocument, { id }).then((data) => data.policy), id);
  return (
    <Loaded remote={policy} what="政策文件">
      {(found) => {
        if (!found) return <Gone>找不到这份政策文件，可能已经删除了。</Gone>;
        const editing = interpretationId ? found.interpretations.find((i) => i.id === interpretationId) : undefined;
        if (interpretationId && !editing) return <Gone>找不到这篇解读，可能已经删除了。</Gone>;
        return (
          <View>
            <Heading level={2}>{found.title}</Heading>
            {!editing && <DueLine policy={found} />}
            <InterpretationForm policy={found} editing={editing} />
          </View>
        );
      }}
    </Loaded>
  );
}

/**
 * 发布政策解读 (after publishing a policy, or later with ?id=): the form, with the 3-working-day due date.
 * With &interpretation= it is 修改政策解读: the same form, filled with that interpretation, to correct it.
 */
export default function InterpretPage() {
  const { params } = useRouter();
  const id = routeParam(params, 'id');
  const interpretationId = routeParam(params, 'interpretation');
  const title = interpretationId ? '修改政策解读' : '发布政策解读';
  usePageTitle(title);
  return (
    <Screen label={title} wide>
      <Heading level={1}>{title}</Heading>
      <StaffOnly why="这是各部门工作人员发布和修改政策解读用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{() => <Interpret key={token} id={id} interpretationId={interpretationId} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
