import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Confirm } from '../../../components/Confirm';
import { Fields } from '../../../components/Fields';
import { Problem, Said } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { RevealOnPurpose } from '../../../components/RevealOnPurpose';
import { StaffOnly } from '../../../components/Staff';
import { StepForm } from '../../../components/StepForm';
import { TextField } from '../../../components/TextField';
import {
  ApplicantIdNumberDocument,
  AskThirdPartyOpinionDocument,
  ExtendInformationRequestDocument,
  InformationRequestDetailDocument,
  NoticeInformationFeeDocument,
  RecordThirdPartyOpinionDocument,
  ReplyToInformationRequestDocument,
  RequestInformationCorrectionDocument,
  SettleInformationFeeDocument,
  type FeeMethod,
  type InformationReplyKind,
  type InformationRequestDetailFieldsFragment,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateInWords, dayInWords } from '../../../lib/format';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { ClockLine } from '../../../components/ClockLine';
import { CaseSteps, FeeCard, NoticeLinks } from '../../../features/casework/components';
import {
  APPLICANT_KIND_WORDS,
  DELIVERY_WORDS,
  FEE_METHOD_WORDS,
  FORM_WORDS,
  REPLY_GROUNDS,
  REPLY_KIND_WORDS,
  REQUEST_STAFF_STATUS_WORDS,
  requestClockInWords,
  requestSteps,
} from '../../../features/casework/format';

type Application = InformationRequestDetailFieldsFragment;
type OnDone = (after: Application, said: string) => void;

/** 答复: one of the legal kinds, the grounds it rests on, the reasons; it makes the 告知书. */
function ReplyForm({ r, onDone }: { r: Application; onDone: OnDone }) {
  const [kind, setKind] = useState<InformationReplyKind>('DISCLOSED');
  const [grounds, setGrounds] = useState<string[]>([]);
  const [reasons, setReasons] = useState('');
  const [agency, setAgency] = useState('');
  const [contact, setContact] = useState('');
  const submit = useSubmit();
  const groundWords = REPLY_GROUNDS[kind];
  const choose = (next: InformationReplyKind) => {
    setKind(next);
    setGrounds([]);
  };
  const toggle = (ground: string) => setGrounds((now) => (now.includes(ground) ? now.filter((g) => g !== ground) : [...now, ground]));
  // What is filled in is checked first; then, since a 告知书 once sent stands, the clerk confirms the kind chosen.
  const [asking, setAsking] = useState(false);
  const ask = () => {
    if (groundWords && !grounds.length) return submit.fail('请选择答复的依据。');
    if (!reasons.trim()) return submit.fail('请填写答复的理由和说明。');
    if (kind === 'OTHER_AGENCY' && !agency.trim()) return submit.fail('请填写负责公开的机关。');
    submit.reset();
    setAsking(true);
  };
  const send = () =>
    submit.run(async () => {
      const reply = { kind, grounds, reasons: reasons.trim(), otherAgencyName: agency.trim() || null, otherAgencyContact: contact.trim() || null };
      onDone((await staffRequest(ReplyToInformationRequestDocument, { id: r.id, reply })).replyToInformationRequest, '已答复，告知书已生成，申请人会收到通知。');
    });
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="答复">
      <Heading level={2}>答复</Heading>
      <Choices label="答复类型" title="答复类型" options={(Object.keys(REPLY_KIND_WORDS) as InformationReplyKind[]).map((value) => ({ value, label: REPLY_KIND_WORDS[value] }))} chosen={[kind]} onChoose={choose} column />
      {groundWords && <Choices label="依据" title="依据（可以多选）" options={Object.entries(groundWords).map(([value, label]) => ({ value, label }))} chosen={grounds} onChoose={toggle} column />}
      {kind === 'OTHER_AGENCY' && (
        <>
          <TextField label="负责公开的机关" value={agency} onChange={setAgency} maxLength={100} />
          <TextField label="该机关的联系方式（可以不填）" value={contact} onChange={setContact} maxLength={100} />
        </>
      )}
      <TextField label="理由和说明" hint="写进告知书：提供了什么、怎样获取，或不能提供的具体理由" value={reasons} onChange={setReasons} maxLength={2000} lines />
      {asking ? (
        <Confirm
          what="发出答复"
          says={`确定按「${REPLY_KIND_WORDS[kind]}」答复吗？告知书马上生成，申请人会收到通知；发出后不能撤回或修改。`}
          busy={submit.busy}
          error={submit.error?.message}
          onConfirm={send}
          onBack={() => setAsking(false)}
        />
      ) : (
        <>
          <Problem text={submit.error?.message} />
          <SendAction busy={submit.busy} busyText="正在保存……" onClick={ask}>发出答复和告知书</SendAction>
        </>
      )}
    </View>
  );
}

/** 延期: once, at most 20 working days, with the reason and who approved it. */
function ExtendForm({ r, onDone }: { r: Application; onDone: OnDone }) {
  const [days, setDays] = useState('20');
  const [approvedBy, setApprovedBy] = useState('');
  return (
    <StepForm
      title="延长答复期限"
      label="延期理由"
      hint="需经机关负责人同意，只能延长一次，最多 20 个工作日；会生成延期告知书。"
      maxLength={500}
      button="延长答复期限"
      done="已延长答复期限，延期告知书已生成。"
      send={(reason) => staffRequest(ExtendInformationRequestDocument, { id: r.id, workingDays: Number(days) || 0, reason, approvedBy: approvedBy.trim() }).then((d) => d.extendInformationRequest)}
      onDone={onDone}
    >
      <TextField label="延长几个工作日" value={days} onChange={setDays} type="number" maxLength={2} />
      <TextField label="批准人" hint="同意延期的机关负责人" value={approvedBy} onChange={setApprovedBy} maxLength={50} />
    </StepForm>
  );
}

/** 信息处理费: by item or by page; the calculation is the API's (2020 national rules). */
function FeeForm({ r, onDone }: { r: Application; onDone: OnDone }) {
  const [method, setMethod] = useState<FeeMethod>('PER_PAGE');
  const [quantity, setQuantity] = useState('');
  const submit = useSubmit();
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="收取信息处理费">
      <Heading level={2}>收取信息处理费</Heading>
      <Text className="gov-note">申请数量、频次明显超过合理范围的才收取。通知后答复期限暂停，缴费或减免后继续计算。</Text>
      <Choices label="计收方式" options={(Object.keys(FEE_METHOD_WORDS) as FeeMethod[]).map((value) => ({ value, label: FEE_METHOD_WORDS[value] }))} chosen={[method]} onChoose={setMethod} />
      <TextField label={method === 'PER_PAGE' ? '页数' : '本月件数'} value={quantity} onChange={setQuantity} type="number" maxLength={5} />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={() => submit.run(async () => onDone((await staffRequest(NoticeInformationFeeDocument, { id: r.id, method, quantity: Number(quantity) || 0 })).noticeInformationFee, '已通知收费，收费告知书已生成。'))}>
        计算并通知收费
      </SendAction>
    </View>
  );
}

function SettleFee({ r, onDone }: { r: Application; onDone: OnDone }) {
  const submit = useSubmit();
  const settle = (settlement: 'PAID' | 'WAIVED') =>
    submit.run(async () => onDone((await staffRequest(SettleInformationFeeDocument, { id: r.id, settlement, note: null })).settleInformationFee, settlement === 'PAID' ? '已记录缴费，答复期限继续计算。' : '已减免，答复期限继续计算。'));
  return (
    <View className="gov-card gov-step-form" role="group" aria-label="缴费情况">
      <Heading level={2}>缴费情况</Heading>
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={() => settle('PAID')}>已缴纳</SendAction>
      <SendAction kind="plain" busy={submit.busy} busyText="正在保存……" onClick={() => settle('WAIVED')}>减免</SendAction>
    </View>
  );
}

function RequestView({ r, said, onChange }: { r: Application; said: string; onChange: OnDone }) {
  const rows = [
    { label: '申请编号', value: r.reference },
    { label: '状态', value: REQUEST_STAFF_STATUS_WORDS[r.status] },
    { label: '受理机关', value: r.department },
    { label: '收到日期', value: dateInWords(r.receivedOn) },
    { label: '申请人', value: `${r.applicantName}（${APPLICANT_KIND_WORDS[r.applicantKind]}）` },
    { label: '手机号', value: r.mobile },
    { label: '形式', value: FORM_WORDS[r.form] },
    { label: '获取方式', value: DELIVERY_WORDS[r.delivery] },
    ...(r.correctionItems ? [{ label: '补正', value: r.correctionItems }] : []),
    ...(r.replyKind ? [{ label: '答复结果', value: REPLY_KIND_WORDS[r.replyKind] }] : []),
  ];
  const processing = r.status === 'PROCESSING';
  const feeDue = Boolean(r.fee && !r.fee.settlement);
  const thirdPartyPending = processing && !r.replyDeadline && !feeDue;
  const running = processing && Boolean(r.replyDeadline);
  const extended = r.steps.some((step) => step.kind === 'EXTENDED');
  return (
    <View>
      <View className="gov-card">
        <Heading level={2}>申请的信息</Heading>
        <Text className="gov-paragraph" userSelect>{r.description}</Text>
        <ClockLine text={requestClockInWords(r)} overdue={r.isOverdue} />
        <Fields rows={rows} />
        {r.idNumber && <RevealOnPurpose label="身份证号码" masked={r.idNumber} read={() => staffRequest(ApplicantIdNumberDocument, { id: r.id }).then((d) => d.applicantIdNumber)} />}
      </View>
      <Said text={said} />
      {running && <ReplyForm r={r} onDone={onChange} />}
      {running && r.correctionRequestBy && (
        <StepForm
          title="要求补正"
          label="需要补正的内容"
          hint={`最迟${dayInWords(r.correctionRequestBy)}（收到申请后 7 个工作日内）提出，一次性写清楚。补正期间答复期限暂停，补正后重新计算 20 个工作日。`}
          maxLength={1000}
          button="发出补正告知书"
          done="已要求补正，补正告知书已生成。"
          send={(items) => staffRequest(RequestInformationCorrectionDocument, { id: r.id, items }).then((d) => d.requestInformationCorrection)}
          onDone={onChange}
        />
      )}
      {running && !r.correctionItems && !r.correctionRequestBy && <Text className="gov-note">收到申请已超过 7 个工作日，不能再要求补正。</Text>}
      {running && !extended && <ExtendForm r={r} onDone={onChange} />}
      {running && (
        <StepForm
          title="征求第三方意见"
          label="征求谁的意见"
          hint="公开可能损害第三方合法权益的，书面征求意见。第三方答复的时间（最多 15 个工作日）不计入答复期限。"
          maxLength={100}
          button="开始征求意见"
          done="已开始征求第三方意见，答复期限暂停。"
          send={(whom) => staffRequest(AskThirdPartyOpinionDocument, { id: r.id, whom }).then((d) => d.askThirdPartyOpinion)}
          onDone={onChange}
        />
      )}
      {thirdPartyPending && (
        <StepForm
          title="第三方意见"
          label="第三方的意见"
          hint="第三方逾期未答复的，写明未答复。记录后答复期限继续计算。"
          maxLength={1000}
          button="记录第三方意见"
          done="已记录第三方意见，答复期限继续计算。"
          send={(opinion) => staffRequest(RecordThirdPartyOpinionDocument, { id: r.id, opinion }).then((d) => d.recordThirdPartyOpinion)}
          onDone={onChange}
        />
      )}
      {running && !r.fee && <FeeForm r={r} onDone={onChange} />}
      {r.fee && <FeeCard fee={r.fee} />}
      {processing && feeDue && <SettleFee r={r} onDone={onChange} />}
      <NoticeLinks r={r} staff />
      <CaseSteps steps={requestSteps(r)} />
      {!processing && (
        // Answered, or waiting for the applicant: nothing more to do here, the way on is the queue.
        <Action kind="plain" onClick={() => openPage(ROUTES.caseworkStaffRequests)}>
          回到申请列表
        </Action>
      )}
    </View>
  );
}

function RequestOf({ id, token }: { id: string; token: string }) {
  const [changed, setChanged] = useState<{ r: Application; said: string } | null>(null);
  const loaded = useRemote(() => staffRequest(InformationRequestDetailDocument, { id }).then((d) => d.informationRequest), `${id}:${token}`);
  return <Loaded remote={loaded} what="这份申请">{(found) => <RequestView r={changed?.r ?? found} said={changed?.said ?? ''} onChange={(r, said) => setChanged({ r, said })} />}</Loaded>;
}

/** One application for staff: its clock, and the steps the 条例 allows — reply, 补正, extension, third party, fee. */
export default function StaffRequestPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="依申请公开办理" wide>
      <Heading level={1}>依申请公开办理</Heading>
      <StaffOnly why="请先以工作人员身份登录。">{(token) => <RequestOf id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
