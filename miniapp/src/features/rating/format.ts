// 好差评 in words: deadlines, case states, rates, periods, rating links (dates: lib/format.ts).
// No Taro import here: pure functions the pages and tests share.
import type {
  CaseListFieldsFragment,
  RatingCaseStatus,
  RatingCaseStepKind,
  RatingCountFieldsFragment,
  ReplyOutcome,
  ServiceChannel,
  StaffRole,
} from '../../generated/operations';
import { beijingDate, dayInWords } from '../../lib/format';
import { ROUTES } from '../../lib/routes';

/**
 * A deadline's day with its weekday: 2026年11月24日 星期二. The API's date is the last day allowed (the
 * work is overdue only once it has ended), so it is said as 最迟在…, never as …前.
 */
export function deadlineInWords(deadline: { date: string } | null | undefined): string {
  const date = deadline?.date ?? '';
  return dayInWords(date) || date;
}

/** Where a bad rating's case stands, in the words of the one reading: the resident who rated, or staff. */
const CASE_STATUS_WORDS: Record<'resident' | 'staff', Record<RatingCaseStatus, string>> = {
  resident: {
    OPEN: '等待回访',
    CALLED_BACK: '已回访，正在办理',
    RECTIFIED: '已整改，已答复您',
    EXPLAINED: '已说明情况，已答复您',
    CLOSED: '已办结',
  },
  staff: {
    OPEN: '待回访',
    CALLED_BACK: '已回访，待答复',
    RECTIFIED: '已整改并答复评价人，待结案',
    EXPLAINED: '已说明情况并答复评价人，待结案',
    CLOSED: '已办结',
  },
};

/** A rater who left no phone number is not called back (callbackDeadline is null): a written reply is due first. */
export function caseStatusInWords(c: Pick<CaseListFieldsFragment, 'status' | 'callbackDeadline'>, reader: 'resident' | 'staff'): string {
  if (c.status === 'OPEN' && !c.callbackDeadline) return reader === 'staff' ? '待书面答复（评价人没有留手机号，不用回访）' : '正在办理';
  return CASE_STATUS_WORDS[reader][c.status];
}

export const OUTCOME_WORDS: Record<ReplyOutcome, string> = { RECTIFIED: '已整改', EXPLAINED: '已说明' };

export const STEP_WORDS: Record<RatingCaseStepKind, string> = {
  OPENED: '居民提交差评',
  CALLED_BACK: '回访',
  REPLIED: '答复',
  FOLLOW_UP_RATED: '居民追评',
  APPEALED: '申诉',
  APPEAL_UPHELD: '申诉成立',
  APPEAL_REJECTED: '申诉不成立',
  CLOSED: '结案',
};

export const ROLE_WORDS: Record<StaffRole, string> = {
  DISTRICT_ADMIN: '全区管理员，可办理各部门的差评',
  DEPARTMENT_EDITOR: '部门工作人员',
};

export function channelInWords(service: { channel: ServiceChannel; windows: readonly string[] }): string {
  if (service.channel === 'WINDOW') return service.windows.length ? `窗口办理（${service.windows.join('、')}号窗口）` : '窗口办理';
  return service.channel === 'ONLINE' ? '网上办理' : '电话办理';
}

type Deadlines = Pick<CaseListFieldsFragment, 'status' | 'callbackDeadline' | 'rectifyDeadline' | 'isOverdue'>;

/** The work due on a case now, and by when: 回访 while OPEN (答复 when nobody can be called), 答复 while CALLED_BACK, 结案 once replied. */
export function dueWork(c: Deadlines): { what: '回访' | '答复' | '结案'; deadline: { date: string; provisional: boolean; note: string | null } | null } | null {
  if (c.status === 'OPEN') return c.callbackDeadline ? { what: '回访', deadline: c.callbackDeadline } : { what: '答复', deadline: c.rectifyDeadline };
  if (c.status === 'CALLED_BACK') return { what: '答复', deadline: c.rectifyDeadline };
  if (c.status === 'RECTIFIED' || c.status === 'EXPLAINED') return { what: '结案', deadline: null };
  return null;
}

/** The overdue marker in words (colour only repeats it): 已超期：最迟应在…回访 / 未超期：最迟在…答复 / nothing once no work is due. */
export function overdueInWords(c: Deadlines): string {
  const due = dueWork(c);
  if (!due?.deadline) return '';
  const by = deadlineInWords(due.deadline);
  return c.isOverdue ? `已超期：最迟应在${by}${due.what}` : `未超期：最迟在${by}${due.what}`;
}

/**
 * Open work by deadline, the overdue first (their deadlines are the earliest); replied cases waiting
 * to be closed after every dated one, oldest reply first. The same order as the API's, kept however
 * the pages arrive.
 */
export function sortCasesByDeadline<T extends Deadlines & Pick<CaseListFieldsFragment, 'repliedAt' | 'id'>>(cases: readonly T[]): T[] {
  const key = (c: T) => dueWork(c)?.deadline?.date ?? `~${c.repliedAt ?? ''}`;
  return [...cases].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * 0..1 as a percentage with one decimal, always (79.0%, 84.8%, 100.0%), so figures side by side compare
 * at a glance (79% beside 84.8% read as differently exact); no ratings: 暂无.
 */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '暂无';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A department's or service's figures as label/value rows (the text alternative to the bars). */
export function countsInWords(counts: RatingCountFieldsFragment): Array<{ label: string; value: string }> {
  // Ratings taken out on appeal are said openly, never silently missing from the counts.
  const removed = counts.excluded ? [{ label: '申诉后撤下', value: `${counts.excluded} 条（经区政府办公室核实为恶意评价，不计入以上数字）` }] : [];
  if (counts.ratings === 0) return [{ label: '评价', value: '0 条（这段时间没有评价）' }, ...removed];
  return [
    { label: '评价', value: `${counts.ratings} 条` },
    { label: '满意率', value: percent(counts.satisfactionRate) },
    { label: '差评', value: `${counts.badRatings} 条` },
    { label: '按期答复', value: counts.badRatings ? `${counts.answeredOnTime} 条（${percent(counts.onTimeRate)}）` : '没有差评' },
    { label: '整改后满意', value: counts.badRatings ? `${counts.resolved} 条（${percent(counts.resolvedRate)}）` : '没有差评' },
    ...removed,
  ];
}

export type PeriodKey = 'recent' | 'thisYear' | 'lastYear';
export const PERIOD_KEYS: readonly PeriodKey[] = ['recent', 'thisYear', 'lastYear'];
export const PERIOD_LABELS: Record<PeriodKey, string> = { recent: '近3个月', thisYear: '今年', lastYear: '去年' };

/**
 * The dates to ask the figures for. The API counts whole calendar months, so 近3个月 is this month
 * and the two before it; 今年 runs to today.
 */
export function periodDates(key: PeriodKey, now: Date): { from: string; to: string } {
  const today = beijingDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (key === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (key === 'thisYear') return { from: `${year}-01-01`, to: today };
  const start = new Date(Date.UTC(year, month - 3, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** 2026年1月至11月 / 2025年1月至12月 / 2025年11月至2026年1月. */
export function monthsInWords(from: string, to: string): string {
  const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))];
  const [ty, tm] = [to.slice(0, 4), Number(to.slice(5, 7))];
  if (fy === ty) return fm === tm ? `${fy}年${fm}月` : `${fy}年${fm}月至${tm}月`;
  return `${fy}年${fm}月至${ty}年${tm}月`;
}

/** The rate page's path without the leading slash, as in the API's links (api/src/ratings/rating-links.ts). */
const RATE_PATH = ROUTES.ratingRate.replace(/^\//, '');

/** The address printed QR codes hold: https://HOST/r/<service>[/<window>] (api/src/ratings/rating-paths.ts). */
const RATING_ADDRESS = /^https?:\/\/[^/?#]+\/r\/([^/?#]+)(?:\/([^/?#]+))?\/?(?:[?#].*)?$/;

/**
 * The service and window a scanned code or a link names: the address the printed QR code holds
 * (https://HOST/r/<service>/3), the H5 address older codes hold (…/#/pages/rating/rate/index?service=…&window=3),
 * or the mini-program path. Anything else: null.
 */
export function parseRatingLink(text: string | null | undefined): { service: string; window?: string } | null {
  const raw = (text ?? '').trim();
  const printed = RATING_ADDRESS.exec(raw);
  if (printed) {
    try {
      const [service, window] = [printed[1]!, printed[2]].map((part) => part && decodeURIComponent(part));
      return window ? { service: service!, window } : { service: service! };
    } catch {
      return null; // a broken escape
    }
  }
  const at = raw.indexOf(RATE_PATH);
  if (at < 0) return null;
  const query = raw.slice(at + RATE_PATH.length).replace(/^[^?]*\?/, '');
  const params = new Map<string, string>();
  for (const pair of query.split(/[&#]/)) {
    const [key, value = ''] = pair.split('=');
    try {
      if (key) params.set(key, decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      // a broken escape: leave the parameter out
    }
  }
  const service = params.get('service')?.trim();
  if (!service) return null;
  const window = params.get('window')?.trim();
  return window ? { service, window } : { service };
}
