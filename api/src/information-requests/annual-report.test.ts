import { annualReport, annualReportCsv, REPORT_COLUMNS, type ReportedRequest } from './annual-report';
import type { RequestReply } from './request-model';

const citizen = { kind: 'CITIZEN' as const, organisationKind: null };
const business = { kind: 'ORGANISATION' as const, organisationKind: 'BUSINESS' as const };
const lawFirm = { kind: 'ORGANISATION' as const, organisationKind: 'LEGAL_SERVICE' as const };

const open = (receivedOn: string, applicant: ReportedRequest['applicant'] = citizen): ReportedRequest => ({
  applicant,
  receivedOn,
  status: 'PROCESSING',
  reply: null,
  closedReason: null,
  closedAt: null,
});

const replied = (receivedOn: string, repliedAt: string, kind: RequestReply['kind'], grounds: RequestReply['grounds'] = [], applicant: ReportedRequest['applicant'] = citizen): ReportedRequest => ({
  ...open(receivedOn, applicant),
  status: 'REPLIED',
  reply: { kind, grounds, reasons: '经查', otherAgency: null, repliedAt, repliedBy: 'clerk', onTime: true },
});

const closed = (receivedOn: string, closedAt: string, closedReason: 'CORRECTION_LAPSED' | 'FEE_UNPAID' | 'WITHDRAWN'): ReportedRequest => ({
  ...open(receivedOn),
  status: 'CLOSED',
  closedReason,
  closedAt,
});

const requests: ReportedRequest[] = [
  // from 2025: one finished in 2025 (not in 2026's figures at all), one carried into 2026 and answered then, one still open
  replied('2025-11-03', '2025-11-20T02:00:00Z', 'DISCLOSED'),
  replied('2025-12-22', '2026-01-12T02:00:00Z', 'WITHHELD', ['STATE_SECRET', 'THIRD_PARTY_RIGHTS']),
  open('2025-12-30', business),
  // 2026
  replied('2026-03-02', '2026-03-20T02:00:00Z', 'ALREADY_PUBLIC'),
  replied('2026-03-02', '2026-03-25T02:00:00Z', 'PARTLY_DISCLOSED', ['THIRD_PARTY_RIGHTS'], business),
  replied('2026-04-01', '2026-04-10T02:00:00Z', 'NOT_EXIST'),
  replied('2026-04-01', '2026-04-10T02:00:00Z', 'OTHER_AGENCY', [], lawFirm),
  replied('2026-05-06', '2026-05-08T02:00:00Z', 'NOT_PROCESSED', ['REPEATED']),
  closed('2026-06-01', '2026-06-30T02:00:00Z', 'CORRECTION_LAPSED'),
  closed('2026-07-01', '2026-08-03T02:00:00Z', 'FEE_UNPAID'),
  closed('2026-07-01', '2026-07-02T02:00:00Z', 'WITHDRAWN'),
  // received in the last days of 2026, answered on 2026-12-31 at 20:00 Beijing (12:00 UTC) / 2027-01-01 at 01:00 Beijing
  replied('2026-12-28', '2026-12-31T12:00:00Z', 'DISCLOSED'),
  replied('2026-12-29', '2026-12-31T17:00:00Z', 'DISCLOSED', [], business),
  open('2026-12-30', lawFirm),
  // 2027: not counted in 2026
  open('2027-01-04'),
];

const report = annualReport(2026, requests);
const row = (key: string) => report.rows.find((r) => r.key === key)?.counts;
const column = (name: (typeof REPORT_COLUMNS)[number]) => REPORT_COLUMNS.indexOf(name);

describe('the annual report figures (收到和处理政府信息公开申请情况)', () => {
  it('counts applications received in the year by applicant type', () => {
    //                     自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
    expect(row('RECEIVED')).toEqual([7, 2, 0, 0, 2, 0, 11]);
  });

  it('carries in what was open when the year began, and out what is open at its end', () => {
    expect(row('CARRIED_IN')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row('CARRIED_OUT')).toEqual([0, 2, 0, 0, 1, 0, 3]);
  });

  it('counts each result once by its kind, in the year it was given (Beijing time)', () => {
    expect(row('DISCLOSED')?.[column('TOTAL')]).toBe(2); // 已主动公开 counts as 予以公开; the 01:00 2027 reply does not count
    expect(row('PARTLY_DISCLOSED')?.[column('BUSINESS')]).toBe(1);
    expect(row('WITHHELD.STATE_SECRET')?.[column('CITIZEN')]).toBe(1); // under its first ground only
    expect(row('WITHHELD.THIRD_PARTY_RIGHTS')?.[column('TOTAL')]).toBe(0);
    expect(row('UNAVAILABLE.NOT_HELD')).toEqual([1, 0, 0, 0, 1, 0, 2]); // 信息不存在 and 非本机关
    expect(row('NOT_PROCESSED.REPEATED')?.[column('TOTAL')]).toBe(1);
    expect(row('OTHER.CORRECTION_LAPSED')?.[column('TOTAL')]).toBe(1);
    expect(row('OTHER.FEE_UNPAID')?.[column('TOTAL')]).toBe(1);
    expect(row('OTHER.WITHDRAWN')?.[column('TOTAL')]).toBe(1);
    expect(row('RESULTS')?.[column('TOTAL')]).toBe(10);
  });

  it('balances: carried in + received = results + carried out, in every column', () => {
    REPORT_COLUMNS.forEach((_name, i) => {
      expect(row('CARRIED_IN')![i]! + row('RECEIVED')![i]!).toBe(row('RESULTS')![i]! + row('CARRIED_OUT')![i]!);
    });
  });

  it('is the official table as CSV, headings left empty', () => {
    const csv = annualReportCsv(report);
    expect(csv.startsWith('\uFEFF2026年 收到和处理政府信息公开申请情况,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量,7,2,0,0,2,0,11');
    expect(lines).toContain('三、本年度办理结果,,,,,,,');
    expect(lines).toContain('3.危及“三安全一稳定”,0,0,0,0,0,0,0');
    expect(lines.at(-1)).toBe('四、结转下年度继续办理,0,2,0,0,1,0,3');
    expect(lines).toHaveLength(1 + report.rows.length);
  });
});
