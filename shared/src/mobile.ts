// One reading of a mobile number for the API's checks and the mini-app's forms alike, so a number
// the form accepts is never refused by the API, nor the other way round.

/** A mobile number as people write it (+86 or 0086, spaces, dashes, brackets, full-width digits), as bare digits. */
export const mobileDigits = (value: string) => value.normalize('NFKC').replace(/[\s\-()]/gu, '').replace(/^(?:\+|00)?86(?=1\d{10}$)/u, '');

/** A mainland mobile number as stored: 11 digits, 13x to 19x. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/u;

/** What a form and the API say of a number no mainland mobile can be: the same words everywhere. */
export const MOBILE_REFUSED = '手机号要是 11 位数字，如 13812345678。';

/** The same, where the number may be left out. */
export const OPTIONAL_MOBILE_REFUSED = '手机号要是 11 位数字，如 13812345678；不想留可以空着。';
