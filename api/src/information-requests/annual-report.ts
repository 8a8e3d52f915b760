import { governmentDate } from '../core/clock';
import { csvFile } from '../core/csv';
import { NOT_PROCESSED_GROUNDS, UNAVAILABLE_GROUNDS, WITHHELD_GROUNDS, type ReplyGround } from './reply-kinds';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type CloseReason, type OrganisationKind, type StoredInformationRequest } from './request-model';
import type { InformationRequestStore } from './request-store';

// Section 三 of the 政府信息公开工作年度报告 (格式: 国办公开办函〔2021〕30号), "收到和处理政府信息公开申请
// 情况", summed from the applications themselves. For a year:
//  - received: applications received in it;
//  - carried in: received before it and not finished when it began;
//  - results: applications finished in it (replied, or closed without a reply), each once, by its
//    outcome — a 部分公开 only as such, a reply citing several grounds under its first;
//  - carried out: received by its end and not finished then.
// So carried in + received = results + carried out, column by column.

export type ReportedRequest = Pick<StoredInformationRequest, 'receivedOn' | 'status' | 'reply' | 'closedReason' | 'closedAt'> & {
  applicant: Pick<StoredInformationRequest['applicant'], 'kind' | 'organisationKind'>;
};

export const REPORT_COLUMNS = ['CITIZEN', ...ORGANISATION_KINDS, 'TOTAL'] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export const REPORT_COLUMN_LABELS: Readonly<Record<ReportColumn, string>> = Object.freeze({
  CITIZEN: '自然人',
  ...ORGANISATION_KIND_LABELS,
  TOTAL: '总计',
});

/** What a result row counts. */
type Outcome =
  | { kind: 'DISCLOSED' | 'PARTLY_DISCLOSED' }
  | { kind: 'WITHHELD' | 'UNAVAILABLE' | 'NOT_PROCESSED'; ground: ReplyGround | 'NOT_HELD' }
  | { kind: 'OTHER'; reason: CloseReason };

interface RowDefinition {
  key: string;
  label: string;
  /** 0: a section; 1: a kind of result; 2: one of its reasons. */
  level: 0 | 1 | 2;
  /** What it counts; none for a heading. */
  counts?: 'RECEIVED' | 'CARRIED_IN' | 'CARRIED_OUT' | 'RESULTS' | ((outcome: Outcome) => boolean);
}

const groundRows = (kind: 'WITHHELD' | 'UNAVAILABLE' | 'NOT_PROCESSED', rows: ReadonlyArray<[ReplyGround | 'NOT_HELD', string]>): RowDefinition[] =>
  rows.map(([ground, label], index) => ({
    key: `${kind}.${ground}`,
    label: `${index + 1}.${label}`,
    level: 2,
    counts: (o) => o.kind === kind && o.ground === ground,
  }));

const WITHHELD_LABELS: Readonly<Record<(typeof WITHHELD_GROUNDS)[number], string>> = {
  STATE_SECRET: '属于国家秘密',
  FORBIDDEN_BY_LAW: '其他法律行政法规禁止公开',
  SECURITY_AND_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY_RIGHTS: '保护第三方合法权益',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFORMATION: '属于四类过程性信息',
  ENFORCEMENT_FILE: '属于行政执法案卷',
  ADMINISTRATIVE_QUERY: '属于行政查询事项',
};

const NOT_PROCESSED_LABELS: Readonly<Record<(typeof NOT_PROCESSED_GROUNDS)[number], string>> = {
  PETITION: '信访举报投诉类申请',
  REPEATED: '重复申请',
  PUBLICATION: '要求提供公开出版物',
  EXCESSIVE: '无正当理由大量反复申请',
  CONFIRMATION: '要求行政机关确认或重新出具已获取信息',
};

const UNAVAILABLE_LABELS: Readonly<Record<(typeof UNAVAILABLE_GROUNDS)[number], string>> = {
  NEEDS_CREATION: '没有现成信息需要另行制作',
  STILL_UNCLEAR: '补正后申请内容仍不明确',
};

const OTHER_LABELS: Readonly<Record<CloseReason, string>> = {
  CORRECTION_LAPSED: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  FEE_UNPAID: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  WITHDRAWN: '其他',
};

export const REPORT_ROWS: readonly RowDefinition[] = [
  { key: 'RECEIVED', label: '一、本年新收政府信息公开申请数量', level: 0, counts: 'RECEIVED' },
  { key: 'CARRIED_IN', label: '二、上年结转政府信息公开申请数量', level: 0, counts: 'CARRIED_IN' },
  { key: 'RESULTS_HEADING', label: '三、本年度办理结果', level: 0 },
  { key: 'DISCLOSED', label: '（一）予以公开', level: 1, counts: (o) => o.kind === 'DISCLOSED' },
  { key: 'PARTLY_DISCLOSED', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 1, counts: (o) => o.kind === 'PARTLY_DISCLOSED' },
  { key: 'WITHHELD', label: '（三）不予公开', level: 1 },
  ...groundRows('WITHHELD', WITHHELD_GROUNDS.map((g) => [g, WITHHELD_LABELS[g]])),
  { key: 'UNAVAILABLE', label: '（四）无法提供', level: 1 },
  ...groundRows('UNAVAILABLE', [['NOT_HELD', '本机关不掌握相关政府信息'], ...UNAVAILABLE_GROUNDS.map((g): [ReplyGround, string] => [g, UNAVAILABLE_LABELS[g]])]),
  { key: 'NOT_PROCESSED', label: '（五）不予处理', level: 1 },
  ...groundRows('NOT_PROCESSED', NOT_PROCESSED_GROUNDS.map((g) => [g, NOT_PROCESSED_LABELS[g]])),
  { key: 'OTHER', label: '（六）其他处理', level: 1 },
  ...(['CORRECTION_LAPSED', 'FEE_UNPAID', 'WITHDRAWN'] as const).map(
    (reason, index): RowDefinition => ({ key: `OTHER.${reason}`, label: `${index + 1}.${OTHER_LABELS[reason]}`, level: 2, counts: (o) => o.kind === 'OTHER' && o.reason === reason }),
  ),
  { key: 'RESULTS', label: '（七）总计', level: 1, counts: 'RESULTS' },
  { key: 'CARRIED_OUT', label: '四、结转下年度继续办理', level: 0, counts: 'CARRIED_OUT' },
];

export interface ReportRow {
  key: string;
  label: string;
  level: number;
  /** One count a column of REPORT_COLUMNS, the total last; null for a heading. */
  counts: number[] | null;
}

export interface AnnualReport {
  year: number;
  rows: ReportRow[];
}

/** The outcome a finished application counts under, and the Beijing day it finished; null while it is open. */
function finished(request: ReportedRequest): { on: string; outcome: Outcome } | null {
  const { reply } = request;
  if (request.status === 'REPLIED' && reply) {
    const on = governmentDate(new Date(reply.repliedAt));
    const [ground] = reply.grounds;
    switch (reply.kind) {
      case 'DISCLOSED':
      case 'ALREADY_PUBLIC':
        return { on, outcome: { kind: 'DISCLOSED' } };
      case 'PARTLY_DISCLOSED':
        return { on, outcome: { kind: 'PARTLY_DISCLOSED' } };
      case 'NOT_EXIST':
      case 'OTHER_AGENCY':
        return { on, outcome: { kind: 'UNAVAILABLE', ground: 'NOT_HELD' } };
      case 'WITHHELD':
      case 'UNAVAILABLE':
      case 'NOT_PROCESSED':
        return { on, outcome: { kind: reply.kind, ground: ground as ReplyGround } };
    }
  }
  if (request.status === 'CLOSED' && request.closedReason && request.closedAt) {
    return { on: governmentDate(new Date(request.closedAt)), outcome: { kind: 'OTHER', reason: request.closedReason } };
  }
  return null;
}

const columnOf = (request: ReportedRequest): Exclude<ReportColumn, 'TOTAL'> =>
  request.applicant.kind === 'CITIZEN' ? 'CITIZEN' : ((request.applicant.organisationKind ?? 'OTHER') satisfies OrganisationKind);

/** The year's figures from every application received up to its end (earlier ones are needed for 结转). */
export function annualReport(year: number, requests: Iterable<ReportedRequest>): AnnualReport {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const counts = new Map(REPORT_ROWS.filter((row) => row.counts).map((row) => [row.key, REPORT_COLUMNS.map(() => 0)]));
  const add = (row: RowDefinition, column: number) => {
    const cells = counts.get(row.key) as number[];
    for (const index of [column, REPORT_COLUMNS.length - 1]) cells[index] = (cells[index] ?? 0) + 1;
  };
  for (const request of requests) {
    if (request.receivedOn > last) continue;
    const column = REPORT_COLUMNS.indexOf(columnOf(request));
    const end = finished(request);
    for (const row of REPORT_ROWS) {
      const rule = row.counts;
      if (!rule) continue;
      const counted =
        rule === 'RECEIVED'
          ? request.receivedOn >= first
          : rule === 'CARRIED_IN'
            ? request.receivedOn < first && (!end || end.on >= first)
            : rule === 'CARRIED_OUT'
              ? !end || end.on > last
              : end !== null && end.on >= first && end.on <= last && (rule === 'RESULTS' || rule(end.outcome));
      if (counted) add(row, column);
    }
  }
  return { year, rows: REPORT_ROWS.map((row) => ({ key: row.key, label: row.label, level: row.level, counts: counts.get(row.key) ?? null })) };
}

/** The report as the CSV staff paste into the annual report's table. */
export function annualReportCsv(report: AnnualReport): string {
  const header = [`${report.year}年 收到和处理政府信息公开申请情况`, ...REPORT_COLUMNS.map((column) => REPORT_COLUMN_LABELS[column])];
  return csvFile([header, ...report.rows.map((row) => [row.label, ...(row.counts ?? REPORT_COLUMNS.map(() => null))])]);
}

/** A year's figures of one department, or of the district: the one computation the staff's and the public figures share. */
export async function figuresOf(store: Pick<InformationRequestStore, 'forReport'>, year: number, department?: string): Promise<AnnualReport> {
  // Finished from the last day of the year before (UTC instants), so none of the year's in Beijing time is missed.
  return annualReport(year, await store.forReport(department, `${year - 1}-12-31`));
}

/** A report as the API answers it: with its column labels and as CSV. */
export const reportAnswer = (report: AnnualReport) => ({ ...report, columns: REPORT_COLUMNS.map((column) => REPORT_COLUMN_LABELS[column]), csv: annualReportCsv(report) });
