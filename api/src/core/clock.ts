// GovOpen's one clock: instants are UTC, days and times of day are Beijing's. The current time comes
// from the app's injectable `now` (tests replace it); this module only converts. The zone's offset is
// read from Intl, never written down by hand.

/** GovOpen's days are Beijing time days, whatever the server's own time zone. */
export const GOVERNMENT_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant's wall-clock reading in `timeZone`, as two-digit (year: four-digit) strings. */
function wallClock(instant: Date, timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** The calendar date (YYYY-MM-DD) of an instant in Beijing time (or in `timeZone`). */
export function governmentDate(instant: Date, timeZone: string = GOVERNMENT_TIME_ZONE): string {
  return wallClock(instant, timeZone).date;
}

/** An instant as staff read it, in Beijing time: 2026-06-01 09:30 ('' for none). */
export function beijingTime(instant: string | null): string {
  if (!instant) return '';
  const { date, time } = wallClock(new Date(instant), GOVERNMENT_TIME_ZONE);
  return `${date} ${time}`;
}

/** The instant a Beijing date and time of day (HH:MM, default midnight) name. */
export function beijingInstant(date: string, time = '00:00'): Date {
  const asIfUtc = new Date(`${date}T${time}:00Z`);
  const read = wallClock(asIfUtc, GOVERNMENT_TIME_ZONE);
  const offset = Date.parse(`${read.date}T${read.time}:00Z`) - asIfUtc.getTime();
  return new Date(asIfUtc.getTime() - offset);
}

/** The current time, injectable: the app's `now`, which tests of time-bound rules replace. */
export type Clock = () => Date;
