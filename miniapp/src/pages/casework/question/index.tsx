import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Photos } from '../../../components/Photos';
import { Problem, Said } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { Loaded } from '../../../components/States';
import { TextField } from '../../../components/TextField';
import { request } from '../../../api/request';
import { ConsultationDetailDocument, RateConsultationAnswerDocument, type ConsultationDetailFieldsFragment } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { ClockLine } from '../../../components/ClockLine';
import { CaseSteps } from '../../../features/casework/components';
import { consultationClockInWords, CONSULTATION_STATUS_WORDS, consultationSteps } from '../../../features/casework/format';

type Question = ConsultationDetailFieldsFragment;

/** 满意 / 不满意 once answered; 不满意 needs the reason and reopens the question the first time. */
function Rate({ c, onRated }: { c: Question; onRated: (after: Question, said: string) => void }) {
  const [unhappy, setUnhappy] = useState(false);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const rate = (satisfied: boolean) => {
    if (!satisfied && !reason.trim()) return submit.fail('请写一写哪里不满意，部门会据此重新办理。');
    submit.run(async () => {
      const after = (await request(RateConsultationAnswerDocument, { id: c.id, satisfied, reason: satisfied ? null : reason.trim() })).rateConsultationAnswer;
      onRated(after, satisfied ? '谢谢您的评价。' : after.status === 'OPEN' ? '已收到，部门会重新办理并再次答复您。' : '已收到您的评价。');
    });
  };
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="评价答复">
      <Heading level={2}>这个答复您满意吗？</Heading>
      {unhappy ? (
        <View>
          <TextField label="哪里不满意" hint="如：没有回答我的问题、说的办法行不通" value={reason} onChange={setReason} maxLength={500} lines />
          <Problem text={submit.error?.message} />
          <SendAction busy={submit.busy} onClick={() => rate(false)}>提交：不满意</SendAction>
          <Action kind="plain" onClick={() => setUnhappy(false)}>返回</Action>
        </View>
      ) : (
        <View>
          <Problem text={submit.error?.message} />
          <SendAction busy={submit.busy} onClick={() => rate(true)}>满意</SendAction>
          <Action kind="plain" onClick={() => setUnhappy(true)}>不满意</Action>
        </View>
      )}
    </View>
  );
}

function QuestionView({ c, said, onChange }: { c: Question; said: string; onChange: (after: Question, said: string) => void }) {
  const rows = [
    { label: '状态', value: CONSULTATION_STATUS_WORDS[c.status] },
    { label: '答复部门', value: c.department },
    ...(c.topic ? [{ label: '主题', value: c.topic }] : []),
    { label: '留言日期', value: dateInWords(c.askedAt) },
    { label: '能否公开', value: c.public ? '同意公开（不显示您的信息）' : '不公开' },
    ...(c.contactMobile ? [{ label: '回电号码', value: c.contactMobile }] : []),
    ...(c.hotlineOrder ? [{ label: '12345工单号', value: c.hotlineOrder }] : []),
  ];
  const rated = c.ratings[c.ratings.length - 1];
  return (
    <View>
      <Said text={said} />
      <View className="gov-card">
        <Heading level={2}>您的问题</Heading>
        <Text className="gov-paragraph" userSelect>{c.question}</Text>
        <Photos photos={c.photos} what="您留言的" />
        <ClockLine text={consultationClockInWords(c)} overdue={c.isOverdue} />
        <Fields rows={rows} />
      </View>
      {c.status === 'HOTLINE' && <Text className="gov-paragraph">{`这件事已转给 12345 热线办理${c.hotlineOrder ? `，工单号 ${c.hotlineOrder}` : ''}。可以拨打 12345 查询进度。`}</Text>}
      {c.answer && (
        <View className="gov-card" role="region" aria-label="答复">
          <Heading level={2}>{`${c.answer.department}的答复`}</Heading>
          <Text className="gov-paragraph" userSelect>{c.answer.text}</Text>
          <Text className="gov-note">{`答复日期：${dateInWords(c.answer.answeredAt)}`}</Text>
        </View>
      )}
      {rated && <Text className="gov-line">{`您的评价：${rated.satisfied ? '满意' : `不满意（${rated.reason ?? ''}）`}`}</Text>}
      {c.status === 'ANSWERED' && <Rate c={c} onRated={onChange} />}
      <CaseSteps steps={consultationSteps(c)} />
    </View>
  );
}

function QuestionOf({ id, token, sent }: { id: string; token: string; sent: boolean }) {
  const [changed, setChanged] = useState<{ c: Question; said: string } | null>(null);
  const loaded = useRemote(() => request(ConsultationDetailDocument, { id }).then((d) => d.consultation), `${id}:${token}`);
  return (
    <Loaded remote={loaded} what="这条留言">
      {(found) => (
        <QuestionView
          c={changed?.c ?? found}
          said={changed?.said ?? (sent ? '留言已提交。答复后会通知您，请留意“我的留言”。' : '')}
          onChange={(c, said) => setChanged({ c, said })}
        />
      )}
    </Loaded>
  );
}

/** One of the resident's questions: where it stands, by when it is answered, the answer and the rating (the answer message opens this). */
export default function QuestionPage() {
  const params = useRouter().params;
  const id = routeParam(params, 'id');
  const { session } = useLiveSession();
  return (
    <Screen label="留言详情">
      <Heading level={1}>留言详情</Heading>
      {session ? <QuestionOf id={id} token={session.token} sent={routeParam(params, 'sent') === '1'} /> : <SignInNeeded why="登录后能看到您的留言和答复。" />}
      <Action kind="plain" onClick={() => openPage(ROUTES.caseworkQuestions)}>
        我的全部留言
      </Action>
    </Screen>
  );
}
