import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Problem, Said } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { Loaded } from '../../../components/States';
import { StepForm } from '../../../components/StepForm';
import { request } from '../../../api/request';
import {
  CorrectInformationRequestDocument,
  InformationRequestDetailDocument,
  WithdrawInformationRequestDocument,
  type InformationRequestDetailFieldsFragment,
} from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateInWords, dayInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { ClockLine } from '../../../components/ClockLine';
import { CaseSteps, FeeCard, NoticeLinks } from '../../../features/casework/components';
import { DELIVERY_WORDS, FORM_WORDS, REPLY_KIND_WORDS, REQUEST_STATUS_WORDS, requestClockInWords, requestSteps } from '../../../features/casework/format';

type Application = InformationRequestDetailFieldsFragment;
type OnChange = (after: Application, said: string) => void;

function Withdraw({ r, onChange }: { r: Application; onChange: OnChange }) {
  const [sure, setSure] = useState(false);
  const submit = useSubmit();
  if (!sure) return <Action kind="plain" onClick={() => setSure(true)}>撤回申请</Action>;
  return (
    <View className="gov-card" role="group" aria-label="撤回申请">
      <Text className="gov-paragraph">撤回后这份申请就不再办理了。以后还需要的，可以重新申请。</Text>
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} onClick={() => submit.run(async () => onChange((await request(WithdrawInformationRequestDocument, { id: r.id })).withdrawInformationRequest, '申请已撤回。'))}>
        确定撤回
      </SendAction>
      <Action kind="plain" onClick={() => setSure(false)}>不撤回</Action>
    </View>
  );
}

function RequestView({ r, said, onChange }: { r: Application; said: string; onChange: OnChange }) {
  const rows = [
    { label: '申请编号', value: r.reference },
    { label: '状态', value: REQUEST_STATUS_WORDS[r.status] },
    { label: '受理机关', value: r.department },
    { label: '收到日期', value: dateInWords(r.receivedOn) },
    { label: '申请人', value: r.applicantName },
    ...(r.idNumber ? [{ label: '身份证号码', value: r.idNumber }] : []),
    { label: '手机号', value: r.mobile },
    { label: '形式', value: FORM_WORDS[r.form] },
    { label: '获取方式', value: DELIVERY_WORDS[r.delivery] },
    ...(r.replyKind ? [{ label: '答复结果', value: REPLY_KIND_WORDS[r.replyKind] }] : []),
  ];
  const open = r.status === 'PROCESSING' || r.status === 'AWAITING_CORRECTION';
  return (
    <View>
      <Said text={said} />
      <View className="gov-card">
        <Heading level={2}>申请的信息</Heading>
        <Text className="gov-paragraph" userSelect>{r.description}</Text>
        <ClockLine text={requestClockInWords(r)} overdue={r.isOverdue} />
        <Fields rows={rows} />
      </View>
      {r.status === 'AWAITING_CORRECTION' && (
        <StepForm
          title="补正申请"
          label="补正的内容"
          hint={`机关请您补正：${r.correctionItems ?? ''}${r.correctionDueBy ? `。请最迟在${dayInWords(r.correctionDueBy)}补正，逾期视为放弃申请。` : ''}补正后重新计算 20 个工作日。`}
          maxLength={2000}
          button="提交补正"
          done="补正已提交，答复期限从今天起重新计算。"
          send={(text) => request(CorrectInformationRequestDocument, { id: r.id, text }).then((d) => d.correctInformationRequest)}
          onDone={onChange}
        />
      )}
      {r.fee && <FeeCard fee={r.fee} />}
      <NoticeLinks r={r} />
      <CaseSteps steps={requestSteps(r)} />
      {open && <Withdraw r={r} onChange={onChange} />}
    </View>
  );
}

function RequestOf({ id, token, sent }: { id: string; token: string; sent: boolean }) {
  const [changed, setChanged] = useState<{ r: Application; said: string } | null>(null);
  const loaded = useRemote(() => request(InformationRequestDetailDocument, { id }).then((d) => d.informationRequest), `${id}:${token}`);
  return (
    <Loaded remote={loaded} what="这份申请">
      {(found) => (
        <RequestView
          r={changed?.r ?? found}
          said={changed?.said ?? (sent ? '申请已提交。请记下申请编号；答复后会通知您。' : '')}
          onChange={(r, said) => setChanged({ r, said })}
        />
      )}
    </Loaded>
  );
}

/** One of the resident's applications: where it stands, the date it must be answered by, 补正, the fee, the 告知书 (the reply message opens this). */
export default function RequestPage() {
  const params = useRouter().params;
  const { session } = useLiveSession();
  return (
    <Screen label="公开申请详情">
      <Heading level={1}>公开申请详情</Heading>
      {session ? (
        <RequestOf id={routeParam(params, 'id')} token={session.token} sent={routeParam(params, 'sent') === '1'} />
      ) : (
        <SignInNeeded why="登录后能看到您的申请和告知书。" />
      )}
      <Action kind="plain" onClick={() => openPage(ROUTES.caseworkRequests)}>
        我的全部申请
      </Action>
    </Screen>
  );
}
