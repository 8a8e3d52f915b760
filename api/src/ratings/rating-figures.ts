import * as z from 'zod';
import { badInput } from '../core/errors';
import { isoDateSchema, parseInput } from '../core/validation';
import { isDissatisfied, SATISFACTION_LEVELS } from '../core/satisfaction';
import { COUNTER_FIELDS } from './rating-items';
import type { Counters } from './rating-store';

// Public satisfaction figures (好差评结果公开), summed from per-month counters: a period counts whole
// calendar months, from the month of `from` to the month of `to`.

/** The longest period one request may sum (one service's figures are a BatchGet of a key per month: 100 at most). */
export const MAX_PERIOD_MONTHS = 60;

/**
 * 好差评 became national in 2019 (国办发〔2019〕51号): no figures are older. An earlier year is a typing
 * slip (0025 for 2025), told as such, rather than a period of empty months (or, under 100, a 19xx
 * last day from Date.UTC).
 */
export const FIRST_RATING_YEAR = 2019;
const ratingDate = isoDateSchema.refine((value) => Number(value.slice(0, 4)) >= FIRST_RATING_YEAR, `好差评从 ${FIRST_RATING_YEAR} 年开始统计，请选 ${FIRST_RATING_YEAR} 年以后的日期。`);

const periodSchema = z
  .object({ from: ratingDate, to: ratingDate })
  .refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期。', path: ['to'] });

export interface PeriodMonths {
  /** First day of the first month. */
  from: string;
  /** Last day of the last month. */
  to: string;
  months: string[];
}

/** The months from `first` to `last`, both included (YYYY-MM). */
export function monthsThrough(first: string, last: string): string[] {
  const months: string[] = [];
  for (let [year, month] = first.split('-').map(Number) as [number, number]; ; month += 1) {
    if (month > 12) [year, month] = [year + 1, 1];
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
  }
}

/** The months a period covers; BAD_USER_INPUT for a bad date or a period over MAX_PERIOD_MONTHS. */
export function periodMonths(period: unknown): PeriodMonths {
  const { from, to } = parseInput(periodSchema, period);
  const last = to.slice(0, 7);
  const months = monthsThrough(from.slice(0, 7), last);
  if (months.length > MAX_PERIOD_MONTHS) throw badInput(`统计期间最长 ${MAX_PERIOD_MONTHS / 12} 年，请缩短一些。`, { field: 'period.to' });
  const [year, month] = last.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { from: `${from.slice(0, 7)}-01`, to: lastDay, months };
}

export const emptyCounters = (): Counters => Object.fromEntries(COUNTER_FIELDS.map((f) => [f, 0])) as Counters;

export function addCounters(sum: Counters, more: Counters): Counters {
  for (const field of COUNTER_FIELDS) sum[field] += more[field];
  return sum;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * What the public sees. satisfactionRate = (非常满意 + 满意 + 基本满意) / ratings; onTimeRate = bad ratings
 * answered by their rectify deadline / bad ratings; resolvedRate = bad ratings whose case was closed
 * with the resident's satisfaction / bad ratings. Ratings taken out by an upheld appeal are in none of
 * these (only in `excluded`).
 */
export function publicCounts(c: Counters) {
  const good = SATISFACTION_LEVELS.filter((level) => !isDissatisfied(level)).reduce((sum, level) => sum + c[level], 0);
  return {
    ratings: c.ratings,
    verySatisfied: c.VERY_SATISFIED,
    satisfied: c.SATISFIED,
    basicallySatisfied: c.BASICALLY_SATISFIED,
    dissatisfied: c.DISSATISFIED,
    veryDissatisfied: c.VERY_DISSATISFIED,
    badRatings: c.bad,
    answered: c.answered,
    answeredOnTime: c.answeredOnTime,
    resolved: c.resolved,
    excluded: c.excluded,
    satisfactionRate: share(good, c.ratings),
    onTimeRate: share(c.answeredOnTime, c.bad),
    resolvedRate: share(c.resolved, c.bad),
  };
}
