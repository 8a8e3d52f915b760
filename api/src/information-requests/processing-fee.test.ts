import fc from 'fast-check';
import { feeLines, perItemFee, perPageFee } from './processing-fee';

describe('信息处理费 per item (the same applicant, one calendar month)', () => {
  it.each([
    [10, 0, 0, 'items 1–10 are free'],
    [1, 9, 0, 'the 10th item is free'],
    [1, 10, 100, 'the 11th costs 100 元'],
    [20, 10, 2000, '11–30 at 100 元'],
    [1, 29, 100, 'the 30th still costs 100 元'],
    [1, 30, 200, 'the 31st costs 200 元'],
    [10, 30, 2000, '31–40 at 200 元'],
    [1, 40, 300, 'the 41st costs 300 元'],
    [1, 50, 400, 'the 51st costs 400 元'],
    [31, 0, 2200, 'one application of 31 items: 10 free, 20 × 100, 1 × 200'],
  ])('%i item(s) after %i earlier this month: %i 元 (%s)', (items, earlier, yuan) => {
    expect(perItemFee(items, earlier).totalYuan).toBe(yuan);
  });

  it('shows its calculation band by band', () => {
    const fee = perItemFee(4, 8);
    expect(fee.bands).toEqual([
      { from: 9, to: 10, unitYuan: 0, amountYuan: 0 },
      { from: 11, to: 12, unitYuan: 100, amountYuan: 200 },
    ]);
    expect(feeLines(fee)).toEqual(['本月第9–10件：免费', '本月第11–12件：2件 × 100元 = 200元', '合计：200元']);
    expect(feeLines(perItemFee(1, 30))).toEqual(['本月第31件：1件 × 200元 = 200元', '合计：200元']);
  });

  it('charges the same whether a month’s items come in one application or several', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 120 }), (a, b, earlier) => {
        expect(perItemFee(a + b, earlier).totalYuan).toBe(perItemFee(a, earlier).totalYuan + perItemFee(b, earlier + a).totalYuan);
      }),
    );
  });
});

describe('信息处理费 per page', () => {
  it.each([
    [1, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [201, 2740],
    [250, 4700],
  ])('%i pages: %i 元', (pages, yuan) => {
    expect(perPageFee(pages).totalYuan).toBe(yuan);
  });

  it('shows its calculation band by band', () => {
    expect(feeLines(perPageFee(205))).toEqual([
      '第1–30页：免费',
      '第31–100页：70页 × 10元 = 700元',
      '第101–200页：100页 × 20元 = 2000元',
      '第201–205页：5页 × 40元 = 200元',
      '合计：2900元',
    ]);
  });

  it('never costs less for more pages', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), (pages) => expect(perPageFee(pages + 1).totalYuan).toBeGreaterThanOrEqual(perPageFee(pages).totalYuan)));
  });
});

it('refuses counts that are not whole numbers', () => {
  expect(() => perItemFee(0, 0)).toThrow(RangeError);
  expect(() => perItemFee(1, -1)).toThrow(RangeError);
  expect(() => perPageFee(1.5)).toThrow(RangeError);
});
