/** GovOpen's days are Beijing time days, whatever the server's own time zone. */
export const GOVERNMENT_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of an instant in Beijing time (or in `timeZone`). */
export function governmentDate(instant: Date = new Date(), timeZone: string = GOVERNMENT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The current time, injectable: the app's `now`, which tests of time-bound rules replace. */
export type Clock = () => Date;
