// 信息处理费 by 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号): charged only beyond a free
// amount, progressively (超额累进), either per item or per page for one application, never both.
//  - per item (按件): counted over the same applicant's applications in one calendar month — items 1–10
//    free, 11–30 at 100 元 each, and from 31 on every further band of 10 items costs 100 元 more each
//    (31–40: 200 元, 41–50: 300 元 …);
//  - per page (按量, for paper, e-mail or copied data): pages 1–30 free, 31–100 at 10 元, 101–200 at
//    20 元, from 201 at 40 元 a page.
// The calculation is kept with its bands, so it can be shown line by line before anything is charged.

import type { FeeMethod } from './request-model';

/** One band of the calculation: items (or pages) `from`–`to` at `unitYuan` each. */
export interface FeeBand {
  from: number;
  to: number;
  unitYuan: number;
  amountYuan: number;
}

export interface FeeCalculation {
  method: FeeMethod;
  /** Items of this application, or its pages. */
  quantity: number;
  /** Per item: the applicant's items earlier in the same calendar month (0 for per page). */
  earlierItems: number;
  bands: FeeBand[];
  totalYuan: number;
}

/** A band of the rules: numbers `from`–`to` (to null: no end) at `unitYuan` each. */
interface Rate {
  from: number;
  to: number | null;
  unitYuan: number;
}

const PAGE_RATES: readonly Rate[] = [
  { from: 1, to: 30, unitYuan: 0 },
  { from: 31, to: 100, unitYuan: 10 },
  { from: 101, to: 200, unitYuan: 20 },
  { from: 201, to: null, unitYuan: 40 },
];

/** Per-item rate of the n-th item of a month: free to 10, 100 元 to 30, then 100 元 more every 10. */
function itemRate(n: number): Rate {
  if (n <= 10) return { from: 1, to: 10, unitYuan: 0 };
  if (n <= 30) return { from: 11, to: 30, unitYuan: 100 };
  const band = Math.ceil((n - 30) / 10);
  return { from: 21 + band * 10, to: 30 + band * 10, unitYuan: 100 + band * 100 };
}

const pageRate = (n: number): Rate => PAGE_RATES.find((rate) => rate.to === null || n <= rate.to) as Rate;

/** The numbers first…last split into the bands of `rateOf`, each with its amount. */
function bandsOf(first: number, last: number, rateOf: (n: number) => Rate): FeeBand[] {
  const bands: FeeBand[] = [];
  for (let n = first; n <= last; ) {
    const rate = rateOf(n);
    const to = rate.to === null ? last : Math.min(rate.to, last);
    bands.push({ from: n, to, unitYuan: rate.unitYuan, amountYuan: (to - n + 1) * rate.unitYuan });
    n = to + 1;
  }
  return bands;
}

function checkCount(value: number, what: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${what} must be a whole number, at least ${min}: ${value}`);
}

const total = (bands: FeeBand[]) => bands.reduce((sum, band) => sum + band.amountYuan, 0);

/** Per item: this application's `items`, after the applicant's `earlierItems` of the same calendar month. */
export function perItemFee(items: number, earlierItems: number): FeeCalculation {
  checkCount(items, 'Items', 1);
  checkCount(earlierItems, 'Earlier items', 0);
  const bands = bandsOf(earlierItems + 1, earlierItems + items, itemRate);
  return { method: 'PER_ITEM', quantity: items, earlierItems, bands, totalYuan: total(bands) };
}

/** Per page: the pages of this application. */
export function perPageFee(pages: number): FeeCalculation {
  checkCount(pages, 'Pages', 1);
  const bands = bandsOf(1, pages, pageRate);
  return { method: 'PER_PAGE', quantity: pages, earlierItems: 0, bands, totalYuan: total(bands) };
}

/**
 * The calculation in words, a line a band and the total last:
 *   本月第9–10件：免费
 *   本月第11–12件：2件 × 100元 = 200元
 *   合计：200元
 */
export function feeLines(fee: FeeCalculation): string[] {
  const unit = fee.method === 'PER_ITEM' ? '件' : '页';
  const span = (band: FeeBand) => (band.from === band.to ? `${band.from}` : `${band.from}–${band.to}`);
  const label = (band: FeeBand) => (fee.method === 'PER_ITEM' ? `本月第${span(band)}件` : `第${span(band)}页`);
  const lines = fee.bands.map((band) =>
    band.unitYuan === 0 ? `${label(band)}：免费` : `${label(band)}：${band.to - band.from + 1}${unit} × ${band.unitYuan}元 = ${band.amountYuan}元`,
  );
  return [...lines, `合计：${fee.totalYuan}元`];
}
