import { useState } from 'react';
import { Phrases } from '../../../components/Phrases';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Fields } from '../../../components/Fields';
import { Paragraphs } from '../../../components/Paragraphs';
import { Action } from '../../../components/Action';
import { Loaded, Gone } from '../../../components/States';
import { Said } from '../../../components/Messages';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import type { EventDetailQuery } from '../../../generated/operations';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { CheckInCode } from '../../../features/events/components';
import { useEvent } from '../../../features/events/use-event';
import { CANCELLED_FOR_REGISTRANT, clockInWords, holdsSeat, isActive, momentInWords, placeInWords, registrationInWords, seatsInWords, SELECTION_WORDS, signUpInWords, whenInWords } from '../../../features/events/format';
import { copyText, openMap } from '../../../platform';
import { WebLink } from '../../../platform/web-link';
import { useShare } from '../../../platform/share';
import '../../../features/events/events.scss';

type Detail = NonNullable<EventDetailQuery['event']>;

/** 在地图中打开 and 复制地址, and what happened, said in the page. */
function VenueActions({ event }: { event: Detail }) {
  const [said, setSaid] = useState('');
  const venue = event.venue!;
  return (
    <View className="event-actions" role="group" aria-label="活动地点">
      <Action kind="plain" onClick={() => void openMap(venue, event.title).then((ok) => setSaid(ok ? '' : '没能打开地图，可以复制地址后在地图软件里查找。'))}>
        在地图中打开
      </Action>
      <Action kind="plain" onClick={() => void copyText(venue.address).then((ok) => setSaid(ok ? '地址已复制，可以粘贴到地图软件或发给家人。' : '没能复制，请照着上面的地址抄下来。'))}>
        复制地址
      </Action>
      <Said text={said} />
    </View>
  );
}

/** The signed-in resident's own registration, or the way to sign up. */
function MyPart({ event, signedIn }: { event: Detail; signedIn: boolean }) {
  const mine = event.myRegistration;
  if (isActive(mine)) {
    // A cancelled open day: no seat to hold, no code to show at the door, nothing to cancel.
    const cancelled = event.status === 'CANCELLED';
    return (
      <View className="gov-card event-section" role="region" aria-label="我的报名">
        <Heading level={2}>我的报名</Heading>
        <Text className="event-status">{cancelled ? CANCELLED_FOR_REGISTRANT : registrationInWords(mine!)}</Text>
        {!cancelled && holdsSeat(mine!) && mine!.checkInCode && <CheckInCode code={mine!.checkInCode} qrSvg={mine!.checkInQrSvg} />}
        <Action kind="plain" onClick={() => openPage(ROUTES.eventMine)}>
          {cancelled ? '查看我的报名' : '查看我的报名（可取消）'}
        </Action>
      </View>
    );
  }
  if (!event.signUpOpen) return null;
  return (
    <View className="event-section">
      {mine?.status === 'CANCELLED' && <Text className="gov-note">您之前报过名，已取消。可以重新报名。</Text>}
      {!signedIn && <Text className="gov-note">报名需要先登录，点下面的按钮会告诉您怎么做。</Text>}
      <Action onClick={() => openPage(ROUTES.eventSignUp, { id: event.id })}>我要报名</Action>
    </View>
  );
}

/** What 朗读全文 reads: the facts as the card says them, then what happens there and who answers. */
function eventSpeech(event: Detail, rows: ReadonlyArray<{ label: string; value: string }>): string[] {
  return [
    `${event.title}。`,
    ...(event.status === 'CANCELLED' ? [`这个开放日已取消。${event.cancelReason ? `原因：${event.cancelReason}` : ''}`] : []),
    rows.map((row) => `${row.label}：${row.value}`).join('。') + '。',
    event.description,
    ...event.agenda.map((item) => (item.time ? `${clockInWords(item.time)}，${item.item}` : item.item)),
    ...(event.officials.length > 0 ? [`到场答复的领导和工作人员：${event.officials.map((o) => `${o.position} ${o.name}`).join('；')}。`] : []),
  ];
}

function EventView({ event, signedIn }: { event: Detail; signedIn: boolean }) {
  const mode = SELECTION_WORDS[event.selectionMode];
  const rows = [
    { label: '主题', value: event.theme },
    { label: '主办部门', value: event.department },
    { label: '时间', value: whenInWords(event.startsAt, event.endsAt) },
    { label: '地点', value: placeInWords(event) },
    { label: '名额', value: `共 ${event.capacity} 个。${seatsInWords(event)}` },
    { label: '报名时间', value: `${momentInWords(event.signUpOpensAt)} 到 ${momentInWords(event.signUpClosesAt)}` },
    { label: '报名方式', value: mode.name },
    { label: '报名情况', value: signUpInWords(event) },
  ];
  return (
    <View>
      <Heading level={1}>{event.title}</Heading>
      {event.status === 'CANCELLED' && (
        <View className="gov-notice" role="status">
          <Text className="gov-notice__title">这个开放日已取消</Text>
          {event.cancelReason && <Text className="gov-notice__text">原因：{event.cancelReason}</Text>}
        </View>
      )}
      <View className="gov-card">
        <Fields rows={rows} />
      </View>
      <ReadAloudBar parts={() => eventSpeech(event, rows)} />
      {event.venue && <VenueActions event={event} />}
      {event.liveUrl && <WebLink className="event-actions" url={event.liveUrl} what="直播" />}
      {signedIn || event.signUpOpen ? <MyPart event={event} signedIn={signedIn} /> : null}

      <View className="event-section">
        <Heading level={2}>活动介绍</Heading>
        <Paragraphs text={event.description} />
      </View>
      {event.agenda.length > 0 && (
        <View className="event-section">
          <Heading level={2}>议程</Heading>
          {event.agenda.map((item, i) => (
            <View className="event-list-item" key={i}>
              {item.time && <Phrases className="event-agenda-time" breaks="words" text={clockInWords(item.time)} />}
              <Phrases breaks="words" text={item.item} />
            </View>
          ))}
        </View>
      )}
      {event.officials.length > 0 && (
        <View className="event-section">
          <Heading level={2}>到场答复的领导和工作人员</Heading>
          {event.officials.map((official, i) => (
            <Text className="gov-meta__line event-list-item" key={i}>
              {official.position} {official.name}
            </Text>
          ))}
        </View>
      )}
      <View className="event-section">
        <Heading level={2}>{`报名方式：${mode.name}`}</Heading>
        <Text className="gov-paragraph">{mode.explanation}</Text>
        {event.draw && (
          <View className="gov-card" role="group" aria-label="抽签结果">
            <Fields
              rows={[
                { label: '抽签时间', value: momentInWords(event.draw.drawnAt) },
                { label: '申请人数', value: `${event.draw.applicants} 人` },
                { label: '抽中人数', value: `${event.draw.selected} 人` },
                { label: '随机种子（可用来重算）', value: event.draw.seed },
                { label: '抽签方法', value: event.draw.algorithm },
              ]}
            />
          </View>
        )}
      </View>
      {event.summary && (
        <View className="event-section" role="region" aria-label="意见采纳情况">
          <Heading level={2}>意见采纳情况</Heading>
          <Phrases className="gov-note" breaks="words" text={`${momentInWords(event.summary.publishedAt)} 公布`} />
          <Heading level={3}>居民提出的意见</Heading>
          <Paragraphs text={event.summary.raised} />
          {event.summary.adopted.map((item, i) => (
            <View className="gov-card" key={i} role="group" aria-label={`第${i + 1}条意见`}>
              <Fields
                rows={[
                  { label: '意见', value: item.suggestion },
                  { label: '答复', value: item.response },
                  { label: '是否采纳', value: item.adopted ? '已采纳' : '未采纳' },
                ]}
              />
            </View>
          ))}
        </View>
      )}
      {event.status === 'HELD' && !event.summary && <Text className="gov-end">开放日已结束，意见采纳情况整理好后会在这里公布。</Text>}
    </View>
  );
}

/** One open day: what, when, where (map), who answers, how seats are given, and the resident's own registration. */
export default function EventDetailPage() {
  const id = routeParam(useRouter().params, 'id');
  const { event, signedIn } = useEvent(id);
  // The card keeps this title for whoever opens it later: the date, never 今天 / 明天.
  useShare(ROUTES.eventDetail, { id }, event.status === 'ready' && event.data ? `政府开放日：${event.data.title}（${whenInWords(event.data.startsAt, event.data.endsAt, new Date(), false)}）` : '政府开放日');
  return (
    <Screen label="开放日详情">
      <Loaded remote={event} what="开放日">
        {(found) => (found ? <EventView event={found} signedIn={signedIn} /> : <Gone>没有找到这个开放日，它可能已被撤下。</Gone>)}
      </Loaded>
    </Screen>
  );
}
