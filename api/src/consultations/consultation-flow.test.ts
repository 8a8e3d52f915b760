import { DEFAULT_CONFIG } from '../core/config';
import * as flow from './consultation-flow';
import type { StoredConsultation } from './consultation-model';

// 2026: National Day holiday 10-01 to 10-07; Saturday 10-10 is worked (调休).
const deadlines = DEFAULT_CONFIG.consultations; // simple 1, complex 5
const beijing = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

function asked(at: Date, department: string | null = '区民政局', options: Partial<flow.Question> = {}): StoredConsultation {
  return flow.ask(
    { id: 'c1', residentId: 'resident-1', topic: '养老服务', department, question: '高龄津贴怎么申请？', photoKeys: [], public: true, contactMobile: '13812341234', now: at, demo: false, ...options },
    '区政府办公室',
    deadlines,
  ).consultation;
}

const due = (c: StoredConsultation) => flow.answerClock(c).due;

describe('asking', () => {
  it.each([
    ['2026-09-30', '16:00', '2026-10-08', 'the afternoon before National Day: the first working day after the holiday'],
    ['2026-10-05', '09:00', '2026-10-09', 'during the holiday: counts from 10-08, answered by 10-09'],
    ['2026-10-09', '09:00', '2026-10-10', 'a Friday before a 调休 Saturday: that Saturday'],
  ])('asked %s %s is due %s (%s)', (date, time, dueDate) => {
    expect(due(asked(beijing(date, time)))).toBe(dueDate);
  });

  it('goes to the district office when it names no department (不知道找谁)', () => {
    expect(asked(beijing('2026-09-30'), null)).toMatchObject({ department: '区政府办公室', departmentChosen: false, status: 'OPEN' });
  });

});

describe('handling', () => {
  const question = asked(beijing('2026-09-30', '16:00'));

  it('a transfer keeps the clock and records from where to where, with the note', () => {
    const moved = flow.transfer(question, '区卫健局', '属于医疗补助，请卫健局答复', 'office', beijing('2026-10-08', '09:00'));
    expect(moved.after.department).toBe('区卫健局');
    expect(due(moved.after)).toBe('2026-10-08');
    expect(moved.step).toMatchObject({ kind: 'TRANSFERRED', fromDepartment: '区民政局', toDepartment: '区卫健局', note: '属于医疗补助，请卫健局答复' });
    expect(() => flow.transfer(moved.after, '区卫健局', '再转', 'office', beijing('2026-10-08'))).toThrow('已经在区卫健局');
  });

  it('marked complex with a reason, it has 5 working days from the day it was asked; once', () => {
    const complex = flow.markComplex(question, '需要会同街道核实', 'clerk', beijing('2026-10-08'), deadlines).after;
    // 10-08, 09, 10 (调休 Saturday), 12, 13
    expect(due(complex)).toBe('2026-10-13');
    expect(complex.complexReason).toBe('需要会同街道核实');
    expect(() => flow.markComplex(complex, '再标一次', 'clerk', beijing('2026-10-08'), deadlines)).toThrow('已经标为复杂');
  });

  it('an answer is on time by the last day, late after it', () => {
    expect(flow.answer(question, '请到社区服务中心申请。', 'clerk', beijing('2026-10-08', '17:30')).after.answer).toMatchObject({ onTime: true, department: '区民政局' });
    expect(flow.answer(question, '请到社区服务中心申请。', 'clerk', beijing('2026-10-09')).after.answer?.onTime).toBe(false);
  });

  it('handed to the 12345 hotline with its work order, it is closed here', () => {
    const handed = flow.handToHotline(question, '12345-20261008-0042', 'clerk', beijing('2026-10-08')).after;
    expect(handed).toMatchObject({ status: 'HOTLINE', hotlineOrder: '12345-20261008-0042' });
    expect(() => flow.answer(handed, '答复', 'clerk', beijing('2026-10-08'))).toThrow('12345');
  });
});

describe('rating the answer', () => {
  const answered = flow.answer(asked(beijing('2026-09-30', '16:00')), '请到社区服务中心申请。', 'clerk', beijing('2026-10-08')).after;

  it('满意 closes it', () => {
    const rated = flow.rate(answered, true, null, beijing('2026-10-09'));
    expect(rated.after).toMatchObject({ status: 'CLOSED', ratings: [{ satisfied: true, reason: null }] });
    expect(() => flow.rate(rated.after, true, null, beijing('2026-10-09'))).toThrow('已经评价过');
  });

  it('the first 不满意 reopens it with the reason and a new day to answer by; a second closes it', () => {
    const reopened = flow.rate(answered, false, '没有说需要哪些材料', beijing('2026-10-09'));
    expect(reopened.step).toMatchObject({ kind: 'REOPENED', note: '不满意：没有说需要哪些材料', by: 'resident' });
    expect(reopened.after.status).toBe('OPEN');
    expect(due(reopened.after)).toBe('2026-10-10');
    const again = flow.answer(reopened.after, '材料：身份证、户口本。', 'clerk', beijing('2026-10-10')).after;
    expect(flow.rate(again, false, '还是不清楚', beijing('2026-10-12')).after).toMatchObject({ status: 'CLOSED', ratings: [{ satisfied: false }, { satisfied: false }] });
  });

  it('needs a reason for 不满意 and an answer to rate', () => {
    expect(() => flow.rate(answered, false, null, beijing('2026-10-09'))).toThrow('哪里不满意');
    expect(() => flow.rate(asked(beijing('2026-09-30')), true, null, beijing('2026-10-09'))).toThrow('答复后才能评价');
  });
});

describe('高频问答', () => {
  const answered = flow.answer(asked(beijing('2026-09-30')), '请到社区服务中心申请。', 'clerk', beijing('2026-10-08')).after;

  it('publishes an answered question its asker made public, once', () => {
    const published = flow.publishAsFaq(answered, 'clerk', beijing('2026-10-09')).after;
    expect(published.faqPublishedAt).toBe(beijing('2026-10-09').toISOString());
    expect(() => flow.publishAsFaq(published, 'clerk', beijing('2026-10-09'))).toThrow('已经作为高频问答');
  });

  it('refuses without consent or without an answer', () => {
    expect(() => flow.publishAsFaq({ ...answered, public: false }, 'clerk', beijing('2026-10-09'))).toThrow('没有同意');
    expect(() => flow.publishAsFaq(asked(beijing('2026-09-30')), 'clerk', beijing('2026-10-09'))).toThrow('答复之后');
  });
});
