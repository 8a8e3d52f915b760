import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Failure, Loading } from '../../../components/States';
import { ApiError, request } from '../../../api/request';
import { CancelRegistrationDocument, MyRegistrationsDocument, SubmitEventFeedbackDocument, type MyRegistrationsQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, ROUTES } from '../../../lib/navigation';
import { useSession } from '../../../session/store';
import { CalendarAction, CheckInCode, Field, Problem, Said } from '../../../features/events/components';
import { canCancel, feedbackOpen, holdsSeat, placeInWords, registrationInWords, whenInWords } from '../../../features/events/format';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import '../../../features/events/events.scss';

type Registration = MyRegistrationsQuery['myRegistrations'][number];

const failureText = (error: unknown) => (error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。');

/** 取消报名, confirmed in the page (no pop-up): a second button 确认取消 sends it, 不取消 goes back. */
export function CancelRegistration({ registration, onCancelled }: { registration: Registration; onCancelled: (r: Registration) => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const sending = useRef(false);
  const confirm = () => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setFailure('');
    request(CancelRegistrationDocument, { id: registration.id }).then(
      (data) => onCancelled({ ...registration, ...data.cancelRegistration }),
      (error: unknown) => {
        sending.current = false;
        setBusy(false);
        setFailure(failureText(error));
      },
    );
  };
  if (!asking) {
    return (
      <Action kind="plain" onClick={() => setAsking(true)}>
        取消报名
      </Action>
    );
  }
  return (
    <View className="event-confirm" role="group" aria-label="确认取消报名">
      <Text className="gov-paragraph">
        确定要取消吗？取消后，{holdsSeat(registration) ? '您的名额会让给排队候补的人' : '您的报名就不算了'}。以后还可以重新报名，但要重新排队。
      </Text>
      <Problem text={failure && `没能取消：${failure}`} />
      <Action onClick={confirm} disabled={busy}>
        {busy ? '正在取消……' : '确认取消'}
      </Action>
      <Action kind="plain" onClick={() => setAsking(false)} disabled={busy}>
        不取消
      </Action>
    </View>
  );
}

const SATISFACTION = [
  { value: 5, label: '非常满意' },
  { value: 4, label: '满意' },
  { value: 3, label: '基本满意' },
  { value: 2, label: '不满意' },
  { value: 1, label: '非常不满意' },
] as const;

/** The questionnaire (问卷) after the event, for those who came; sent once. */
export function FeedbackForm({ registration, onSent }: { registration: Registration; onSent: () => void }) {
  const [satisfaction, setSatisfaction] = useState(0);
  const [useful, setUseful] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const submit = () => {
    if (sending.current) return;
    if (!satisfaction) {
      setProblem('请先选一个满意程度。');
      return;
    }
    sending.current = true;
    setBusy(true);
    setProblem('');
    const input = { satisfaction, useful: useful.trim() || null, suggestions: suggestions.trim() || null };
    request(SubmitEventFeedbackDocument, { eventId: registration.event.id, input }).then(onSent, (error: unknown) => {
      sending.current = false;
      setBusy(false);
      setProblem(failureText(error));
    });
  };
  return (
    <View className="event-section" role="form" aria-label="开放日问卷">
      <Heading level={3}>问卷：请说说这次开放日</Heading>
      <View role="group" aria-label="满意程度">
        <Text className="event-choices-label">您对这次开放日满意吗？</Text>
        <View className="gov-choices">
          {SATISFACTION.map((choice) => (
            <Action key={choice.value} kind={satisfaction === choice.value ? 'primary' : 'plain'} pressed={satisfaction === choice.value} onClick={() => setSatisfaction(choice.value)}>
              {choice.label}
            </Action>
          ))}
        </View>
      </View>
      <Field label="哪些内容对您有用（可以不填）" multiline value={useful} onChange={setUseful} maxLength={1000} />
      <Field label="意见和建议（可以不填）" multiline value={suggestions} onChange={setSuggestions} maxLength={1000} />
      <Problem text={problem} />
      <Action onClick={submit} disabled={busy}>
        {busy ? '正在提交……' : '提交问卷'}
      </Action>
    </View>
  );
}

/** One registration: the event, the status in words, the code, and what can be done now. */
export function RegistrationCard({ registration, now = new Date() }: { registration: Registration; now?: Date }) {
  const [current, setCurrent] = useState(registration);
  const [said, setSaid] = useState('');
  const { event } = current;
  const ended = now.toISOString() >= event.endsAt;
  return (
    <View className="gov-card" role="group" aria-label={event.title}>
      <Heading level={2}>{event.title}</Heading>
      <Text className="gov-meta__line">时间：{whenInWords(event.startsAt, event.endsAt, now)}</Text>
      <Text className="gov-meta__line">地点：{placeInWords(event)}</Text>
      {event.status === 'CANCELLED' && <Text className="event-status">这个开放日已取消</Text>}
      <Text className="event-status">{registrationInWords(current)}</Text>
      <Said text={said} />
      {holdsSeat(current) && current.checkInCode && !ended && event.status !== 'CANCELLED' && (
        <>
          <CheckInCode code={current.checkInCode} qrSvg={current.checkInQrSvg} />
          <CalendarAction event={event} />
        </>
      )}
      {feedbackOpen(current, event, now) && (
        <FeedbackForm
          registration={current}
          onSent={() => {
            setCurrent({ ...current, feedbackSubmitted: true });
            setSaid('问卷已提交，谢谢您！您的意见会转给主办部门。');
          }}
        />
      )}
      {current.feedbackSubmitted && !said && <Text className="event-note">您已填过问卷，谢谢！</Text>}
      <View className="event-actions">
        <Action kind="plain" onClick={() => openPage(ROUTES.eventDetail, { id: event.id })}>
          {ended ? '查看开放日和意见采纳情况' : '查看开放日详情'}
        </Action>
        {canCancel(current, event, now) && (
          <CancelRegistration
            registration={current}
            onCancelled={(cancelled) => {
              setCurrent(cancelled);
              setSaid('取消成功。');
            }}
          />
        )}
      </View>
    </View>
  );
}

/** 我的报名: every open day the resident signed up for, newest first. */
export default function MyEventRegistrations() {
  const { session } = useSession();
  const visits = useReturnVisits();
  const loaded = useRemote(
    () => (session ? request(MyRegistrationsDocument).then((data) => data.myRegistrations) : Promise.resolve(null)),
    `${session?.token ?? ''}|${visits}`,
  );
  return (
    <Screen label="我的报名">
      <Heading level={1}>我的报名</Heading>
      {!session && (
        <View className="gov-card">
          <Text className="gov-paragraph">登录后才能看到您报名的开放日。</Text>
          <Action onClick={() => openPage(ROUTES.mine, { back: '1' })}>去“我的”登录</Action>
        </View>
      )}
      {session && loaded.status === 'loading' && <Loading what="您的报名" />}
      {session && loaded.status === 'error' && <Failure message={loaded.error.message} onRetry={loaded.retry} />}
      {session && loaded.status === 'ready' && loaded.data && !loaded.data.length && <Empty>您还没有报名过开放日。</Empty>}
      {session && loaded.status === 'ready' && loaded.data?.map((registration) => (
          // A reload (coming back to the page) starts each card from what the API says now.
          <RegistrationCard key={[registration.id, registration.status, registration.waitlistPosition, registration.checkedInAt, registration.feedbackSubmitted].join('|')} registration={registration} />
        ))}
      <Action kind="plain" onClick={() => openPage(ROUTES.eventList)}>
        看近期的开放日
      </Action>
    </Screen>
  );
}
