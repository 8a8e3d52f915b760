import { MAINLAND_MOBILE, mobileDigits } from './mobile';

// How residents write their number on a form: whatever the form, it is read the same way.

it('reads a mobile written with a country code, spaces, dashes, brackets or full-width digits as its 11 digits', () => {
  for (const written of ['13812345678', '+86 138-1234-5678', '0086 (138) 1234 5678', '８６１３８１２３４５６７８', '138 1234 5678'])
    expect(mobileDigits(written)).toBe('13812345678');
  expect(mobileDigits('0579-8211 2345')).toBe('057982112345');
});

it('takes as a mainland mobile only 11 digits beginning 13 to 19', () => {
  expect(['13812345678', '19912345678'].map((n) => MAINLAND_MOBILE.test(n))).toEqual([true, true]);
  expect(['12812345678', '1381234567', '138123456789', '057982112345'].map((n) => MAINLAND_MOBILE.test(n))).toEqual([false, false, false, false]);
});
