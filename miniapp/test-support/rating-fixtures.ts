// 好差评 test data, shaped as the API answers the mini-app's operations (made-up services and people).
import type {
  CaseDetailFieldsFragment,
  CaseListFieldsFragment,
  MyRatingFieldsFragment,
  RatingCountFieldsFragment,
  RatingFormQuery,
} from '../src/generated/operations';

export const SERVICE = { id: 'svc-dibao', department: '区民政局', name: '最低生活保障申请', channel: 'WINDOW' as const, windows: ['3', '4'], disabled: false };

export const OPTIONS: RatingFormQuery['ratingOptions'] = {
  levels: [
    { level: 'VERY_SATISFIED', label: '非常满意', bad: false },
    { level: 'SATISFIED', label: '满意', bad: false },
    { level: 'BASICALLY_SATISFIED', label: '基本满意', bad: false },
    { level: 'DISSATISFIED', label: '不满意', bad: true },
    { level: 'VERY_DISSATISFIED', label: '非常不满意', bad: true },
  ],
  reasons: [
    { reason: 'LONG_WAIT', label: '等候时间长' },
    { reason: 'BAD_ATTITUDE', label: '态度不好' },
    { reason: 'MULTIPLE_TRIPS', label: '办事不顺利/多次跑' },
    { reason: 'UNCLEAR_REQUIREMENTS', label: '材料要求不清' },
    { reason: 'SYSTEM_FAILURE', label: '系统故障' },
    { reason: 'OTHER', label: '其他' },
  ],
};

export const FORM = { data: { service: SERVICE, ratingOptions: OPTIONS } };

const deadline = (date: string) => ({ date, provisional: false, note: null });

export const BAD_RATING: MyRatingFieldsFragment = {
  id: 'rating-1',
  service: { id: SERVICE.id, name: SERVICE.name },
  department: SERVICE.department,
  window: '3',
  matterNumber: null,
  level: 'DISSATISFIED',
  levelLabel: '不满意',
  bad: true,
  reasonLabels: ['等候时间长'],
  comment: null,
  ratedAt: '2026-11-23T02:00:00.000Z',
  case: {
    id: 'rating-1',
    status: 'OPEN',
    callbackDeadline: deadline('2026-11-24'),
    rectifyDeadline: deadline('2026-12-14'),
    isOverdue: false,
    calledBackAt: null,
    reply: null,
    outcome: null,
    repliedAt: null,
    followUp: null,
    closedAt: null,
  },
};

/** A case in the staff list; `status` and the deadlines decide its place. */
export function listCase(id: string, change: Partial<CaseListFieldsFragment> = {}): CaseListFieldsFragment {
  return {
    id,
    department: '区民政局',
    status: 'OPEN',
    openedAt: '2026-11-20T02:00:00.000Z',
    callbackDeadline: deadline('2026-11-23'),
    rectifyDeadline: deadline('2026-12-11'),
    isOverdue: false,
    repliedAt: null,
    followUp: null,
    rating: { id, service: { id: SERVICE.id, name: `服务${id}` }, window: null, levelLabel: '不满意', reasonLabels: ['态度不好'] },
    ...change,
  };
}

export function detailCase(change: Partial<CaseDetailFieldsFragment> = {}): CaseDetailFieldsFragment {
  const base = listCase('case-1', { isOverdue: true });
  return {
    ...base,
    calledBackAt: null,
    reply: null,
    outcome: null,
    answeredOnTime: null,
    closedAt: null,
    resolved: false,
    followUp: null,
    rating: { ...base.rating, matterNumber: null, comment: '排队两个小时', ratedAt: '2026-11-20T02:00:00.000Z', rater: { reference: '居民 7F3A', phone: '138****1234' } },
    steps: [{ kind: 'OPENED', at: '2026-11-20T02:00:00.000Z', byName: null, note: null, outcome: null, level: 'DISSATISFIED' }],
    excluded: false,
    appeal: null,
    viewerCan: { decideAppeal: false },
    ...change,
  };
}

export const counts = (ratings: number, satisfied: number, bad: number, onTime: number, resolved: number): RatingCountFieldsFragment => ({
  ratings,
  excluded: 0,
  badRatings: bad,
  answered: onTime,
  answeredOnTime: onTime,
  resolved,
  satisfactionRate: ratings ? satisfied / ratings : null,
  onTimeRate: bad ? onTime / bad : null,
  resolvedRate: bad ? resolved / bad : null,
});

export const HOUR = 3600 * 1000;
export const future = () => new Date(Date.now() + 8 * HOUR).toISOString();
