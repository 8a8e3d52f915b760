import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Columns } from '../../../components/Columns';
import { Problem } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { AddInterpretationDocument, PolicyToInterpretDocument, type InterpretationKind, type PolicyToInterpretQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { interpretationDueInWords } from '../../../features/workbench/interpretation-due';
import '../../../features/workbench/workbench.scss';

type Policy = NonNullable<PolicyToInterpretQuery['policy']>;

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

function InterpretationForm({ policy }: { policy: Policy }) {
  const [kind, setKind] = useState<InterpretationKind>('TEXT');
  const [title, setTitle] = useState(`《${policy.title}》解读`.slice(0, LIMITS.title));
  const [body, setBody] = useState('');
  const [questions, setQuestions] = useState<QuestionAnswer[]>([{ question: '', answer: '' }]);
  const [mediaUrl, setMediaUrl] = useState('');
  const [phone, setPhone] = useState('');
  const [hours, setHours] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit(true);
  const setQuestion = (i: number, change: Partial<QuestionAnswer>) => setQuestions(questions.map((qa, j) => (j === i ? { ...qa, ...change } : qa)));
  const send = () =>
    submit.run(async () => {
      const { addInterpretation } = await staffRequest(AddInterpretationDocument, {
        policyId: policy.id,
        input: {
          kind,
          title,
          body,
          questions: kind === 'QA' ? questions.filter((qa) => qa.question.trim() || qa.answer.trim()) : null,
          mediaUrl: kind === 'GRAPHIC' || kind === 'VIDEO' ? mediaUrl.trim() || null : null,
          consultationPhone: phone.trim() || null,
          officeHours: hours.trim() || null,
        },
      });
      setDone(addInterpretation.id);
    });

  if (done)
    return (
      <View className="gov-card" role="status">
        <Heading level={2}>解读已发布</Heading>
        <Text className="gov-paragraph">{`「${title}」已和政策文件一起显示给居民。`}</Text>
        <Action onClick={() => openPage(ROUTES.policyInterpretation, { policyId: policy.id, id: done })}>看居民看到的解读</Action>
      </View>
    );
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
      <Problem text={submit.error && `没能发布：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在发布……" onClick={send}>
        发布解读
      </SendAction>
    </View>
  );
}

function Interpret({ id }: { id: string }) {
  const policy = useRemote(() => staffRequest(PolicyToInterpretDocument, { id }).then((data) => data.policy), id);
  return (
    <Loaded remote={policy} what="政策文件">
      {(found) =>
        found ? (
          <View>
            <Heading level={2}>{found.title}</Heading>
            <DueLine policy={found} />
            <InterpretationForm policy={found} />
          </View>
        ) : (
          <Text className="gov-paragraph">找不到这份政策文件，可能已经删除了。</Text>
        )
      }
    </Loaded>
  );
}

/** 发布政策解读 (after publishing a policy, or later with ?id=): the form, with the 3-working-day due date. */
export default function InterpretPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="发布政策解读" wide>
      <Heading level={1}>发布政策解读</Heading>
      <StaffOnly why="这是各部门工作人员发布政策解读用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{() => <Interpret key={token} id={id} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
