// Dates, times, money and text as residents read them. Every date and time is Beijing time (UTC+8,
// no daylight saving), whatever zone the phone or the test machine is set to; this file is the only
// one that knows the offset. No Taro import: pages, read-aloud texts and tests share these.

import nzh from 'nzh/cn';
import type { Satisfaction } from '../generated/operations';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** An instant's calendar and clock in Beijing; `date` is YYYY-MM-DD, `weekday` 0 for Sunday. */
export type BeijingTime = { year: number; month: number; day: number; weekday: number; hour: number; minute: number; date: string };

/** Null for something that is not a time. */
export function beijingTime(at: Date | string): BeijingTime | null {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + BEIJING_OFFSET_MS);
  const date = d.toISOString().slice(0, 10);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), date };
}

/** The Beijing date (YYYY-MM-DD) of an instant; '' for something that is not a time. */
export const beijingDate = (at: Date | string): string => beijingTime(at)?.date ?? '';

/** This year, Beijing time (the year of the list residents see first, of a report written so far). */
export const currentYear = (now = new Date()): number => Number(beijingDate(now).slice(0, 4));

/** A Beijing date (YYYY-MM-DD) and clock time (HH:mm) as the instant the API takes (ISO 8601, +08:00). */
export const beijingInstant = (date: string, time: string): string => `${date}T${time}:00+08:00`;

/** The calendar parts of a date written YYYY-MM-DD (its weekday above all); null for anything else. */
export const calendarDay = (date: string): BeijingTime | null => (DATE.test(date) ? beijingTime(`${date}T12:00:00+08:00`) : null);

/**
 * A date in words: `2022-06-28` → 2022年6月28日; an instant (`2026-11-23T02:00:00Z`) → its Beijing
 * date the same way. Anything else is shown as it came.
 */
export function dateInWords(value: string | null | undefined): string {
  const match = DATE.exec(value && INSTANT.test(value) ? beijingDate(value) : value ?? '');
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : value ?? '';
}

/** An instant as a Beijing date and time: 2026年11月23日 14:05. */
export function dateTimeInWords(iso: string | null | undefined): string {
  const at = beijingTime(iso ?? '');
  return at ? `${dateInWords(at.date)} ${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}` : '';
}

/** 星期二, for a weekday as BeijingTime gives it (0 = Sunday). */
export const weekdayInWords = (weekday: number): string => `星期${WEEKDAYS[weekday]}`;

/**
 * 2026-03-05 → 2026年3月5日 星期四: a day with its weekday, so a clerk sees it before publishing a date
 * and everyone sees it in a deadline (最迟在2026年11月24日 星期二答复). '' for anything else.
 */
export function dayInWords(date: string): string {
  const day = calendarDay(date);
  return day ? `${dateInWords(date)} ${weekdayInWords(day.weekday)}` : '';
}

/** A number with at most two decimals: 8.6, 900, 0.86. */
export const numberInWords = (n: number): string => String(Math.round(n * 100) / 100);

/** Whole 元 in 亿元 whatever the amount (0.86 亿元), to compare with an amount of 亿 by ear. */
export const yiInWords = (yuan: number): string => `${numberInWords(yuan / 100_000_000)} 亿元`;

/** Whole 元 as the government work report writes money: 8600 元, 1200 万元, 1.8 亿元. */
export function yuanInWords(yuan: number): string {
  const sign = yuan < 0 ? '减少 ' : '';
  const abs = Math.abs(yuan);
  if (abs >= 100_000_000) return `${sign}${yiInWords(abs)}`;
  if (abs >= 10_000) return `${sign}${numberInWords(abs / 10_000)} 万元`;
  return `${sign}${numberInWords(abs)} 元`;
}

/**
 * Whole 元 in capitals, as a cheque or a budget line writes them: 8600000 → 捌佰陆拾万元整. nzh
 * (5.9 KB minified) rather than our own: the zeros (壹佰零伍万零贰拾元整) are easy to get wrong.
 */
export const yuanInCapitals = (yuan: number): string => nzh.toMoney(yuan, { outSymbol: false });

/** Body text split into paragraphs (blank lines and single line breaks both separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The one satisfaction scale (国办发〔2019〕51号) of 好差评, project evaluations and the open-day questionnaire, best first. */
export const SATISFACTION_CHOICES: ReadonlyArray<{ value: Satisfaction; label: string }> = [
  { value: 'VERY_SATISFIED', label: '非常满意' },
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'DISSATISFIED', label: '不满意' },
  { value: 'VERY_DISSATISFIED', label: '非常不满意' },
];

export const satisfactionInWords = (level: Satisfaction): string => SATISFACTION_CHOICES.find((choice) => choice.value === level)?.label ?? '';
