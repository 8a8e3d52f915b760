import { beijingTime } from '../core/clock';
import type { StoredRegistration } from './event-model';

// The registration list as a CSV file for Excel: UTF-8 with a byte-order mark (without it Excel on
// Windows reads Chinese as mojibake), CRLF rows, RFC 4180 quoting, and cells that a spreadsheet would
// take for a formula (= + - @ at the start) prefixed with an apostrophe.

const BOM = '\uFEFF';

const STATUS_LABELS: Record<StoredRegistration['status'], string> = {
  APPLIED: '已报名待抽签',
  CONFIRMED: '报名成功',
  SELECTED: '抽签入选',
  WAITLISTED: '候补',
  CANCELLED: '已取消',
};

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

const CSV_HEADER = ['序号', '姓名', '手机号', '状态', '候补顺序', '签到码', '签到时间', '报名时间', '想提的问题'];

/** `registrations` in the order staff see them, with their waiting-list places already worked out. */
export function registrationsCsv(registrations: ReadonlyArray<StoredRegistration & { waitlistPlace: number | null }>): string {
  const rows = registrations.map((r, index) => [
    index + 1,
    r.name,
    r.phone,
    STATUS_LABELS[r.status],
    r.waitlistPlace,
    r.status === 'CONFIRMED' || r.status === 'SELECTED' ? r.checkInCode : null,
    beijingTime(r.checkedInAt),
    beijingTime(r.createdAt),
    r.questions,
  ]);
  return BOM + [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
