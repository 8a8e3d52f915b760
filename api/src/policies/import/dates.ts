// Dates as documents write them: 2022年6月28日, 2022 年 9 月 19 日, 2022-06-28, 2022/6/28,
// 2022.06.28, also in full-width digits. Stored as YYYY-MM-DD.

/** What a piece of text says about a date: none, a real calendar date, or one that cannot exist. */
export type DateReading = { valid: true; date: string } | { valid: false; written: string } | null;

const DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))/u;

const EARLIEST_YEAR = 1949;
const LATEST_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function interpret(match: RegExpExecArray): DateReading {
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[5]);
  const day = Number(match[3] ?? match[6]);
  const real =
    year >= EARLIEST_YEAR &&
    year <= LATEST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  return real ? { valid: true, date: `${year}-${pad(month)}-${pad(day)}` } : { valid: false, written: match[0] };
}

/** The first date written in the text. */
export function readDate(text: string): DateReading {
  const match = DATE.exec(text.normalize('NFKC'));
  return match ? interpret(match) : null;
}

/** The date a line consists of, such as the date under a signature; null for any other line. */
export function dateOnLineOfItsOwn(line: string): string | null {
  const trimmed = line.normalize('NFKC').trim();
  const match = DATE.exec(trimmed);
  if (!match || match[0].length !== trimmed.length) return null;
  const reading = interpret(match);
  return reading?.valid ? reading.date : null;
}
