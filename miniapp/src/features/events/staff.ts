import type { EventStatus, StaffEventCardFieldsFragment } from '../../generated/operations';

// The holding department's view of an open day: its state in a clerk's words and which jobs the
// page offers now. The API decides every job again and says in words when one cannot be done.

export const EVENT_STATUS_WORDS: Record<EventStatus, string> = {
  DRAFT: '草稿（居民看不到）',
  OPEN: '已发布，正在报名',
  CLOSED: '已发布，报名已截止',
  HELD: '已举办',
  CANCELLED: '已取消',
};

type JobFacts = Pick<StaffEventCardFieldsFragment, 'status' | 'selectionMode' | 'signUpClosesAt' | 'draw' | 'summary' | 'endsAt'>;

export type EventJobs = {
  /** DRAFT → OPEN. */
  open: boolean;
  /** Stop sign-up before the window ends. */
  close: boolean;
  cancel: boolean;
  /** DRAW, sign-up over, not drawn yet. */
  draw: boolean;
  /** 吸收采纳情况: once the open day is over, until it is published. */
  summary: boolean;
};

export function eventJobs(event: JobFacts, now = new Date()): EventJobs {
  const at = now.toISOString();
  const live = event.status !== 'CANCELLED' && event.status !== 'HELD';
  return {
    open: event.status === 'DRAFT',
    close: event.status === 'OPEN',
    cancel: live,
    draw: event.selectionMode === 'DRAW' && !event.draw && (event.status === 'CLOSED' || (event.status === 'OPEN' && at >= event.signUpClosesAt)),
    summary: event.status === 'HELD' && !event.summary,
  };
}

/** 报名 12 人，签到 3 人 … for a staff card; empty when the API gave no figures. */
export function figuresInWords(event: Pick<StaffEventCardFieldsFragment, 'attendance' | 'selectionMode' | 'draw' | 'capacity'>): string {
  const a = event.attendance;
  if (!a) return '';
  if (event.selectionMode === 'DRAW' && !event.draw) return `名额 ${event.capacity} 个，已有 ${a.applied} 人申请抽签`;
  return `名额 ${event.capacity} 个：已报名 ${a.confirmed} 人，已签到 ${a.checkedIn} 人${a.waitlisted ? `，候补 ${a.waitlisted} 人` : ''}`;
}
