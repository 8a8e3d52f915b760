import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { failureWords } from '../../../api/request';
import { CheckInDocument, DepartmentEventsDocument, type AttendanceFieldsFragment, type DepartmentEventsQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { staffRequest } from '../../../session/staff';
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
  const submit = useSubmit();

  const checkIn = (raw: string) => {
    const typed = raw.trim();
    if (!typed) return setMessage({ ok: false, text: '请输入签到码。' });
    submit.run(async () => {
      try {
        const { checkIn: result } = await staffRequest(CheckInDocument, { eventId: event.id, code: typed });
        setMessage({ ok: true, text: `${result.message}${result.registration.name}` });
        if (result.registration.event.attendance) setAttendance(result.registration.event.attendance);
        setCode('');
      } catch (error) {
        setMessage({ ok: false, text: `没能签到：${failureWords(error)}` });
      }
    });
  };
  const scan = () =>
    void scanCode().then((scanned) => (scanned?.text ? checkIn(scanned.text) : setMessage({ ok: false, text: '没有扫到签到码，可以再扫一次，或者手动输入。' })));

  return (
    <View className="event-section" role="region" aria-label="签到">
      <Heading level={2}>{event.title}</Heading>
      <Text className="gov-note">{whenInWords(event.startsAt, event.endsAt)}</Text>
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
        <Action onClick={scan} disabled={submit.busy}>
          扫码签到
        </Action>
      )}
      <TextField label="签到码" hint="居民出示的 6 位字母和数字，大小写都可以。" value={code} onChange={setCode} maxLength={12} />
      <SendAction kind={canScanCodes() ? 'plain' : 'primary'} busy={submit.busy} busyText="正在签到……" onClick={() => checkIn(code)}>签到</SendAction>
    </View>
  );
}

function StaffDoor({ token }: { token: string }) {
  const loaded = useRemote(() => staffRequest(DepartmentEventsDocument, { first: 50 }).then((d) => doorEvents(d.departmentEvents.edges.map((e) => e.node))), token);
  const [chosen, setChosen] = useState('');
  return (
    <Loaded remote={loaded} what="本部门的开放日">
      {(events) => {
        if (!events.length) return <Empty>本部门近期没有要签到的开放日。</Empty>;
        const event = events.find((e) => e.id === chosen) ?? events[0]!;
        return (
          <View>
            <Choices label="选择开放日" title="选择开放日" column options={events.map((e) => ({ value: e.id, label: `${e.title}（${whenInWords(e.startsAt, e.endsAt)}）` }))} chosen={[event.id]} onChoose={setChosen} />
            <CheckInDesk key={event.id} event={event} />
          </View>
        );
      }}
    </Loaded>
  );
}

/** 开放日签到 (我的 → 工作人员): staff of the holding department check residents in at the door. */
export default function EventCheckInPage() {
  return (
    <Screen label="开放日签到">
      <Heading level={1}>开放日签到</Heading>
      <StaffOnly why="这是工作人员在开放日门口给居民签到用的。请先用工作人员账号登录，登录好以后回到这里。">{(token) => <StaffDoor token={token} />}</StaffOnly>
    </Screen>
  );
}
