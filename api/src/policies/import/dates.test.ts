import { dateOnLineOfItsOwn, readDate } from './dates';
import { DATES_AS_WRITTEN } from './fixtures';

describe('dates as documents write them', () => {
  it.each([
    ...DATES_AS_WRITTEN,
    ['２０２２年６月２８日', '2022-06-28'],
    ['2022-05-27 10:32:05', '2022-05-27'],
    ['二〇二二年六月二十八日', '2022-06-28'],
    ['二○二二年十二月十日', '2022-12-10'],
    ['二〇二二年十月三十一日', '2022-10-31'],
    ['2O22年6月28曰', '2022-06-28'],
    ['202l年6月2日', '2021-06-02'],
  ])('reads %s as %s', (written, date) => {
    expect(readDate(written)).toEqual({ valid: true, date });
  });

  it.each(['2022年2月30日', '2021-02-29', '2022-13-01', '2022/0/10'])('says %s is not a real date', (written) => {
    expect(readDate(written)).toEqual({ valid: false, written });
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(readDate('2024年2月29日')).toEqual({ valid: true, date: '2024-02-29' });
  });

  it('does not take an index number or a deadline for a date', () => {
    expect(readDate('11640112010148754W/2022-00206')).toBeNull();
    expect(readDate('2022年6月底前')).toBeNull();
  });

  it('finds the date standing on a line of its own, as under a signature', () => {
    expect(dateOnLineOfItsOwn('2022年6月28日')).toBe('2022-06-28');
    expect(dateOnLineOfItsOwn('于2022年6月28日印发')).toBeNull();
    expect(dateOnLineOfItsOwn('二〇二二年六月二十八日')).toBe('2022-06-28');
  });
});
