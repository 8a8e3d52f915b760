import { clockIsOverdue, extendClock, pauseClock, readClock, restartClock, resumeClock, startClock } from './case-clock';
import { createWorkingDayCalendar, workingDeadline } from './working-days';

// 2026: National Day holiday 10-01 to 10-07, with Sunday 09-20 and Saturday 10-10 worked (调休);
// Mid-autumn 09-25 to 09-27.

const extension = { workingDays: 20, reason: '需要调取档案', approvedBy: '张主任', on: '2026-10-20' };

describe('a case clock', () => {
  it.each([
    ['2026-09-30', 20, '2026-11-03', 'a Wednesday before the holiday: the 20th working day after it'],
    ['2026-10-03', 20, '2026-11-04', 'a holiday: counting starts from Thursday 10-08'],
    ['2026-09-30', 1, '2026-10-08', 'one working day across the National Day holiday'],
    ['2026-10-09', 1, '2026-10-10', 'a Friday: the next day is a Saturday worked for National Day (调休)'],
    ['2026-09-19', 1, '2026-09-21', 'a Saturday: Sunday 09-20 is worked, so it is the counting day'],
  ])('received %s with %i working days is due %s (%s)', (on, days, due) => {
    expect(readClock(startClock(on, days))).toMatchObject({ due, provisional: false, paused: null, allowedWorkingDays: days });
  });

  it('adds an extension to the days allowed', () => {
    const clock = extendClock(startClock('2026-09-30', 20), extension);
    expect(readClock(clock)).toMatchObject({ due: '2026-12-01', allowedWorkingDays: 40 });
  });

  it('does not count a pause: the days from the day it began up to the day it ended', () => {
    const asked = pauseClock(startClock('2026-09-30', 20), { kind: 'THIRD_PARTY', on: '2026-10-12', maxWorkingDays: 15 });
    // 10-12 to 10-15 (four working days) are held; counting goes on from Friday 10-16.
    expect(readClock(resumeClock(asked, '2026-10-16'))).toMatchObject({ due: '2026-11-09', paused: null });
  });

  it('while a pause with a limit lasts, shows the latest day as if it ran its whole limit', () => {
    const asked = pauseClock(startClock('2026-09-30', 20), { kind: 'THIRD_PARTY', on: '2026-10-12', maxWorkingDays: 15 });
    // The third party has until 11-02 (15 working days); 10-12 to 10-30 are 15 working days held.
    expect(readClock(asked)).toEqual({ due: '2026-11-24', provisional: false, allowedWorkingDays: 20, paused: { kind: 'THIRD_PARTY', since: '2026-10-12', until: '2026-11-02' } });
    // An answer later than the limit holds the clock no longer than the limit.
    expect(readClock(resumeClock(asked, '2026-11-20')).due).toBe('2026-11-24');
  });

  it('has no last day while a pause without a limit lasts, and is then not overdue', () => {
    const waiting = pauseClock(startClock('2026-09-30', 20), { kind: 'FEE', on: '2026-10-09', maxWorkingDays: null });
    const reading = readClock(waiting);
    expect(reading).toMatchObject({ due: null, paused: { kind: 'FEE', since: '2026-10-09', until: null } });
    expect(clockIsOverdue(reading, new Date('2027-06-01T00:00:00Z'))).toBe(false);
    // Paid on Monday 10-12: 10-09 and 10-10 (a 调休 Saturday) were held.
    expect(readClock(resumeClock(waiting, '2026-10-12')).due).toBe('2026-11-05');
  });

  it('holds nothing for a pause that ends the day it began', () => {
    const clock = resumeClock(pauseClock(startClock('2026-09-30', 20), { kind: 'THIRD_PARTY', on: '2026-10-12', maxWorkingDays: 15 }), '2026-10-12');
    expect(readClock(clock).due).toBe('2026-11-03');
  });

  it('a pause begun on the last day moves the last day to the day it ends', () => {
    const clock = resumeClock(pauseClock(startClock('2026-09-30', 20), { kind: 'THIRD_PARTY', on: '2026-11-03', maxWorkingDays: 15 }), '2026-11-06');
    expect(readClock(clock).due).toBe('2026-11-06');
  });

  it('counts the whole allowance again after a restart, keeping extensions and dropping earlier pauses', () => {
    const paused = resumeClock(pauseClock(startClock('2026-09-30', 20), { kind: 'FEE', on: '2026-10-08', maxWorkingDays: null }), '2026-10-09');
    expect(readClock(restartClock(paused, '2026-10-09')).due).toBe('2026-11-05');
    expect(readClock(restartClock(extendClock(paused, extension), '2026-10-09')).due).toBe('2026-12-03');
  });

  it('refuses a second open pause, resuming what is not paused, and days out of order', () => {
    const clock = startClock('2026-09-30', 20);
    const paused = pauseClock(clock, { kind: 'THIRD_PARTY', on: '2026-10-12', maxWorkingDays: 15 });
    expect(() => pauseClock(paused, { kind: 'FEE', on: '2026-10-13', maxWorkingDays: null })).toThrow('already paused');
    expect(() => resumeClock(clock, '2026-10-12')).toThrow('not paused');
    expect(() => resumeClock(paused, '2026-10-11')).toThrow(RangeError);
    expect(() => pauseClock(clock, { kind: 'FEE', on: '2026-09-29', maxWorkingDays: null })).toThrow(RangeError);
    expect(() => restartClock(clock, '2026-09-01')).toThrow(RangeError);
    expect(() => startClock('2026-09-30', -1)).toThrow(RangeError);
    expect(() => extendClock(clock, { ...extension, workingDays: 2.5 })).toThrow(RangeError);
  });

  it('counts Monday to Friday into a year without a calendar, and says so; official once the year is known', () => {
    const clock = startClock('2026-12-15', 20);
    // 2027-01-01 (Friday) counts as a working day while 2027 is unknown.
    expect(readClock(clock)).toMatchObject({ due: '2027-01-12', provisional: true });
    const known = createWorkingDayCalendar({ years: { 2027: { source: 'test', holidays: { '2027-01-01': '元旦' }, workdays: {} } } });
    expect(readClock(clock, known)).toMatchObject({ due: '2027-01-13', provisional: false });
  });

  it('stays official when a pause ended well before the limit that would have reached an unknown year', () => {
    const clock = resumeClock(pauseClock(startClock('2026-11-30', 12), { kind: 'THIRD_PARTY', on: '2026-12-14', maxWorkingDays: 15 }), '2026-12-15');
    expect(readClock(clock)).toMatchObject({ due: '2026-12-17', provisional: false });
  });

  it('is overdue once its last day has ended in Beijing', () => {
    const reading = readClock(startClock('2026-09-30', 1));
    expect(clockIsOverdue(reading, new Date('2026-10-08T15:59:59Z'))).toBe(false);
    expect(clockIsOverdue(reading, new Date('2026-10-08T16:00:00Z'))).toBe(true);
  });
});

it("gives 好差评's deadlines as they are counted today: the same clock without pauses", () => {
  // A bad rating on Wednesday 2026-09-30: call back within 1 working day, fix and reply within 15.
  for (const days of [1, 15]) expect(readClock(startClock('2026-09-30', days)).due).toBe(workingDeadline('2026-09-30', days).date);
});
