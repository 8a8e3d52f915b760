import type { App } from '../app';
import { auditEntry } from '../core/audit-entry';
import { beijingInstant, governmentDate } from '../core/clock';
import { eventIdFor, newEvent, type EventDetails } from '../events/event-model';

// Example open days shipped with the repo, so the mini-app has something to show: different
// departments and themes, one first come first served, one by draw, one online. Every title starts
// with （示例） and every event carries `demo: true`; dates count from the day they are loaded, so
// they are always upcoming. Names, addresses and the live link are made up.

interface DemoEvent {
  department: string;
  /** Days from today (Beijing time) and the start and end, HH:MM Beijing time. */
  inDays: number;
  from: string;
  to: string;
  /** Sign-up closes this many days before the event. */
  closesDaysBefore: number;
  details: Omit<EventDetails, 'startsAt' | 'endsAt' | 'signUpOpensAt' | 'signUpClosesAt'>;
}

const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    department: '区民政局',
    inDays: 10,
    from: '09:30',
    to: '11:30',
    closesDaysBefore: 2,
    details: {
      theme: '民生保障',
      title: '（示例）养老服务补贴政策开放日',
      description: '走进区养老服务指导中心，了解高龄津贴、居家养老服务补贴的申请条件和办理流程，现场提问，工作人员当场解答。',
      agenda: [
        { time: '09:30', item: '参观区养老服务指导中心' },
        { time: '10:15', item: '高龄津贴和居家养老服务补贴政策解读' },
        { time: '10:45', item: '居民提问，现场答复' },
      ],
      officials: [{ name: '（示例）张明', position: '区民政局副局长' }],
      venue: { address: '（示例地址）示例区人民路 1 号 区民政局一楼会议室', latitude: 29.0794, longitude: 119.6474 },
      liveUrl: null,
      capacity: 30,
      selectionMode: 'FIRST_COME',
    },
  },
  {
    department: '区教育局',
    inDays: 14,
    from: '14:30',
    to: '16:30',
    closesDaysBefore: 7,
    details: {
      theme: '教育医疗',
      title: '（示例）义务教育招生入学政策开放日',
      description: '介绍今年小学、初中招生入学的划片、报名时间和所需材料。报名人数超过名额时公开抽签，抽签种子和结果在报名截止后公布。',
      agenda: [
        { time: '14:30', item: '招生入学政策解读' },
        { time: '15:30', item: '家长提问，现场答复' },
      ],
      officials: [{ name: '（示例）李华', position: '区教育局基础教育科科长' }],
      venue: { address: '（示例地址）示例区文化路 8 号 区教育局三楼报告厅', latitude: 29.0851, longitude: 119.6532 },
      liveUrl: null,
      capacity: 40,
      selectionMode: 'DRAW',
    },
  },
  {
    department: '区发展和改革局',
    inDays: 7,
    from: '15:00',
    to: '16:00',
    closesDaysBefore: 1,
    details: {
      theme: '营商环境',
      title: '（示例）“营商环境面对面”云开放日',
      description: '线上直播：企业开办“一网通办”、惠企政策兑现流程介绍，企业和个体工商户可在报名时留下问题，直播中集中答复。',
      agenda: [
        { time: '15:00', item: '惠企政策介绍' },
        { time: '15:30', item: '答复报名时收集的问题' },
      ],
      officials: [{ name: '（示例）王强', position: '区发展和改革局局长' }],
      venue: null,
      liveUrl: 'https://example.com/govopen/live/yingshang',
      capacity: 200,
      selectionMode: 'FIRST_COME',
    },
  },
  {
    department: '区住房和城乡建设局',
    inDays: 21,
    from: '09:00',
    to: '11:00',
    closesDaysBefore: 3,
    details: {
      theme: '征收拆迁',
      title: '（示例）旧城改造征收补偿政策开放日',
      description: '讲解旧城改造项目的征收范围、补偿标准和安置方式，公开答复居民关心的问题。',
      agenda: [
        { time: '09:00', item: '征收补偿方案解读' },
        { time: '10:00', item: '居民提问，现场答复' },
      ],
      officials: [{ name: '（示例）陈刚', position: '区住房和城乡建设局副局长' }],
      venue: { address: '（示例地址）示例区建设路 20 号 区住建局一楼大厅', latitude: 29.0712, longitude: 119.6408 },
      liveUrl: null,
      capacity: 50,
      selectionMode: 'FIRST_COME',
    },
  },
];

const beijingDay = (now: Date, days: number) => governmentDate(new Date(now.getTime() + days * 86_400_000));

/** The demo events as they would be on `now`'s day: published, sign-up open from now. */
export function demoEvents(now: Date) {
  return DEMO_EVENTS.map(({ department, inDays, from, to, closesDaysBefore, details }) => {
    const day = beijingDay(now, inDays);
    const full: EventDetails = {
      ...details,
      startsAt: beijingInstant(day, from).toISOString(),
      endsAt: beijingInstant(day, to).toISOString(),
      signUpOpensAt: now.toISOString(),
      signUpClosesAt: beijingInstant(beijingDay(now, inDays - closesDaysBefore), '18:00').toISOString(),
    };
    return { ...newEvent(eventIdFor(department, full), department, full, now.toISOString(), true), status: 'OPEN' as const };
  });
}

/** Loads the demo events into a store without any published event; otherwise leaves it alone. */
export async function loadDemoEvents(app: Pick<App, 'stores' | 'now'>): Promise<number> {
  if (await app.stores.events.hasAnyEvent()) return 0;
  const events = demoEvents(app.now());
  for (const event of events) {
    await app.stores.events.create(event, auditEntry({ kind: 'system', name: 'demo' }, 'event.create', event.id, { demo: true }));
  }
  return events.length;
}
