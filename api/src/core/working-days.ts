import calendarData from 'chinese-days/dist/chinese-days.json';

// Deadlines in China's working days: Monday to Friday, except the State Council's public holidays,
// plus the weekend days it makes working days (调休). The calendar is the chinese-days package's data
// file, read directly: its functions format dates in the machine's time zone, and west of UTC they put
// every holiday a day early (2024-03-09, a Saturday, comes out as a working day), so they are not used.

const calendar: {
  /** Days off that would otherwise be working days. */
  holidays: Readonly<Record<string, string>>;
  /** Weekend days that are working days (调休). */
  workdays: Readonly<Record<string, string>>;
} = calendarData;

const COVERED_YEARS = Object.keys(calendar.holidays).map((date) => Number(date.slice(0, 4)));
const FIRST_YEAR = Math.min(...COVERED_YEARS);
const LAST_YEAR = Math.max(...COVERED_YEARS);

const GOVERNMENT_TIME_ZONE = 'Asia/Shanghai';

/**
 * A date in a year the calendar does not cover. The State Council publishes each year's holidays
 * late in the year before; until a chinese-days release carries them, no deadline reaching into that
 * year can be computed honestly, so none is guessed.
 */
export class WorkingDayCalendarError extends RangeError {
  constructor(readonly year: number) {
    super(
      `The working-day calendar covers ${FIRST_YEAR}–${LAST_YEAR}, not ${year}: update chinese-days once the State Council has published the ${year} holidays.`,
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
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Dates are calendar days, so their arithmetic is done in UTC, where no day is 23 or 25 hours long.
function nextDate(date: string): string {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + 1);
  return utc.toISOString().slice(0, 10);
}

/**
 * Whether a YYYY-MM-DD date is a working day. Throws a RangeError for anything else, and a
 * WorkingDayCalendarError outside the years chinese-days covers.
 */
export function isWorkingDay(date: string): boolean {
  const year = Number(checkedDate(date).slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new WorkingDayCalendarError(year);
  if (calendar.workdays[date] !== undefined) return true;
  if (calendar.holidays[date] !== undefined) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day counting starts from: the day itself if it is a working day, otherwise the next working day
 * (a rating given on a holiday is handled as if given on the first working day after it).
 */
function countingStart(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = nextDate(day);
  return day;
}

/**
 * The deadline for "within `days` working days" of `start` (好差评: of the day of the rating), as the
 * date of its last day. The counting day is not counted itself (期间开始之日不计算在内): the deadline
 * is the `days`-th working day after it, and a start on a weekend or holiday counts from the next
 * working day. So 1 working day from Monday 2024-09-30 is 2024-10-08 (after the National Day
 * holiday); from Saturday 2024-10-05 it is 2024-10-09. 0 days gives the counting day itself.
 * A Date is read as a calendar day in `timeZone` (Beijing time unless told otherwise).
 */
export function addWorkingDays(start: string | Date, days: number, timeZone = GOVERNMENT_TIME_ZONE): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number, 0 or more: ${days}`);
  let day = countingStart(calendarDate(start, timeZone));
  for (let left = days; left > 0; ) {
    day = nextDate(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * How many working days of a deadline counted from `from` (by the rule of addWorkingDays) have passed
 * by the end of `to`: workingDaysBetween(s, addWorkingDays(s, n)) === n. 0 while `to` is still before
 * the counting day; a RangeError if `to` is before `from`.
 */
export function workingDaysBetween(from: string | Date, to: string | Date, timeZone = GOVERNMENT_TIME_ZONE): number {
  const first = calendarDate(from, timeZone);
  const last = calendarDate(to, timeZone);
  if (last < first) throw new RangeError(`${last} is before ${first}`);
  let count = 0;
  for (let day = countingStart(first); day < last; ) {
    day = nextDate(day);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** Whether the deadline's day (YYYY-MM-DD) has ended at `now` in `timeZone` (Beijing time unless told otherwise). */
export function isOverdue(deadline: string, now: Date, timeZone = GOVERNMENT_TIME_ZONE): boolean {
  return calendarDate(now, timeZone) > checkedDate(deadline);
}
