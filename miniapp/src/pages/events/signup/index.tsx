import { useEffect, useRef, useState } from 'react';
import { Phrases } from '../../../components/Phrases';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Fields } from '../../../components/Fields';
import { Action, SendAction } from '../../../components/Action';
import { Loaded, Gone } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { MobileField } from '../../../components/MobileField';
import { failureWords, request } from '../../../api/request';
import {
  PhoneForFormsDocument,
  PhoneNumberFromWeChatDocument,
  RegisterForEventDocument,
  type EventDetailQuery,
  type RegistrationFieldsFragment,
} from '../../../generated/operations';
import { mendTheForm } from '../../../hooks/use-form-check';
import { useSubmit } from '../../../hooks/use-submit';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { CalendarAction, CheckInCode } from '../../../features/events/components';
import { useEvent } from '../../../features/events/use-event';
import { hasPhoneNumberButton } from '../../../platform';
import { afterAsking, templateIdsOf, type MessageName } from '../../../platform/messages';
import { holdsSeat, isActive, placeInWords, registrationInWords, signUpInWords, whenInWords } from '../../../features/events/format';
import { checkSignUp, NAME_MAX, QUESTIONS_MAX, signUpInput, type SignUpErrors, type SignUpFields } from '../../../features/events/signup-form';
import '../../../features/events/events.scss';

type Detail = NonNullable<EventDetailQuery['event']>;

const NEXT_STEP: Record<RegistrationFieldsFragment['status'], string> = {
  CONFIRMED: '开放日当天请带上手机，到场时把下面的签到码给工作人员看。',
  SELECTED: '开放日当天请带上手机，到场时把下面的签到码给工作人员看。',
  WAITLISTED: '名额已满，您在排队候补。有人取消时，按排队顺序递补，轮到您时会通知您。',
  APPLIED: '报名截止后公开抽签，结果会通知您，也可以在“我的报名”里查看。',
  CANCELLED: '这次报名已取消。',
};

/** The calm confirmation: status in words, the check-in code large and as a QR code, and what comes next. */
export function SignUpResult({ registration, event, justNow }: { registration: RegistrationFieldsFragment; event: Detail; justNow: boolean }) {
  return (
    <View role="region" aria-label="报名结果">
      <Heading level={1}>{justNow ? '报名已提交' : '您已经报过名了'}</Heading>
      <Text className="event-status" role="status">
        {registrationInWords(registration)}
      </Text>
      <Text className="gov-paragraph">{NEXT_STEP[registration.status]}</Text>
      {holdsSeat(registration) && registration.checkInCode && <CheckInCode code={registration.checkInCode} qrSvg={registration.checkInQrSvg} />}
      <View className="gov-card">
        <Fields
          rows={[
            { label: '开放日', value: event.title },
            { label: '时间', value: whenInWords(event.startsAt, event.endsAt) },
            { label: '地点', value: placeInWords(event) },
            { label: '报名人', value: `${registration.name}，${registration.phone}` },
          ]}
        />
      </View>
      {registration.status !== 'CANCELLED' && <CalendarAction event={event} />}
      <View className="event-actions">
        <Action onClick={() => openPage(ROUTES.eventMine)}>查看我的报名</Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.eventList)}>
          看其他开放日
        </Action>
      </View>
    </View>
  );
}

function SignInFirst() {
  return (
    <View className="gov-card event-section">
      <Heading level={2}>请先登录</Heading>
      <Text className="gov-paragraph">报名要先登录，这样您才能查看签到码、取消报名。到“我的”登录好以后，回到这里继续填写。</Text>
      <Action onClick={() => openPage(ROUTES.mine, { back: '1' })}>去“我的”登录</Action>
    </View>
  );
}

/** What WeChat's phone-number button hands the page: a one-time `code` when the resident agreed. */
type PhoneNumberDetail = { errMsg?: string; code?: string };

/**
 * 使用微信绑定的手机号 (weapp only): WeChat asks the resident, the page sends the one-time code to the
 * API and gets the number back. A refusal or a failure is said in words; the field stays for typing.
 */
function WeChatPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const asking = useRef(false);

  const answered = (detail: PhoneNumberDetail | undefined) => {
    if (asking.current) return;
    setSaid('');
    setProblem('');
    if (!detail?.code) {
      // "getPhoneNumber:fail user deny" when the resident said no (or "…privacy permission is not
      // authorized" when they refused the privacy pop-up); anything else is WeChat's failure.
      if (/deny|cancel|privacy/iu.test(detail?.errMsg ?? '')) setSaid('您没有同意使用微信绑定的手机号，请在上面直接填写手机号。');
      else setProblem('没能取得微信绑定的手机号，请在上面直接填写手机号。');
      return;
    }
    asking.current = true;
    setBusy(true);
    request(PhoneNumberFromWeChatDocument, { code: detail.code })
      .then(
        (data) => {
          onPhone(data.phoneNumberFromWeChat);
          setSaid('已填入微信绑定的手机号，不对可以直接改。');
        },
        (error: unknown) => setProblem(`没能取得微信绑定的手机号：${failureWords(error)}也可以在上面直接填写手机号。`),
      )
      .finally(() => {
        asking.current = false;
        setBusy(false);
      });
  };

  return (
    <View className="event-phone-button">
      <Button
        className="gov-action gov-action--plain"
        openType="getPhoneNumber"
        onGetPhoneNumber={(e) => answered(e.detail)}
        disabled={busy}
        hoverClass="none"
      >
        {busy ? '正在取手机号……' : '使用微信绑定的手机号'}
      </Button>
      <Said text={said} />
      <Problem text={problem} />
    </View>
  );
}

/** Once per form: the mobile the resident last gave GovOpen, to fill in; nothing is said when there is none. */
function usePhoneForForms(fill: (phone: string) => void) {
  const fillOnce = useRef(fill);
  useEffect(() => {
    let current = true;
    request(PhoneForFormsDocument).then(
      (data) => {
        if (current && data.me.phoneForForms) fillOnce.current(data.me.phoneForForms);
      },
      () => undefined, // the field is there to type in
    );
    return () => {
      current = false;
    };
  }, []);
}

/** The messages 提交报名 asks for: the seat confirmed, or a place on the waiting list. */
const SIGN_UP_MESSAGES: MessageName[] = ['EVENT_CONFIRMED', 'EVENT_WAITLISTED'];

/** Big fields, checks in words, one request however often 提交报名 is tapped. */
export function SignUpForm({ event, onDone }: { event: Detail; onDone: (registration: RegistrationFieldsFragment) => void }) {
  const [fields, setFields] = useState<SignUpFields>({ name: '', phone: '', questions: '' });
  const [errors, setErrors] = useState<SignUpErrors>({});
  const submit = useSubmit(true);
  const set = (name: keyof SignUpFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };
  // What the resident already typed is never replaced by the remembered number.
  usePhoneForForms((phone) => setFields((f) => (f.phone ? f : { ...f, phone })));

  const send = () => {
    if (submit.busy) return;
    const found = checkSignUp(fields);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    // Asked inside the tap (WeChat allows it nowhere else) and answered before the sign-up is sent,
    // so the result message (a seat, or a place on the waiting list) may be delivered.
    submit.run(afterAsking(SIGN_UP_MESSAGES, async () => onDone((await request(RegisterForEventDocument, { eventId: event.id, input: signUpInput(fields) })).registerForEvent)));
  };

  return (
    <View className="event-section" role="form" aria-label="报名表">
      <TextField label="姓名" hint="请填真实姓名，到场时核对。" value={fields.name} onChange={set('name')} error={errors.name} maxLength={NAME_MAX} counted />
      <MobileField hint="用来通知您报名结果和提醒。" value={fields.phone} onChange={set('phone')} error={errors.phone}>
        {hasPhoneNumberButton() && <WeChatPhoneButton onPhone={set('phone')} />}
      </MobileField>
      <TextField
        label="想提的问题（可以不填）"
        hint={`开放日上会集中答复，最多 ${QUESTIONS_MAX} 个字。`}
        lines
        value={fields.questions}
        onChange={set('questions')}
        error={errors.questions}
        maxLength={QUESTIONS_MAX}
      />
      <Text className="gov-note">您的姓名和手机号只有主办部门的工作人员能看到，公开时会遮掩。</Text>
      {templateIdsOf(SIGN_UP_MESSAGES).length > 0 && <Text className="gov-note">提交时微信会问您是否接收报名结果的通知；同意后，报上名或排上候补都会通过微信告诉您。</Text>}
      <Problem text={Object.values(errors).some(Boolean) ? mendTheForm(errors) : undefined} />
      <Problem text={submit.error && `没能报名：${submit.error.message}`} />
      <SendAction busy={submit.busy} onClick={send}>提交报名</SendAction>
    </View>
  );
}

/** 报名: sign-in first, then the form; afterwards (or when already signed up) the result. */
export default function EventSignUpPage() {
  const { event: loaded, signedIn } = useEvent(routeParam(useRouter().params, 'id'));
  const [result, setResult] = useState<RegistrationFieldsFragment | null>(null);
  const body = (event: Detail) => {
    const registration = result ?? (isActive(event.myRegistration) ? event.myRegistration : null);
    if (registration && signedIn) return <SignUpResult registration={registration} event={event} justNow={Boolean(result)} />;
    return (
      <>
        <Heading level={1}>{`报名：${event.title}`}</Heading>
        <Phrases className="gov-note" breaks="words" text={whenInWords(event.startsAt, event.endsAt)} />
        {!event.signUpOpen ? (
          <View className="event-section">
            <Phrases className="event-status" breaks="words" text={signUpInWords(event)} />
            <Action kind="plain" onClick={() => openPage(ROUTES.eventList)}>
              看其他开放日
            </Action>
          </View>
        ) : signedIn ? (
          <SignUpForm event={event} onDone={setResult} />
        ) : (
          <SignInFirst />
        )}
      </>
    );
  };
  return (
    <Screen label="开放日报名">
      <Loaded remote={loaded} what="报名信息">
        {(event) => (event ? body(event) : <Gone>没有找到这个开放日，它可能已被撤下。</Gone>)}
      </Loaded>
    </Screen>
  );
}
