// The sign-up form's checks, with the API's own words (api/src/events/event-validation.ts), so a
// resident hears what is wrong before anything is sent; the API checks again.

import { MAINLAND_MOBILE, MOBILE_REFUSED, mobileDigits } from '@govopen/shared/src/mobile';

export type SignUpFields = { name: string; phone: string; questions: string };
export type SignUpErrors = Partial<Record<keyof SignUpFields, string>>;

export const QUESTIONS_MAX = 500;
/** The API's limit on a name (姓名不能超过 30 个字): the field counts toward it, so nothing is cut without the resident seeing why. */
export const NAME_MAX = 30;

export function checkSignUp(fields: SignUpFields): SignUpErrors {
  const errors: SignUpErrors = {};
  const name = fields.name.trim();
  if (!name) errors.name = '请填写姓名。';
  else if ([...name].length < 2) errors.name = '请填写真实姓名（至少 2 个字）。';
  else if ([...name].length > NAME_MAX) errors.name = `姓名不能超过 ${NAME_MAX} 个字。`;
  else if (!/^[\p{L}·•.\s]+$/u.test(name)) errors.name = '姓名只能写文字，不能有数字或符号。';

  const phone = mobileDigits(fields.phone);
  if (!phone) errors.phone = '请填写手机号。';
  else if (!MAINLAND_MOBILE.test(phone)) errors.phone = MOBILE_REFUSED;

  if ([...fields.questions.trim()].length > QUESTIONS_MAX) errors.questions = `想提的问题不能超过 ${QUESTIONS_MAX} 个字。`;
  return errors;
}

/** What is sent: trimmed, the mobile as 11 digits, no empty question. */
export const signUpInput = (fields: SignUpFields) => ({
  name: fields.name.trim(),
  phone: mobileDigits(fields.phone),
  questions: fields.questions.trim() || null,
});
