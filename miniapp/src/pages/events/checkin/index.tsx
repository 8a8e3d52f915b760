import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Failure, Loading } from '../../../components/States';
import { ApiError } from '../../../api/request';
import { CheckInDocument, DepartmentEventsDocument, type AttendanceFieldsFragment, type DepartmentEventsQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest, staffSessions } from '../../../session/staff';
import { Field } from '../../../features/events/components';
import { whenInWords } from '../../../features/events/format';
import { canScanCodes, scanCode } from '../../../platform';
import '../../../features/events/events.scss';

type DepartmentEvent = DepartmentEventsQuery['departmentEvents']['edges'][number]['node'];
type Attendance = NonNullable<AttendanceFieldsFragment['attendance']>;

/** Events one can check people in for: published, not cancelled, not yet over; soonest first. */
export function doorEvents(events: DepartmentEvent[], now = new Date()): DepartmentEvent[] {
  return events
    .filter((e) => (e.status === 'OPEN' || e.status === 'CLOSED') && now.toISOString() < e.endsAt)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** 已签到 N 人 / 已报名 M 人, in words. */
export const attendanceInWords = (a: Attendance) =>
  `已签到 ${a.checkedIn} 人 / 已报名 ${a.confirmed} 人${a.waitlisted ? `（另有 ${a.waitlisted} 人排队候补）` : ''}`;

type DoorMessage = { ok: boolean; text: string };

/** The door: scan (weapp) or type the code; the answer large enough to read at arm's length. */
export function CheckInDesk({ event }: { event: DepartmentEvent }) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<DoorMessage | null>(null);
  const [attendance, setAttendance] = useState(event.attendance);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  const checkIn = (raw: string) => {
    const typed = raw.trim();
    if (!typed) {
      setMessage({ ok: false, text: '请输入签到码。' });
      return;
    }
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    staffRequest(CheckInDocument, { eventId: event.id, code: typed })
      .then(
        ({ checkIn: result }) => {
          setMessage({ ok: true, text: `${result.message}${result.registration.name}` });
          if (result.registration.event.attendance) setAttendance(result.registration.event.attendance);
          setCode('');
        },
        (error: unknown) => setMessage({ ok: false, text: `没能签到：${error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。'}` }),
      )
      .finally(() => {
        sending.current = false;
        setBusy(false);
      });
  };
  const scan = () =>
    void scanCode().then((scanned) => (scanned?.text ? checkIn(scanned.text) : setMessage({ ok: false, text: '没有扫到签到码，可以再扫一次，或者手动输入。' })));

  return (
    <View className="event-section" role="region" aria-label="签到">
      <Heading level={2}>{event.title}</Heading>
      <Text className="event-note">{whenInWords(event.startsAt, event.endsAt)}</Text>
      {attendance && (
        <Text className="event-figures" role="status">
          {attendanceInWords(attendance)}
        </Text>
      )}
      {message && (
        <Text className={`event-door-message ${message.ok ? '' : 'gov-text-danger'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Text>
      )}
      {canScanCodes() && (
        <Action onClick={scan} disabled={busy}>
          扫码签到
        </Action>
      )}
      <Field label="签到码" hint="居民出示的 6 位字母和数字，大小写都可以。" value={code} onChange={setCode} maxLength={12} />
      <Action kind={canScanCodes() ? 'plain' : 'primary'} onClick={() => checkIn(code)} disabled={busy}>
        {busy ? '正在签到……' : '签到'}
      </Action>
    </View>
  );
}

function StaffDoor({ token }: { token: string }) {
  const loaded = useRemote(() => staffRequest(DepartmentEventsDocument, { first: 50 }).then((d) => doorEvents(d.departmentEvents.edges.map((e) => e.node))), token);
  const [chosen, setChosen] = useState('');
  if (loaded.status === 'loading') return <Loading what="本部门的开放日" />;
  if (loaded.status === 'error') return <Failure message={loaded.error.message} onRetry={loaded.retry} />;
  if (!loaded.data.length) return <Empty>本部门近期没有要签到的开放日。</Empty>;
  const event = loaded.data.find((e) => e.id === chosen) ?? loaded.data[0]!;
  return (
    <View>
      <View role="group" aria-label="选择开放日">
        <Text className="event-choices-label">选择开放日</Text>
        {loaded.data.map((e) => (
          <Action key={e.id} kind={e.id === event.id ? 'primary' : 'plain'} pressed={e.id === event.id} onClick={() => setChosen(e.id)}>
            {`${e.title}（${whenInWords(e.startsAt, e.endsAt)}）`}
          </Action>
        ))}
      </View>
      <CheckInDesk key={event.id} event={event} />
    </View>
  );
}

/** 开放日签到 (我的 → 工作人员): staff of the holding department check residents in at the door. */
export default function EventCheckInPage() {
  const { session } = staffSessions.useSession();
  const live = session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  return (
    <Screen label="开放日签到">
      <Heading level={1}>开放日签到</Heading>
      {live ? (
        <StaffDoor token={live.token} />
      ) : (
        <View className="gov-card">
          <Text className="gov-paragraph">这是工作人员在开放日门口给居民签到用的。请先用工作人员账号登录，登录好以后回到这里。</Text>
          <Action onClick={() => openPage(ROUTES.ratingStaff)}>工作人员登录</Action>
        </View>
      )}
    </Screen>
  );
}
