// Dates as documents write them: 2022年6月28日, 2022 年 9 月 19 日, 2022-06-28, 2022/6/28,
// 2022.06.28, in full-width digits, and in Chinese numerals under a signature (二〇二二年六月二十八日);
// also as OCR misreads them (2O22年6月28曰). Stored as YYYY-MM-DD.

/** What a piece of text says about a date: none, a real calendar date, or one that cannot exist. */
export type DateReading = { valid: true; date: string } | { valid: false; written: string } | null;

const DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))/u;

const EARLIEST_YEAR = 1949;
const LATEST_YEAR = 2100;

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_DATE = /([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/gu;

/** 六 → 6, 十二 → 12, 二十八 → 28, 三十一 → 31. */
function chineseNumber(written: string): number {
  const [tens, units] = written.includes('十') ? written.split('十') : ['', written];
  return (written.includes('十') ? (tens === '' ? 1 : CHINESE_DIGITS[tens!]!) * 10 : 0) + (units === '' ? 0 : (CHINESE_DIGITS[units!] ?? 0));
}

/**
 * The text with dates in Arabic digits: full-width digits folded, Chinese numerals converted, and
 * OCR's usual misreadings in a date mended (O or 〇 for 0, l or I for 1, 曰 for 日).
 */
function inDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CHINESE_DATE, (_, year: string, month: string, day: string) =>
      `${[...year].map((ch) => CHINESE_DIGITS[ch]).join('')}年${chineseNumber(month)}月${chineseNumber(day)}日`,
    )
    .replace(/(?<![A-Za-z])[0-9OoIl〇]{4}(?=\s*[年\-/.]\s*[0-9OoIl]{1,2}\s*[月\-/.])/gu, (run) => (/\d/u.test(run) ? run.replace(/[Oo〇]/gu, '0').replace(/[Il]/gu, '1') : run))
    .replace(/(?<=\d\s*月\s*\d{1,2}\s*)曰/gu, '日');
}

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
  const match = DATE.exec(inDigits(text));
  return match ? interpret(match) : null;
}

/** The date a line consists of, such as the date under a signature; null for any other line. */
export function dateOnLineOfItsOwn(line: string): string | null {
  const trimmed = inDigits(line).trim();
  const match = DATE.exec(trimmed);
  if (!match || match[0].length !== trimmed.length) return null;
  const reading = interpret(match);
  return reading?.valid ? reading.date : null;
}
