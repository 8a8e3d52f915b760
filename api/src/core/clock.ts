/** GovOpen's days are Beijing time days, whatever the server's own time zone. */
export const GOVERNMENT_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of an instant in Beijing time. */
export function governmentDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: GOVERNMENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
