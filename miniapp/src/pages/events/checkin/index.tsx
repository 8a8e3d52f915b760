import { useState } from 'react';
import { Phrases } from '../../../components/Phrases';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { toApiError } from '../../../api/request';
import { CheckInDocument, DepartmentEventsDocument, DoorEventsDocument, type AttendanceFieldsFragment, type StaffEventCardFieldsFragment, type StaffMeQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { staffRequest } from '../../../session/staff';
import { whenInWords } from '../../../features/events/format';
import { canScanCodes, hasBrowserCamera, scanCode } from '../../../platform';
import { CameraDoor } from '../../../features/events/camera-door';
import { routeParam } from '../../../lib/navigation';
import '../../../features/events/events.scss';

type DoorEvent = StaffEventCardFieldsFragment;
type Staff = StaffMeQuery['staffMe'];
type Attendance = NonNullable<AttendanceFieldsFragment['attendance']>;

/** Events one can check people in for: published, not cancelled, not yet over; soonest first. */
export function doorEvents(events: DoorEvent[], now = new Date()): DoorEvent[] {
  return events
    .filter((e) => (e.status === 'OPEN' || e.status === 'CLOSED') && now.toISOString() < e.endsAt)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** 已签到 N 人 / 已报名 M 人, in words. */
export const attendanceInWords = (a: Attendance) =>
  `已签到 ${a.checkedIn} 人 / 已报名 ${a.confirmed} 人${a.waitlisted ? `（另有 ${a.waitlisted} 人排队候补）` : ''}`;

/** The door's three answers, told apart by colour, icon and words (and a problem of another kind). */
export type DoorAnswer = { kind: 'in' | 'again' | 'refused'; words: string; name?: string };

const ICONS: Record<DoorAnswer['kind'], string> = { in: '✓', again: '!', refused: '✕' };

/** What the API said at the door, as the answer the clerk sees. */
export function doorAnswer(outcome: { message: string; alreadyCheckedIn: boolean; registration: { name: string } } | { error: unknown }): DoorAnswer {
  if ('error' in outcome) {
    const error = toApiError(outcome.error);
    return { kind: 'refused', words: error.code === 'NOT_FOUND' ? '没有这个签到码：请核对后再试，或者请居民打开“我的报名”再出示一次。' : `没能签到：${error.message}` };
  }
  return { kind: outcome.alreadyCheckedIn ? 'again' : 'in', words: outcome.message.replace(/。$/, ''), name: outcome.registration.name };
}

function DoorMessage({ answer }: { answer: DoorAnswer }) {
  return (
    <View className={`event-door-message event-door-message--${answer.kind}`} role={answer.kind === 'refused' ? 'alert' : 'status'}>
      <Text>{`${ICONS[answer.kind]} ${answer.words}`}</Text>
      {answer.name && <Text className="event-door-message__name">{answer.name}</Text>}
    </View>
  );
}

/** The door: the camera (weapp's scanner, the browser's camera on H5) or the typed code; the answer large enough to read at arm's length. */
export function CheckInDesk({ event }: { event: DoorEvent }) {
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<DoorAnswer | null>(null);
  const [attendance, setAttendance] = useState(event.attendance);
  const submit = useSubmit();

  const checkIn = (raw: string) => {
    const typed = raw.trim();
    if (!typed) return setAnswer({ kind: 'refused', words: '请输入签到码。' });
    submit.run(async () => {
      try {
        const { checkIn: result } = await staffRequest(CheckInDocument, { eventId: event.id, code: typed });
        setAnswer(doorAnswer(result));
        if (result.registration.event.attendance) setAttendance(result.registration.event.attendance);
        setCode('');
      } catch (error) {
        setAnswer(doorAnswer({ error }));
      }
    });
  };
  const scan = () =>
    void scanCode().then((scanned) => (scanned?.text ? checkIn(scanned.text) : setAnswer({ kind: 'refused', words: '没有扫到签到码，可以再扫一次，或者手动输入。' })));

  return (
    <View className="event-section" role="region" aria-label="签到">
      <Heading level={2}>{event.title}</Heading>
      <Phrases className="gov-note" breaks="words" text={`${event.department} · ${whenInWords(event.startsAt, event.endsAt)}`} />
      {attendance && (
        <Text className="event-figures" role="status">
          {attendanceInWords(attendance)}
        </Text>
      )}
      {answer && <DoorMessage answer={answer} />}
      {canScanCodes() && (
        <Action onClick={scan} disabled={submit.busy}>
          扫码签到
        </Action>
      )}
      {hasBrowserCamera() && <CameraDoor onCode={checkIn} busy={submit.busy} />}
      <TextField label="签到码" hint="居民出示的 6 位字母和数字，大小写都可以。" value={code} onChange={setCode} maxLength={12} />
      <SendAction kind={canScanCodes() || hasBrowserCamera() ? 'plain' : 'primary'} busy={submit.busy} busyText="正在签到……" onClick={() => checkIn(code)}>签到</SendAction>
    </View>
  );
}

/** A district admin's door lists every department's open days; an editor's, their own. */
const doorEventsFor = (staff: Staff): Promise<DoorEvent[]> =>
  (staff.role === 'DISTRICT_ADMIN'
    ? staffRequest(DoorEventsDocument, { first: 100 }).then((d) => d.events.edges)
    : staffRequest(DepartmentEventsDocument, { first: 50 }).then((d) => d.departmentEvents.edges)
  ).then((edges) => doorEvents(edges.map((e) => e.node)));

function StaffDoor({ staff, wanted }: { staff: Staff; wanted: string }) {
  const loaded = useRemote(() => doorEventsFor(staff), staff.username);
  const [chosen, setChosen] = useState(wanted);
  return (
    <Loaded remote={loaded} what="要签到的开放日">
      {(events) => {
        if (!events.length) return <Empty>{staff.role === 'DISTRICT_ADMIN' ? '近期没有要签到的开放日。' : '本部门近期没有要签到的开放日。'}</Empty>;
        const event = events.find((e) => e.id === chosen) ?? events[0]!;
        return (
          <View>
            <Choices label="选择开放日" title="选择开放日" column options={events.map((e) => ({ value: e.id, label: `${e.title}（${staff.role === 'DISTRICT_ADMIN' ? `${e.department}，` : ''}${whenInWords(e.startsAt, e.endsAt)}）` }))} chosen={[event.id]} onChoose={setChosen} />
            <CheckInDesk key={event.id} event={event} />
          </View>
        );
      }}
    </Loaded>
  );
}

/** 开放日签到 (我的 → 工作人员): staff of the holding department check residents in at the door. */
export default function EventCheckInPage() {
  // From 办理开放日: that open day is chosen first.
  const wanted = routeParam(useRouter().params, 'id');
  return (
    <Screen label="开放日签到" wide>
      <Heading level={1}>开放日签到</Heading>
      <StaffOnly why="这是工作人员在开放日门口给居民签到用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <StaffDoor staff={staff} wanted={wanted} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
