import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import {
  addWorkingDays,
  createWorkingDayCalendar,
  isOverdue,
  isWorkingDay,
  PROVISIONAL_DEADLINE_NOTE,
  WorkingDayCalendarError,
  workingDayCalendar,
  workingDaysBetween,
  workingDeadline,
} from './working-days';

const coveredDates = (): string[] => {
  const dates: string[] = [];
  for (let day = new Date('2004-01-01T00:00:00Z'); day.getUTCFullYear() <= 2026; day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
};

// Jest gives each test file its own copy of process.env, so a time zone is set on a separate Node.
function inNode(timeZone: string, script: string): unknown {
  const result = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

// Every Date method that reads or writes the machine's local time.
const LOCAL_TIME_METHODS = [
  'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getTimezoneOffset',
  'setFullYear', 'setMonth', 'setDate', 'setHours', 'toString', 'toDateString', 'toLocaleDateString',
] as const;

describe('isWorkingDay', () => {
  it.each([
    ['2024-02-04', true, 'Sunday worked for the Spring Festival (调休)'],
    ['2024-02-18', true, 'Sunday worked for the Spring Festival (调休)'],
    ['2024-10-12', true, 'Saturday worked for National Day (调休)'],
    ['2024-02-09', true, 'Friday, 除夕, not a holiday in 2024'],
    ['2024-02-12', false, 'Monday in the Spring Festival holiday'],
    ['2024-10-07', false, 'Monday in the National Day holiday'],
    ['2024-03-09', false, 'an ordinary Saturday'],
    ['2024-03-11', true, 'an ordinary Monday'],
    ['2025-01-28', false, '除夕 2025, a holiday from that year on'],
  ])('%s is %s: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('rejects anything but a real YYYY-MM-DD date', () => {
    for (const date of ['2024-02-30', '2024/02/04', '2024-2-4', '', '2024-02-04T00:00:00Z']) {
      expect(() => isWorkingDay(date)).toThrow(RangeError);
    }
  });

  it('refuses years chinese-days has no holiday calendar for (it covers 2004–2026), instead of guessing', () => {
    expect(isWorkingDay('2004-01-01')).toBe(false);
    expect(isWorkingDay('2026-12-31')).toBe(true);
    expect(() => isWorkingDay('2027-01-04')).toThrow(WorkingDayCalendarError);
    expect(() => isWorkingDay('2003-12-31')).toThrow('covers 2004–2026, not 2003');
  });

  it('agrees with the chinese-days functions, run in Beijing time, on every day it covers', () => {
    const dates = coveredDates();
    const theirs = inNode(
      'Asia/Shanghai',
      `const days = require('chinese-days');
       const dates = ${JSON.stringify(dates)};
       console.log(JSON.stringify({
         working: dates.filter((date) => days.isWorkday(date)),
         deadlines: [days.findWorkday(15, '2024-09-27'), days.findWorkday(15, '2025-01-24')],
       }));`,
    );
    expect(theirs).toEqual({
      working: dates.filter(isWorkingDay),
      deadlines: [addWorkingDays('2024-09-27', 15), addWorkingDays('2025-01-24', 15)],
    });
  });

  it('never uses the machine time zone', () => {
    for (const method of LOCAL_TIME_METHODS) {
      jest.spyOn(Date.prototype, method).mockImplementation(() => {
        throw new Error(`local time used: Date.prototype.${method}`);
      });
    }
    try {
      expect(isWorkingDay('2024-03-09')).toBe(false);
      expect(addWorkingDays(new Date('2024-09-30T16:30:00Z'), 15)).toBe('2024-10-28');
      expect(workingDaysBetween('2024-09-27', '2024-10-23')).toBe(15);
      expect(isOverdue('2024-10-08', new Date('2024-10-08T16:00:00Z'))).toBe(true);
    } finally {
      jest.restoreAllMocks();
    }
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-09-30', 1, '2024-10-08', 'over the National Day holiday'],
    ['2024-09-27', 15, '2024-10-23', 'Sunday 9-29 and Saturday 10-12 worked, 10-01 to 10-07 off'],
    ['2024-02-02', 1, '2024-02-04', 'to a Sunday worked for the Spring Festival'],
    ['2024-02-09', 1, '2024-02-18', 'over the Spring Festival to a Sunday worked'],
    ['2025-01-24', 1, '2025-01-26', 'to a Sunday worked for the Spring Festival 2025'],
    ['2025-01-27', 1, '2025-02-05', 'over the Spring Festival 2025 (1-28 to 2-4)'],
    ['2025-01-24', 15, '2025-02-20', 'with Sunday 1-26 and Saturday 2-8 worked'],
    ['2024-10-05', 1, '2024-10-09', 'a holiday start counts from the next working day, 10-08'],
    ['2024-03-09', 1, '2024-03-12', 'a Saturday start counts from Monday'],
    ['2024-03-09', 0, '2024-03-11', '0 days is the counting day itself'],
    ['2024-03-11', 0, '2024-03-11', '0 days from a working day is that day'],
  ])('%s + %i working days → %s (%s)', (start, days, deadline) => {
    expect(addWorkingDays(start, days)).toBe(deadline);
  });

  it('reads an instant as a Beijing calendar day whatever the machine time zone', () => {
    // 2024-09-30 16:30 UTC is already 2024-10-01 00:30 in Beijing, a holiday.
    const lateEvening = new Date('2024-09-30T16:30:00Z');
    expect(addWorkingDays(lateEvening, 1)).toBe('2024-10-09');
    expect(addWorkingDays(lateEvening, 1, 'UTC')).toBe('2024-10-08');
  });

  it('refuses negative or fractional days and invalid dates', () => {
    expect(() => addWorkingDays('2024-09-30', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-09-30', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date('no date'), 1)).toThrow(RangeError);
  });

  it('refuses a deadline that reaches a year without a calendar', () => {
    expect(addWorkingDays('2026-12-15', 5)).toBe('2026-12-22');
    expect(() => addWorkingDays('2026-12-15', 15)).toThrow(WorkingDayCalendarError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days of a deadline that have passed', () => {
    expect(workingDaysBetween('2024-09-30', '2024-10-07')).toBe(0);
    expect(workingDaysBetween('2024-09-30', '2024-10-08')).toBe(1);
    expect(workingDaysBetween('2024-09-27', '2024-10-23')).toBe(15);
    expect(workingDaysBetween('2024-03-09', '2024-03-10')).toBe(0);
    expect(workingDaysBetween('2024-03-09', '2024-03-12')).toBe(1);
    expect(workingDaysBetween('2024-09-30', new Date('2024-10-07T16:30:00Z'))).toBe(1);
    expect(() => workingDaysBetween('2024-10-08', '2024-10-07')).toThrow(RangeError);
  });

  it('is the inverse of addWorkingDays, and every deadline is a working day', () => {
    const start = fc
      .date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2026-10-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), (from, days) => {
        const deadline = addWorkingDays(from, days);
        expect(isWorkingDay(deadline)).toBe(true);
        expect(deadline >= from).toBe(true);
        expect(workingDaysBetween(from, deadline)).toBe(days);
      }),
    );
  });
});

describe('isOverdue', () => {
  it('is overdue once the deadline day has ended in Beijing', () => {
    expect(isOverdue('2024-10-08', new Date('2024-10-08T15:59:59Z'))).toBe(false); // 23:59:59 in Beijing
    expect(isOverdue('2024-10-08', new Date('2024-10-08T16:00:00Z'))).toBe(true); // 10-09 00:00 in Beijing
    expect(isOverdue('2024-10-08', new Date('2024-10-07T12:00:00Z'))).toBe(false);
    expect(() => isOverdue('2024-10-32', new Date())).toThrow(RangeError);
  });
});

describe('workingDeadline: years without an official calendar yet', () => {
  it('is the official deadline, not provisional, while the calendar covers every day counted', () => {
    expect(workingDeadline('2024-09-27', 15)).toEqual({ date: '2024-10-23', provisional: false });
    expect(workingDeadline('2026-12-15', 5)).toEqual({ date: '2026-12-22', provisional: false });
  });

  it('counts Monday to Friday into 2027 and says the result is provisional (暂按周一至周五计算)', () => {
    // 12-16 … 12-31 are 12 working days; then 2027-01-01 (a Friday, surely 元旦 once published), 01-04, 01-05.
    expect(workingDeadline('2026-12-15', 15)).toEqual({ date: '2027-01-05', provisional: true });
    expect(workingDeadline('2027-03-05', 1)).toEqual({ date: '2027-03-08', provisional: true });
    expect(PROVISIONAL_DEADLINE_NOTE).toBe('暂按周一至周五计算');
    // The strict functions still refuse to guess.
    expect(() => addWorkingDays('2026-12-15', 15)).toThrow(WorkingDayCalendarError);
  });

  it('never guesses for years before the calendar', () => {
    expect(() => workingDeadline('2003-12-30', 1)).toThrow(WorkingDayCalendarError);
  });
});

describe('the holiday calendar supplement', () => {
  const with2027 = createWorkingDayCalendar({
    years: {
      '2027': {
        source: 'a made-up notice for this test',
        holidays: { '2027-01-01': '元旦', '2027-02-08': '春节' },
        workdays: { '2027-02-06': '春节' },
      },
    },
  });

  it('ships empty, so the package alone decides', () => {
    expect(workingDayCalendar().lastYear).toBe(2026);
  });

  it('makes a listed year official: its holidays and 调休 working days count, nothing is provisional', () => {
    expect(with2027.lastYear).toBe(2027);
    expect(with2027.isWorkingDay('2027-01-01')).toBe(false);
    expect(with2027.isWorkingDay('2027-02-06')).toBe(true); // a Saturday worked
    expect(with2027.workingDeadline('2026-12-15', 15)).toEqual({ date: '2027-01-06', provisional: false });
    expect(with2027.addWorkingDays('2027-02-05', 1)).toBe('2027-02-06');
    expect(with2027.workingDeadline('2028-01-03', 1)).toEqual({ date: '2028-01-04', provisional: true });
  });

  it('refuses a supplement with a gap or a date under the wrong year, so an operator sees the mistake at start-up', () => {
    expect(() => createWorkingDayCalendar({ years: { '2028': { source: 'x', holidays: {}, workdays: {} } } })).toThrow('2028 follows 2026 with a gap');
    expect(() => createWorkingDayCalendar({ years: { '2027': { source: 'x', holidays: { '2028-01-01': '元旦' }, workdays: {} } } })).toThrow('2028-01-01 is listed under 2027');
  });

  it('ignores a year the package already covers (the maintained package wins)', () => {
    const calendar = createWorkingDayCalendar({ years: { '2024': { source: 'x', holidays: { '2024-03-11': '?' }, workdays: {} } } });
    expect(calendar.isWorkingDay('2024-03-11')).toBe(true);
  });
});
