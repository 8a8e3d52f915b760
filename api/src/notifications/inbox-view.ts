import type { InboxEntry } from './inbox-store';

// What 我的消息 shows of a message: a heading by its template, what it is about, and one line of
// the rest. The data is what the sending feature filled in for WeChat (its NotificationTemplates).

const HEADINGS: Record<string, string> = {
  EVENT_CONFIRMED: '开放日报名成功',
  EVENT_WAITLISTED: '开放日候补',
  EVENT_PROMOTED: '候补转为正式名额',
  EVENT_REMINDER: '开放日明天举行',
  EVENT_CANCELLED: '开放日已取消',
  RATING_REPLIED: '您的差评有了答复',
  PROJECT_UPDATED: '关注的民生实事有新进展',
  CONSULTATION_ANSWERED: '您的留言有了答复',
  INFORMATION_REQUEST_REPLIED: '信息公开申请已答复',
  SUBSCRIPTION_PUBLISHED: '您订阅的内容有新发布',
};

const TITLE_FIELDS = ['title', 'department', 'reference'] as const;
const DETAIL_FIELDS = ['kind', 'startsAt', 'place', 'checkInCode', 'outcome', 'result', 'note', 'date', 'text', 'answer', 'department'] as const;

export function messageView(entry: InboxEntry) {
  const titleField = TITLE_FIELDS.find((field) => entry.data[field]);
  const detail = DETAIL_FIELDS.filter((field) => field !== titleField && entry.data[field])
    .map((field) => (field === 'checkInCode' ? `签到码 ${entry.data[field]}` : entry.data[field]))
    .join(' · ');
  return {
    id: entry.id,
    heading: HEADINGS[entry.template] ?? '新消息',
    title: titleField ? (entry.data[titleField] ?? '') : '',
    detail: detail || null,
    page: entry.page,
    sentAt: entry.sentAt,
    read: entry.readAt !== null,
    forResident: entry.forResident,
  };
}
