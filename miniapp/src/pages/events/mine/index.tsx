import { useState } from 'react';
import { Phrases } from '../../../components/Phrases';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { Problem, Said } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { request } from '../../../api/request';
import { SATISFACTION_CHOICES } from '../../../lib/format';
import { CancelRegistrationDocument, MyRegistrationsDocument, SubmitEventFeedbackDocument, type MyRegistrationsQuery, type Satisfaction } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useSubmit } from '../../../hooks/use-submit';
import { openPage, ROUTES } from '../../../lib/navigation';
import { CalendarAction, CheckInCode } from '../../../features/events/components';
import { CANCELLED_FOR_REGISTRANT, canCancel, feedbackOpen, holdsSeat, placeInWords, registrationInWords, whenInWords } from '../../../features/events/format';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import '../../../features/events/events.scss';

type Registration = MyRegistrationsQuery['myRegistrations'][number];

/** 取消报名, confirmed in the page (no pop-up): a second button 确认取消 sends it, 不取消 goes back. */
export function CancelRegistration({ registration, onCancelled }: { registration: Registration; onCancelled: (r: Registration) => void }) {
  const [asking, setAsking] = useState(false);
  const submit = useSubmit(true);
  const confirm = () =>
    submit.run(async () => onCancelled({ ...registration, ...(await request(CancelRegistrationDocument, { id: registration.id })).cancelRegistration }));
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
        确定要取消吗？取消后，{holdsSeat(registration) ? '您的名额会让给排队候补的人' : '您的报名就不算了'}。以后想参加可以再报名，但那时不一定还有名额。
      </Text>
      <Problem text={submit.error && `没能取消：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在取消……" onClick={confirm}>确认取消</SendAction>
      <Action kind="plain" onClick={() => setAsking(false)} disabled={submit.busy}>
        不取消
      </Action>
    </View>
  );
}

/** The questionnaire (问卷) after the event, for those who came; sent once. */
export function FeedbackForm({ registration, onSent }: { registration: Registration; onSent: () => void }) {
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null);
  const [useful, setUseful] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const submit = useSubmit(true);
  const send = () => {
    if (!satisfaction) return submit.fail('请先选一个满意程度。');
    const input = { satisfaction, useful: useful.trim() || null, suggestions: suggestions.trim() || null };
    submit.run(async () => {
      await request(SubmitEventFeedbackDocument, { eventId: registration.event.id, input });
      onSent();
    });
  };
  return (
    <View className="event-section" role="form" aria-label="开放日问卷">
      <Heading level={3}>问卷：请说说这次开放日</Heading>
      <Choices<Satisfaction> label="满意程度" title="您对这次开放日满意吗？" options={SATISFACTION_CHOICES} chosen={satisfaction ? [satisfaction] : []} onChoose={setSatisfaction} />
      <TextField label="哪些内容对您有用（可以不填）" lines value={useful} onChange={setUseful} maxLength={1000} />
      <TextField label="意见和建议（可以不填）" lines value={suggestions} onChange={setSuggestions} maxLength={1000} />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} onClick={send}>提交问卷</SendAction>
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
      <Phrases className="gov-meta__line" breaks="words" text={`时间：${whenInWords(event.startsAt, event.endsAt, now)}`} />
      <Phrases className="gov-meta__line" breaks="words" text={`地点：${placeInWords(event)}`} />
      <Text className="event-status">{event.status === 'CANCELLED' ? CANCELLED_FOR_REGISTRANT : registrationInWords(current)}</Text>
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
      {current.feedbackSubmitted && !said && <Text className="gov-note">您已填过问卷，谢谢！</Text>}
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
  const { session } = useLiveSession();
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
      {session && (
        <Loaded remote={loaded} what="您的报名">
          {(registrations) =>
            registrations?.length === 0 ? (
              <Empty>您还没有报名过开放日。</Empty>
            ) : (
              registrations?.map((registration) => (
                // A reload (coming back to the page) starts each card from what the API says now.
                <RegistrationCard key={[registration.id, registration.status, registration.waitlistPosition, registration.checkedInAt, registration.feedbackSubmitted].join('|')} registration={registration} />
              ))
            )
          }
        </Loaded>
      )}
      <Action kind="plain" onClick={() => openPage(ROUTES.eventList)}>
        看近期的开放日
      </Action>
    </Screen>
  );
}
