import type { InboxEntry } from './inbox-store';

// What 我的消息 shows of a message: a heading by its template, what it is about, and one line of
// the rest. The data is what the sending feature filled in for WeChat (its NotificationTemplates).

const HEADINGS: Record<string, string> = {
  EVENT_CONFIRMED: '开放日报名成功',
  EVENT_WAITLISTED: '开放日候补',
  EVENT_PROMOTED: '候补转为正式名额',
  EVENT_REMINDER: '开放日明天举行',
  EVENT_CANCELLED: '开放日已取消',
  EVENT_SIGN_UP_CANCELLED: '开放日报名已取消',
  RATING_REPLIED: '您的差评有了答复',
  PROJECT_UPDATED: '关注的民生实事有新进展',
  CONSULTATION_ANSWERED: '您的留言有了答复',
  INFORMATION_REQUEST_REPLIED: '信息公开申请已答复',
  SUBSCRIPTION_PUBLISHED: '您订阅的内容有新发布',
};

const TITLE_FIELDS = ['title', 'department', 'reference'] as const;
const DETAIL_FIELDS = ['kind', 'place', 'checkInCode', 'outcome', 'result', 'note', 'text', 'answer', 'department'] as const;

/** WeChat's time field as sent (Beijing `2026-12-10 09:30`), or a day (`2026-12-10`). */
const TEMPLATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The time a message is about, as the page reads it to say it in words (上午9:30, 星期四): never WeChat's bare digits. */
function whenOf(data: InboxEntry['data']): string | null {
  const time = data.startsAt ? TEMPLATE_TIME.exec(data.startsAt) : null;
  if (time) return `${time[1]}T${time[2]}:00+08:00`;
  return data.date && DAY.test(data.date) ? data.date : null;
}

export function messageView(entry: InboxEntry) {
  const titleField = TITLE_FIELDS.find((field) => entry.data[field]);
  const when = whenOf(entry.data);
  // A time the page cannot read (an older message's) stays in the line as it came.
  const fields = when ? DETAIL_FIELDS : (['startsAt', 'date', ...DETAIL_FIELDS] as const);
  // An overtaken seat's check-in code admits nobody any more.
  const detail = fields.filter((field) => field !== titleField && entry.data[field] && !(entry.overtaken && field === 'checkInCode'))
    .map((field) => (field === 'checkInCode' ? `签到码 ${entry.data[field]}` : entry.data[field]))
    .join(' · ');
  return {
    id: entry.id,
    heading: HEADINGS[entry.template] ?? '新消息',
    title: titleField ? (entry.data[titleField] ?? '') : '',
    when,
    detail: detail || null,
    page: entry.page,
    sentAt: entry.sentAt,
    read: entry.readAt !== null,
    forResident: entry.forResident,
    overtaken: entry.overtaken,
  };
}
