import type { EventCardFieldsFragment, RegistrationFieldsFragment, RegistrationStatus, SelectionMode } from '../../generated/operations';
import { beijingTime, weekdayInWords, type BeijingTime } from '../../lib/format';

// Open days in plain words: dates and times in Beijing time as residents say them (12月5日 星期六
// 上午9:30), seats, sign-up and registration status in sentences, never a bare number or code.

const period = (hour: number) => (hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上');
const clock = ({ hour, minute }: Pick<BeijingTime, 'hour' | 'minute'>) => `${hour > 12 ? hour - 12 : hour}:${String(minute).padStart(2, '0')}`;

/** 12月5日 星期六 (with the year when it is not this year's); 今天 / 明天 in front when it is, unless `near` is false. */
function dayInWords(iso: string, now: Date, near: boolean): string {
  const at = beijingTime(iso);
  const today = beijingTime(now);
  if (!at || !today) return '';
  const tomorrow = beijingTime(new Date(now.getTime() + 86_400_000))!;
  const date = `${at.year !== today.year ? `${at.year}年` : ''}${at.month}月${at.day}日 ${weekdayInWords(at.weekday)}`;
  const nearWord = !near ? '' : at.date === today.date ? '今天 ' : at.date === tomorrow.date ? '明天 ' : '';
  return `${nearWord}${date}`;
}

/** 上午9:30, 中午12:00, 下午2:30, 晚上7:00. */
function timeInWords(iso: string): string {
  const at = beijingTime(iso);
  return at ? `${period(at.hour)}${clock(at)}` : '';
}

/** An agenda time as staff write it (09:30, Beijing time) in words: 上午9:30; anything else as it came. */
export function clockInWords(hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(hhmm.trim());
  if (!match) return hhmm;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? `${period(hour)}${clock({ hour, minute })}` : hhmm;
}

/** 12月5日 星期六 上午9:30 */
export const momentInWords = (iso: string, now = new Date(), near = true) => `${dayInWords(iso, now, near)} ${timeInWords(iso)}`.trim();

/**
 * 12月5日 星期六 上午9:30 到 11:30; the end says its period or day only when they differ from the start's.
 * `near: false` leaves out 今天 / 明天, for words read on another day (a shared card keeps its title).
 */
export function whenInWords(startsAt: string, endsAt: string, now = new Date(), near = true): string {
  const start = beijingTime(startsAt);
  const end = beijingTime(endsAt);
  if (!start || !end) return '';
  const endWords =
    start.date !== end.date ? momentInWords(endsAt, now, near) : period(start.hour) === period(end.hour) ? clock(end) : timeInWords(endsAt);
  return `${momentInWords(startsAt, now, near)} 到 ${endWords}`;
}

/** yyyy-mm of an instant in Beijing time (the API's month filter). */
export function beijingMonth(iso: string): string {
  return beijingTime(iso)?.date.slice(0, 7) ?? '';
}

/** This month and the next `count - 1`, as the month filter's choices: { value: 2026-12, label: 12月 }. */
export function upcomingMonths(now: Date, count = 3): Array<{ value: string; label: string }> {
  const today = beijingTime(now)!;
  return Array.from({ length: count }, (_, i) => {
    const index = today.month - 1 + i;
    const year = today.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { value: `${year}-${String(month).padStart(2, '0')}`, label: `${year !== today.year ? `${year}年` : ''}${month}月` };
  });
}

/** Where: the address, or 线上直播 (both when there is a venue and a live link). */
export function placeInWords(event: Pick<EventCardFieldsFragment, 'venue' | 'online'>): string {
  if (event.venue && event.online) return `${event.venue.address}（也可看线上直播）`;
  return event.venue?.address ?? '线上直播';
}

type SeatFacts = Pick<EventCardFieldsFragment, 'status' | 'selectionMode' | 'seatsLeft' | 'waitlistLength' | 'applicants' | 'capacity' | 'signUpOpen' | 'draw'>;

/** The seats in words: 还剩 12 个名额 / 已满，可排队候补 / 抽签报名 … */
export function seatsInWords(event: SeatFacts): string {
  if (event.status === 'CANCELLED') return '已取消';
  if (event.selectionMode === 'DRAW') {
    if (event.draw) return `已公开抽签：${event.draw.applicants} 人申请，抽中 ${event.draw.selected} 人`;
    return `抽签报名：共 ${event.capacity} 个名额，已有 ${event.applicants} 人申请`;
  }
  if (event.seatsLeft > 0 && event.waitlistLength === 0) return `还剩 ${event.seatsLeft} 个名额`;
  if (event.signUpOpen) return event.waitlistLength > 0 ? `已满，可排队候补（已有 ${event.waitlistLength} 人排队）` : '已满，可排队候补';
  return '名额已满';
}

type SignUpFacts = Pick<EventCardFieldsFragment, 'status' | 'signUpOpen' | 'signUpOpensAt' | 'signUpClosesAt'>;

/** Whether and until when one can sign up, in words. */
export function signUpInWords(event: SignUpFacts, now = new Date()): string {
  if (event.status === 'CANCELLED') return '这个开放日已取消';
  if (event.status === 'HELD') return '开放日已结束';
  if (event.signUpOpen) return `正在报名，${momentInWords(event.signUpClosesAt, now)} 截止`;
  if (now.toISOString() < event.signUpOpensAt) return `${momentInWords(event.signUpOpensAt, now)} 开始报名`;
  return '报名已截止';
}

export const SELECTION_WORDS: Record<SelectionMode, { name: string; explanation: string }> = {
  FIRST_COME: {
    name: '先到先得',
    explanation: '按报名先后确认名额。名额满了以后还可以排队候补；有人取消时，名额按排队顺序依次递补，并会通知您。',
  },
  DRAW: {
    name: '名额不足时公平抽签',
    explanation:
      '报名截止后，报名人数没有超过名额的，全部确认；超过名额的，公开抽签。抽签用的随机种子和方法都会公布，谁都可以照着重算一遍，结果一样。没抽中的按抽签顺序候补。',
  },
};

const STATUS_WORDS: Record<RegistrationStatus, string> = {
  CONFIRMED: '已报名成功',
  SELECTED: '已抽中，报名成功',
  APPLIED: '已提交抽签申请，报名截止后抽签',
  WAITLISTED: '排队候补中',
  CANCELLED: '已取消报名',
};

/** 已报名成功 / 排队候补第 3 位 / 已提交抽签申请 …, and 已签到 once checked in. */
export function registrationInWords(registration: Pick<RegistrationFieldsFragment, 'status' | 'waitlistPosition' | 'checkedInAt'>): string {
  if (registration.status === 'WAITLISTED' && registration.waitlistPosition) return `排队候补第 ${registration.waitlistPosition} 位`;
  const words = STATUS_WORDS[registration.status] ?? '报名状态未知';
  return registration.checkedInAt ? `${words}，已签到` : words;
}

/** What a registrant reads of an open day staff cancelled, instead of their registration's status (已报名成功 no longer holds). */
export const CANCELLED_FOR_REGISTRANT = '这个开放日已取消，不用到场了';

/** Whether the registration holds a seat (and so has a check-in code). */
export const holdsSeat = (registration: Pick<RegistrationFieldsFragment, 'status'>) => registration.status === 'CONFIRMED' || registration.status === 'SELECTED';

/** A registration still in the event (not cancelled). */
export const isActive = (registration: Pick<RegistrationFieldsFragment, 'status'> | null | undefined) => Boolean(registration && registration.status !== 'CANCELLED');

/** Cancelling is possible until the event starts (and not while a draw is running: the API says so then). */
export function canCancel(registration: Pick<RegistrationFieldsFragment, 'status'>, event: Pick<EventCardFieldsFragment, 'status' | 'startsAt'>, now = new Date()): boolean {
  return registration.status !== 'CANCELLED' && event.status !== 'CANCELLED' && now.toISOString() < event.startsAt;
}

/** The questionnaire stays open this long after the end (as the API: api/src/events/event-write-resolvers.ts). */
const FEEDBACK_DAYS = 30;

/**
 * The questionnaire is for those who came, once the event is over: checked in at the door, or — for
 * an event only online — holding a seat; not yet filled in, and not more than 30 days after the end.
 */
export function feedbackOpen(
  registration: Pick<RegistrationFieldsFragment, 'status' | 'checkedInAt' | 'feedbackSubmitted'>,
  event: Pick<EventCardFieldsFragment, 'status' | 'endsAt' | 'venue'>,
  now = new Date(),
): boolean {
  if (registration.feedbackSubmitted || event.status === 'CANCELLED') return false;
  const ended = Date.parse(event.endsAt);
  if (now.getTime() < ended || now.getTime() > ended + FEEDBACK_DAYS * 86_400_000) return false;
  return registration.checkedInAt !== null || (event.venue === null && holdsSeat(registration));
}
