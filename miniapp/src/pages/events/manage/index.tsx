import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Confirm } from '../../../components/Confirm';
import { Fields } from '../../../components/Fields';
import { Empty, Loaded } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import {
  CancelEventDocument,
  CloseEventDocument,
  DrawEventDocument,
  EventRegistrationsCsvDocument,
  EventRegistrationsDocument,
  OpenEventDocument,
  StaffEventDocument,
  type EventRegistrationsQuery,
  type StaffEventFieldsFragment,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { useSubmit } from '../../../hooks/use-submit';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { dateTimeInWords } from '../../../lib/format';
import { hasDownloads } from '../../../platform';
import { saveCsv } from '../../../platform/files';
import { staffRequest } from '../../../session/staff';
import { placeInWords, registrationInWords, SELECTION_WORDS, signUpInWords, whenInWords } from '../../../features/events/format';
import { EVENT_STATUS_WORDS, eventJobs, figuresInWords } from '../../../features/events/staff';
import '../../../features/events/events.scss';

type StaffEvent = StaffEventFieldsFragment;
type Registration = EventRegistrationsQuery['eventRegistrations'][number];
type OnDone = (event: StaffEvent, said: string) => void;

/**
 * One job that is a single tap (发布) or, where it cannot be taken back (停止报名, 抽签), a tap and then a
 * confirmation saying what follows: the button, then the event as it is now.
 */
function OneTap({ label, busyText, done, send, onDone, kind, asks }: { label: string; busyText: string; done: string; send: () => Promise<StaffEvent>; onDone: OnDone; kind?: 'plain'; asks?: string }) {
  const submit = useSubmit();
  const [asking, setAsking] = useState(false);
  const run = () => submit.run(async () => onDone(await send(), done));
  if (asking && asks) return <Confirm what={label} says={asks} busy={submit.busy} error={submit.error?.message} onConfirm={run} onBack={() => setAsking(false)} />;
  return (
    <View>
      <SendAction kind={kind} busy={submit.busy} busyText={busyText} onClick={asks ? () => setAsking(true) : run}>
        {label}
      </SendAction>
      <Problem text={submit.error?.message} />
    </View>
  );
}

/** 取消开放日: asked twice, with the reason every registrant is told. */
function CancelJob({ event, onDone }: { event: StaffEvent; onDone: OnDone }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  if (!asking)
    return (
      <Action kind="plain" onClick={() => setAsking(true)}>
        取消这个开放日……
      </Action>
    );
  const cancel = () => submit.run(async () => onDone((await staffRequest(CancelEventDocument, { id: event.id, reason: reason.trim() || null })).cancelEvent, '开放日已取消，已通知每位报名的居民。'));
  return (
    <View className="event-confirm" role="group" aria-label="取消开放日">
      <Text className="gov-paragraph">取消后居民不能再报名，每位报名的居民都会收到取消通知。取消不能撤回。</Text>
      <TextField label="取消原因（居民会看到）" value={reason} onChange={setReason} maxLength={200} lines />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在取消……" onClick={cancel}>
        确认取消开放日
      </SendAction>
      <Action kind="plain" onClick={() => setAsking(false)}>
        不取消了
      </Action>
    </View>
  );
}

/** The registrations with full names and mobiles: read on a tap, because the API records every read. */
function Registrations({ event }: { event: StaffEvent }) {
  const [list, setList] = useState<Registration[] | null>(null);
  const [said, setSaid] = useState('');
  const submit = useSubmit();
  const show = () => submit.run(async () => setList((await staffRequest(EventRegistrationsDocument, { eventId: event.id })).eventRegistrations));
  // 停止报名, 公开抽签 and 取消 change every registration's state: a list already on screen is read again.
  useEffect(() => {
    if (list) show();
  }, [event]);
  const exportCsv = () =>
    submit.run(async () => {
      const { eventRegistrationsCsv: csv } = await staffRequest(EventRegistrationsCsvDocument, { eventId: event.id });
      setSaid(saveCsv(csv, `${event.title}-报名名单.csv`) ? '报名名单已下载（CSV，可用 Excel 打开）。' : '没能下载，请换一个浏览器再试。');
    });
  return (
    <View className="gov-card event-section" role="region" aria-label="报名名单">
      <Heading level={2}>报名名单</Heading>
      <Text className="gov-note">名单里有居民的完整姓名和手机号，只给本部门办理开放日用。每次查看和导出都会记录在案。</Text>
      {!list && (
        <Action kind="plain" onClick={show} disabled={submit.busy}>
          查看报名名单
        </Action>
      )}
      {hasDownloads() ? (
        <Action kind="plain" onClick={exportCsv} disabled={submit.busy}>
          导出报名名单（CSV）
        </Action>
      ) : (
        <Text className="gov-note">导出名单请在电脑浏览器上打开工作台。</Text>
      )}
      <Said text={said} />
      <Problem text={submit.error?.message} />
      {list &&
        (list.length ? (
          <View>
            {/* The count stands outside the list: a list holds only its items (axe: aria-required-children). */}
            <Text className="gov-note" role="status">{`共 ${list.length} 条报名`}</Text>
            <View role="list" aria-label="报名的居民">
              {list.map((r) => (
                <View className="gov-card" role="listitem" key={r.id}>
                  <Text className="gov-card__title">{`${r.name}　${r.phone}`}</Text>
                  <Text className="gov-card__meta">{registrationInWords(r)}</Text>
                  <Text className="gov-card__meta">{`报名时间：${dateTimeInWords(r.createdAt)}`}</Text>
                  {r.questions && <Text className="gov-card__meta">{`想提的问题：${r.questions}`}</Text>}
                </View>
              ))}
            </View>
          </View>
        ) : (
          <Empty>还没有人报名。</Empty>
        ))}
    </View>
  );
}

function EventJobs({ event, said, onDone }: { event: StaffEvent; said: string; onDone: OnDone }) {
  const jobs = eventJobs(event);
  const rows = [
    { label: '状态', value: EVENT_STATUS_WORDS[event.status] },
    { label: '主办', value: event.department },
    { label: '时间', value: whenInWords(event.startsAt, event.endsAt) },
    { label: '地点', value: placeInWords(event) },
    { label: '报名', value: signUpInWords(event) },
    { label: '名额', value: `${SELECTION_WORDS[event.selectionMode].name}；${figuresInWords(event)}` },
    ...(event.cancelReason ? [{ label: '取消原因', value: event.cancelReason }] : []),
    ...(event.reach && event.reach.told > 0 ? [{ label: '政策找人', value: `已告诉订阅的 ${event.reach.told} 人，其中 ${event.reach.opened} 人已查看` }] : []),
    ...(event.draw ? [{ label: '抽签', value: `${dateTimeInWords(event.draw.drawnAt)}，${event.draw.applicants} 人申请，抽中 ${event.draw.selected} 人；随机种子 ${event.draw.seed}` }] : []),
    ...(event.summary ? [{ label: '意见采纳情况', value: `${dateTimeInWords(event.summary.publishedAt)} 已公布` }] : []),
  ];
  const send = (job: 'open' | 'close' | 'draw') => () =>
    job === 'open'
      ? staffRequest(OpenEventDocument, { id: event.id }).then((d) => d.openEvent)
      : job === 'close'
        ? staffRequest(CloseEventDocument, { id: event.id }).then((d) => d.closeEvent)
        : staffRequest(DrawEventDocument, { eventId: event.id }).then((d) => d.drawEvent);
  return (
    <View>
      <Heading level={2}>{event.title}</Heading>
      <View className="gov-card">
        <Fields rows={rows} />
      </View>
      <Said text={said} />
      <View className="event-actions" role="group" aria-label="可以办的事">
        {jobs.open && <OneTap label="发布，开始报名" busyText="正在发布……" done="已发布，居民现在能看到并报名了。" send={send('open')} onDone={onDone} />}
        {jobs.draw && (
          <OneTap
            label="公开抽签"
            busyText="正在抽签……"
            done="已抽签，结果已通知每位申请的居民。"
            asks={`确定现在抽签吗？${event.attendance ? `${event.attendance.applied} 人申请，名额 ${event.capacity} 个。` : ''}抽签结果马上通知每位申请的居民，并公开随机种子，抽了不能重抽。`}
            send={send('draw')}
            onDone={onDone}
          />
        )}
        {jobs.summary && (
          <Action onClick={() => openPage(ROUTES.eventSummary, { id: event.id })}>公布意见采纳情况</Action>
        )}
        {(event.status === 'OPEN' || event.status === 'CLOSED') && (
          <Action kind="plain" onClick={() => openPage(ROUTES.eventCheckIn, { id: event.id })}>
            去签到
          </Action>
        )}
        {jobs.close && (
          <OneTap
            kind="plain"
            label="停止报名"
            busyText="正在停止……"
            done="已停止报名。"
            asks={`确定停止报名吗？停止后居民不能再报名，也不能重新开始报名${event.selectionMode === 'DRAW' ? '；接着就可以公开抽签。已申请' : '。已报名'}的居民不受影响。`}
            send={send('close')}
            onDone={onDone}
          />
        )}
        {event.status !== 'DRAFT' && (
          <Action kind="plain" onClick={() => openPage(ROUTES.eventDetail, { id: event.id })}>
            看居民看到的页面
          </Action>
        )}
        {jobs.cancel && (
          <Action kind="plain" onClick={() => openPage(ROUTES.eventEdit, { id: event.id })}>
            修改开放日信息
          </Action>
        )}
        {jobs.cancel && <CancelJob event={event} onDone={onDone} />}
      </View>
      {event.status !== 'DRAFT' && <Registrations event={event} />}
    </View>
  );
}

function ManagedEvent({ id, token, visit }: { id: string; token: string; visit: number }) {
  const [changed, setChanged] = useState<{ event: StaffEvent; said: string } | null>(null);
  const loaded = useRemote(() => staffRequest(StaffEventDocument, { id }).then((d) => d.event), `${id}:${token}:${visit}`);
  return (
    <Loaded remote={loaded} what="开放日">
      {(found) => {
        const event = changed?.event ?? found;
        return event ? <EventJobs event={event} said={changed?.said ?? ''} onDone={(next, said) => setChanged({ event: next, said })} /> : <Empty>没有找到这个开放日。</Empty>;
      }}
    </Loaded>
  );
}

/** 办理开放日: one open day's jobs for its department — publish, stop sign-up, draw, cancel, registrations, CSV, summary. */
export default function EventManagePage() {
  const id = routeParam(useRouter().params, 'id');
  // Back from the summary or the door: read again (and forget what the last tap said).
  const visit = useReturnVisits();
  return (
    <Screen label="办理开放日" wide>
      <Heading level={1}>办理开放日</Heading>
      <StaffOnly why="这是主办部门的工作人员办理开放日用的。请先用工作人员账号登录。">{(token) => <ManagedEvent key={visit} id={id} token={token} visit={visit} />}</StaffOnly>
    </Screen>
  );
}
