import { DEFAULT_CONFIG } from '../core/config';
import { perPageFee } from './processing-fee';
import * as flow from './request-flow';
import type { StoredInformationRequest } from './request-model';
import { beijing, filed } from './request-test-support';

// 2026: National Day holiday 10-01 to 10-07; Saturday 10-10 is worked (调休).
const settings = DEFAULT_CONFIG.informationRequests; // 补正 within 15 working days, fee paid within 20
const due = (request: StoredInformationRequest) => flow.replyClock(request).due;

describe('receiving an application', () => {
  it.each([
    ['2026-09-30', '10:00', '2026-11-03', 'a working day: 20 working days after it'],
    ['2026-09-30', '23:30', '2026-11-03', 'late in the evening, Beijing time, is still that day'],
    ['2026-10-01', '00:30', '2026-11-04', 'just after midnight, National Day: counts from Thursday 10-08'],
    ['2026-10-03', '10:00', '2026-11-04', 'during the holiday: counts from Thursday 10-08'],
    ['2026-10-10', '10:00', '2026-11-06', 'a Saturday worked for National Day (调休) is a working day'],
    ['2026-10-11', '10:00', '2026-11-09', 'the Sunday after: counts from Monday 10-12'],
  ])('filed %s %s is due %s (%s)', (date, time, dueDate) => {
    const request = filed(beijing(date, time));
    expect(request.status).toBe('PROCESSING');
    expect(due(request)).toBe(dueDate);
  });
});

describe('补正 (correction)', () => {
  const request = filed(beijing('2026-09-30'));

  it('may be asked for within 7 working days of receipt, once', () => {
    expect(flow.correctionWindowEnds(request)).toBe('2026-10-15');
    const asked = flow.requestCorrection(request, '请写明补贴的年份和街道', 'clerk', beijing('2026-10-15'), settings);
    expect(asked.after.status).toBe('AWAITING_CORRECTION');
    expect(() => flow.requestCorrection(request, '请写明年份', 'clerk', beijing('2026-10-16'), settings)).toThrow('7 个工作日内');
    expect(() => flow.requestCorrection({ ...asked.after, status: 'PROCESSING' }, '再补一次', 'clerk', beijing('2026-10-15'), settings)).toThrow('只能要求一次');
  });

  it('stops the clock until the corrected application arrives, then counts 20 working days from it', () => {
    const asked = flow.requestCorrection(request, '请写明补贴的年份和街道', 'clerk', beijing('2026-10-09'), settings);
    expect(asked.after.correction?.dueBy).toBe('2026-10-29');
    expect(flow.replyClock(asked.after)).toMatchObject({ due: null, paused: { kind: 'CORRECTION', since: '2026-10-09' } });
    const corrected = flow.correct(asked.after, '2025年城西街道的养老服务补贴发放名单', beijing('2026-10-20'));
    expect(corrected.after.status).toBe('PROCESSING');
    expect(due(corrected.after)).toBe('2026-11-17');
    expect(corrected.step).toMatchObject({ kind: 'CORRECTED', by: 'resident', sequence: 2 });
  });

  it('without a correction by its day the application counts as given up', () => {
    const asked = flow.requestCorrection(request, '请写明补贴的年份', 'clerk', beijing('2026-10-09'), settings).after;
    expect(flow.lapseCorrection(asked, beijing('2026-10-29', '23:59'))).toBeNull();
    const lapsed = flow.lapseCorrection(asked, beijing('2026-10-30', '00:00'));
    expect(lapsed?.after).toMatchObject({ status: 'CLOSED', closedReason: 'CORRECTION_LAPSED' });
    expect(lapsed?.step).toMatchObject({ kind: 'CORRECTION_LAPSED', by: 'system' });
    expect(() => flow.correct(asked, '晚了', beijing('2026-10-30'))).toThrow('已视为放弃');
  });
});

describe('extension', () => {
  const request = filed(beijing('2026-09-30'));
  const input = { workingDays: 20, reason: '需要调取多个街道的档案', approvedBy: '张主任' };

  it('adds at most 20 working days, once', () => {
    const extended = flow.extend(request, input, 'clerk', beijing('2026-10-20')).after;
    expect(due(extended)).toBe('2026-12-01');
    expect(extended.clock.extensions[0]).toMatchObject({ approvedBy: '张主任', reason: '需要调取多个街道的档案', on: '2026-10-20' });
    expect(() => flow.extend(extended, input, 'clerk', beijing('2026-10-21'))).toThrow('只能延长一次');
    expect(() => flow.extend(request, { ...input, workingDays: 21 }, 'clerk', beijing('2026-10-20'))).toThrow('1 到 20');
  });

  it('must be granted before the reply is due', () => {
    expect(due(flow.extend(request, input, 'clerk', beijing('2026-11-03', '17:00')).after)).toBe('2026-12-01');
    expect(() => flow.extend(request, input, 'clerk', beijing('2026-11-04'))).toThrow('已经过了');
  });
});

describe("a third party's opinion", () => {
  const request = filed(beijing('2026-09-30'));

  it('is time not counted: at most 15 working days', () => {
    const asked = flow.askThirdParty(request, '涉及的企业：某某养老服务公司', 'clerk', beijing('2026-10-12')).after;
    expect(flow.replyClock(asked)).toMatchObject({ due: '2026-11-24', paused: { kind: 'THIRD_PARTY', until: '2026-11-02' } });
    expect(due(flow.recordThirdPartyOpinion(asked, '不同意公开', 'clerk', beijing('2026-10-16')).after)).toBe('2026-11-09');
    expect(() => flow.requestCorrection(asked, '补正', 'clerk', beijing('2026-10-13'), settings)).toThrow('第三方');
  });

  it('ends when the department replies without waiting for it', () => {
    const asked = flow.askThirdParty(request, '某某公司', 'clerk', beijing('2026-10-12')).after;
    const replied = flow.reply(asked, { kind: 'DISCLOSED', grounds: [], reasons: '第三方逾期未提出意见', otherAgency: null }, 'clerk', beijing('2026-11-20'));
    expect(replied.after.reply?.onTime).toBe(true);
    expect(flow.replyClock(replied.after).paused).toBeNull();
  });
});

describe('信息处理费', () => {
  const request = filed(beijing('2026-09-30'));
  const fee = perPageFee(120);

  it('stands the clock from the notice until it is paid or waived', () => {
    const notified = flow.notifyFee(request, fee, 'clerk', beijing('2026-10-09'), settings).after;
    expect(notified.fee).toMatchObject({ totalYuan: 1100, payBy: '2026-11-05', settlement: null });
    expect(due(notified)).toBeNull();
    expect(() => flow.reply(notified, { kind: 'DISCLOSED', grounds: [], reasons: '可以公开', otherAgency: null }, 'clerk', beijing('2026-10-12'))).toThrow('缴纳或减免');
    const paid = flow.settleFee(notified, 'PAID', null, 'clerk', beijing('2026-10-12')).after;
    expect(paid.fee).toMatchObject({ settlement: 'PAID', settledBy: 'clerk' });
    expect(due(paid)).toBe('2026-11-05');
    const waived = flow.settleFee(notified, 'WAIVED', '与本人生活密切相关', 'clerk', beijing('2026-10-12'));
    expect(waived.step).toMatchObject({ kind: 'FEE_WAIVED', note: '与本人生活密切相关' });
    expect(() => flow.settleFee(paid, 'WAIVED', null, 'clerk', beijing('2026-10-13'))).toThrow('已缴纳');
  });

  it('is not sent when nothing is due, nor twice', () => {
    expect(() => flow.notifyFee(request, perPageFee(30), 'clerk', beijing('2026-10-09'), settings)).toThrow('不收费');
    const notified = flow.notifyFee(request, fee, 'clerk', beijing('2026-10-09'), settings).after;
    expect(() => flow.notifyFee(notified, fee, 'clerk', beijing('2026-10-09'), settings)).toThrow('已经发过');
  });

  it('unpaid by its day, the application counts as given up', () => {
    const notified = flow.notifyFee(request, fee, 'clerk', beijing('2026-10-09'), settings).after;
    expect(flow.lapseFee(notified, beijing('2026-11-05', '20:00'))).toBeNull();
    expect(flow.lapseFee(notified, beijing('2026-11-06'))?.after).toMatchObject({ status: 'CLOSED', closedReason: 'FEE_UNPAID' });
    expect(() => flow.settleFee(notified, 'PAID', null, 'clerk', beijing('2026-11-06'))).toThrow('缴费期限');
  });
});

describe('the reply', () => {
  const request = filed(beijing('2026-09-30'));
  const withheld = { kind: 'WITHHELD' as const, grounds: ['THIRD_PARTY_RIGHTS' as const], reasons: '名单含有个人隐私', otherAgency: null };

  it('is on time by the last day of the clock, late after it', () => {
    expect(flow.reply(request, withheld, 'clerk', beijing('2026-11-03', '18:00')).after.reply).toMatchObject({ kind: 'WITHHELD', onTime: true, repliedBy: 'clerk' });
    expect(flow.reply(request, withheld, 'clerk', beijing('2026-11-04')).after.reply?.onTime).toBe(false);
  });

  it('states the grounds its kind needs, and only those', () => {
    expect(() => flow.reply(request, { ...withheld, grounds: [] }, 'clerk', beijing('2026-10-12'))).toThrow('法定理由');
    expect(() => flow.reply(request, { ...withheld, grounds: ['REPEATED'] }, 'clerk', beijing('2026-10-12'))).toThrow('不是“不予公开”的理由');
    expect(() => flow.reply(request, { ...withheld, kind: 'DISCLOSED' }, 'clerk', beijing('2026-10-12'))).toThrow('不需要');
    expect(() => flow.reply(request, { kind: 'OTHER_AGENCY', grounds: [], reasons: '由区人社局负责', otherAgency: null }, 'clerk', beijing('2026-10-12'))).toThrow('机关');
  });

  it('is given once; nothing else happens to a replied or closed application', () => {
    const replied = flow.reply(request, withheld, 'clerk', beijing('2026-10-12')).after;
    expect(() => flow.reply(replied, withheld, 'clerk', beijing('2026-10-13'))).toThrow('已经答复');
    expect(() => flow.withdraw(replied, beijing('2026-10-13'))).toThrow('不能撤回');
    const withdrawn = flow.withdraw(request, beijing('2026-10-12')).after;
    expect(withdrawn).toMatchObject({ status: 'CLOSED', closedReason: 'WITHDRAWN' });
    expect(() => flow.askThirdParty(withdrawn, '某公司', 'clerk', beijing('2026-10-13'))).toThrow('终止办理');
  });

  it('numbers each step by the version it was written at', () => {
    const first = flow.askThirdParty(request, '某公司', 'clerk', beijing('2026-10-12'));
    const second = flow.recordThirdPartyOpinion(first.after, '同意公开', 'clerk', beijing('2026-10-14'));
    const third = flow.reply(second.after, { kind: 'DISCLOSED', grounds: [], reasons: '第三方同意公开', otherAgency: null }, 'clerk', beijing('2026-10-15'));
    expect([first, second, third].map((c) => [c.step.kind, c.step.sequence, c.after.version])).toEqual([
      ['THIRD_PARTY_ASKED', 1, 2],
      ['THIRD_PARTY_ANSWERED', 2, 3],
      ['REPLIED', 3, 4],
    ]);
  });
});
