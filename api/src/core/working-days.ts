import * as z from 'zod';
import type chineseDaysCalendar from 'chinese-days/dist/chinese-days.json';
import supplementData from './holiday-calendar-supplement.json';
import { GOVERNMENT_TIME_ZONE, governmentDate } from './clock';

// Deadlines in China's working days: Monday to Friday, except the State Council's public holidays,
// plus the weekend days it makes working days (调休). The calendar is the chinese-days package's data
// file, read directly: its functions format dates in the machine's time zone, and west of UTC they put
// every holiday a day early (2024-03-09, a Saturday, comes out as a working day), so they are not used.
//
// The State Council publishes each year's holidays late in the year before, and a chinese-days release
// carrying them comes some time after. Two things bridge the gap:
//  - holiday-calendar-supplement.json, where an operator adds a year as soon as the notice is out;
//  - for deadlines only (`workingDeadline`), years after the last known one are counted Monday to
//    Friday and the result is marked provisional, so staff see 暂按周一至周五计算 beside it.
// `isWorkingDay`, `addWorkingDays` and `workingDaysBetween` never guess: they refuse unknown years.

/** What a calendar says about a year's days off and 调休 working days (dates YYYY-MM-DD → holiday name). */
export interface HolidayYear {
  /** Days off that would otherwise be working days (weekend days of a holiday period may be listed too). */
  holidays: Readonly<Record<string, string>>;
  /** Weekend days that are working days (调休). */
  workdays: Readonly<Record<string, string>>;
}

const isoDateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const supplementSchema = z.object({
  about: z.string().optional(),
  years: z.record(
    z.string().regex(/^\d{4}$/u),
    z.object({ source: z.string().min(1), holidays: z.record(isoDateKey, z.string()), workdays: z.record(isoDateKey, z.string()) }),
  ),
});

/** The contents of holiday-calendar-supplement.json. */
export type HolidayCalendarSupplement = z.input<typeof supplementSchema>;

/** What the 暂按周一至周五计算 note stands for: a deadline counted without the year's official calendar. */
export interface WorkingDayDeadline {
  /** The deadline's last day, YYYY-MM-DD. */
  date: string;
  /** True when a day counted lies in a year without an official calendar yet (counted Monday to Friday). */
  provisional: boolean;
}

/** Shown to staff beside a provisional deadline. */
export const PROVISIONAL_DEADLINE_NOTE = '暂按周一至周五计算';

/**
 * A date in a year the calendar does not cover. No deadline reaching into such a year can be computed
 * honestly by isWorkingDay/addWorkingDays, so none is guessed (workingDeadline marks its guess instead).
 */
export class WorkingDayCalendarError extends RangeError {
  constructor(
    readonly year: number,
    firstYear: number,
    lastYear: number,
  ) {
    super(
      `The working-day calendar covers ${firstYear}–${lastYear}, not ${year}: update chinese-days, or add the ${year} holidays to holiday-calendar-supplement.json, once the State Council has published them.`,
    );
    this.name = 'WorkingDayCalendarError';
  }
}

/** The date itself if it is a real YYYY-MM-DD date. */
function checkedDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const utc = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!utc || utc.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return date;
}

/** The calendar date (YYYY-MM-DD) of a date string, or of an instant in `timeZone`. */
function calendarDate(value: string | Date, timeZone: string): string {
  if (typeof value === 'string') return checkedDate(value);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
  return governmentDate(value, timeZone);
}

// Dates are calendar days, so their arithmetic is done in UTC, where no day is 23 or 25 hours long.
function nextDate(date: string): string {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + 1);
  return utc.toISOString().slice(0, 10);
}

const isWeekday = (date: string) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

export interface WorkingDayCalendar {
  /** The first and last year with an official calendar (the package's, then the supplement's). */
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(date: string): boolean;
  addWorkingDays(start: string | Date, days: number, timeZone?: string): string;
  workingDaysBetween(from: string | Date, to: string | Date, timeZone?: string): number;
  workingDeadline(start: string | Date, days: number, timeZone?: string, notCounted?: (date: string) => boolean): WorkingDayDeadline;
}

/**
 * A calendar of chinese-days' years followed by the supplement's. Supplement years the package
 * already covers are ignored (the maintained package wins); the rest must follow on without a gap.
 */
export function createWorkingDayCalendar(supplement: HolidayCalendarSupplement = { years: {} }): WorkingDayCalendar {
  // Read by the first date counted, not at start-up: on Lambda the calendar is a file beside the
  // bundle (infra/lib/lambda-bundle.ts), outside what every cold start loads.
  const calendarData = require('chinese-days/dist/chinese-days.json') as typeof chineseDaysCalendar;
  const official: HolidayYear = { holidays: { ...calendarData.holidays }, workdays: { ...calendarData.workdays } };
  const packageYears = Object.keys(calendarData.holidays).map((date) => Number(date.slice(0, 4)));
  const firstYear = Math.min(...packageYears);
  let lastYear = Math.max(...packageYears);
  const extra = supplementSchema.parse(supplement);
  for (const year of Object.keys(extra.years).map(Number).sort((a, b) => a - b)) {
    if (year <= lastYear) continue;
    if (year !== lastYear + 1) throw new Error(`holiday-calendar-supplement.json: ${year} follows ${lastYear} with a gap; add ${lastYear + 1} first`);
    const { holidays, workdays } = extra.years[String(year)]!;
    for (const date of [...Object.keys(holidays), ...Object.keys(workdays)]) {
      if (checkedDate(date).slice(0, 4) !== String(year)) throw new Error(`holiday-calendar-supplement.json: ${date} is listed under ${year}`);
    }
    Object.assign(official.holidays, holidays);
    Object.assign(official.workdays, workdays);
    lastYear = year;
  }

  /** Whether the date is a working day, and whether that is a guess (Monday to Friday) for a year after the last known. */
  function dayKind(date: string, guessLaterYears: boolean): { working: boolean; provisional: boolean } {
    const year = Number(checkedDate(date).slice(0, 4));
    if (year < firstYear || (year > lastYear && !guessLaterYears)) throw new WorkingDayCalendarError(year, firstYear, lastYear);
    if (year > lastYear) return { working: isWeekday(date), provisional: true };
    if (official.workdays[date] !== undefined) return { working: true, provisional: false };
    if (official.holidays[date] !== undefined) return { working: false, provisional: false };
    return { working: isWeekday(date), provisional: false };
  }

  /**
   * The deadline counted as addWorkingDays documents it; with `guess`, years after the last known one
   * count Monday to Friday and make the result provisional. Working days for which `notCounted` is
   * true are passed over like days off (a case clock's pauses).
   */
  function deadline(start: string | Date, days: number, timeZone: string, guess: boolean, notCounted: (date: string) => boolean = () => false): WorkingDayDeadline {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number, 0 or more: ${days}`);
    let provisional = false;
    const working = (date: string) => {
      const kind = dayKind(date, guess);
      provisional ||= kind.provisional;
      return kind.working;
    };
    // The counting day: the start itself if it is a working day, otherwise the next working day
    // (a rating given on a holiday is handled as if given on the first working day after it).
    let day = calendarDate(start, timeZone);
    while (!working(day)) day = nextDate(day);
    for (let left = days; left > 0; ) {
      day = nextDate(day);
      if (working(day) && !notCounted(day)) left -= 1;
    }
    return { date: day, provisional };
  }

  const isWorkingDay = (date: string) => dayKind(date, false).working;

  return {
    firstYear,
    lastYear,
    isWorkingDay,
    addWorkingDays: (start, days, timeZone = GOVERNMENT_TIME_ZONE) => deadline(start, days, timeZone, false).date,
    workingDeadline: (start, days, timeZone = GOVERNMENT_TIME_ZONE, notCounted) => deadline(start, days, timeZone, true, notCounted),
    workingDaysBetween(from, to, timeZone = GOVERNMENT_TIME_ZONE) {
      const first = calendarDate(from, timeZone);
      const last = calendarDate(to, timeZone);
      if (last < first) throw new RangeError(`${last} is before ${first}`);
      let day = first;
      while (!isWorkingDay(day)) day = nextDate(day);
      let count = 0;
      while (day < last) {
        day = nextDate(day);
        if (isWorkingDay(day)) count += 1;
      }
      return count;
    },
  };
}

let calendar: WorkingDayCalendar | undefined;

/** GovOpen's calendar: chinese-days plus holiday-calendar-supplement.json, made on first use. */
export function workingDayCalendar(): WorkingDayCalendar {
  return (calendar ??= createWorkingDayCalendar(supplementData));
}

/**
 * Whether a YYYY-MM-DD date is a working day. Throws a RangeError for anything else, and a
 * WorkingDayCalendarError outside the years the calendar covers.
 */
export function isWorkingDay(date: string): boolean {
  return workingDayCalendar().isWorkingDay(date);
}

/**
 * The deadline for "within `days` working days" of `start` (好差评: of the day of the rating), as the
 * date of its last day. The counting day is not counted itself (期间开始之日不计算在内): the deadline
 * is the `days`-th working day after it, and a start on a weekend or holiday counts from the next
 * working day. So 1 working day from Monday 2024-09-30 is 2024-10-08 (after the National Day
 * holiday); from Saturday 2024-10-05 it is 2024-10-09. 0 days gives the counting day itself.
 * A Date is read as a calendar day in `timeZone` (Beijing time unless told otherwise).
 * Throws a WorkingDayCalendarError when the count reaches a year without a calendar.
 */
export function addWorkingDays(start: string | Date, days: number, timeZone = GOVERNMENT_TIME_ZONE): string {
  return workingDayCalendar().addWorkingDays(start, days, timeZone);
}

/**
 * Like addWorkingDays, but a count reaching past the last year with an official calendar goes on
 * Monday to Friday instead of failing, and says so: `{ date, provisional: true }`. Show such a date
 * with PROVISIONAL_DEADLINE_NOTE.
 */
export function workingDeadline(start: string | Date, days: number, timeZone = GOVERNMENT_TIME_ZONE): WorkingDayDeadline {
  return workingDayCalendar().workingDeadline(start, days, timeZone);
}

/**
 * How many working days of a deadline counted from `from` (by the rule of addWorkingDays) have passed
 * by the end of `to`: workingDaysBetween(s, addWorkingDays(s, n)) === n. 0 while `to` is still before
 * the counting day; a RangeError if `to` is before `from`.
 */
export function workingDaysBetween(from: string | Date, to: string | Date, timeZone = GOVERNMENT_TIME_ZONE): number {
  return workingDayCalendar().workingDaysBetween(from, to, timeZone);
}

/** Whether the deadline's day (YYYY-MM-DD) has ended at `now` in `timeZone` (Beijing time unless told otherwise). */
export function isOverdue(deadline: string, now: Date, timeZone = GOVERNMENT_TIME_ZONE): boolean {
  return calendarDate(now, timeZone) > checkedDate(deadline);
}
