import type { ReactNode } from 'react';
import { TextField } from './TextField';

/**
 * Room for a number as people write it (+86 139 1234 5678, 0086-139-…), which the form and the API
 * read alike (shared/src/mobile.ts mobileDigits): a limit of 11 cut such a number short without a word.
 */
export const MOBILE_MAX_LENGTH = 20;

type Props = {
  /** Whose number, when not the resident's own: 亲友本人的. */
  whose?: string;
  /** The form can be sent without it: said in the label, （可以不填）. */
  optional?: boolean;
  /** What the number is for, and who sees it. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Another way to fill it in (WeChat's phone-number button). */
  children?: ReactNode;
};

/** Every resident form's mobile number: one wording (手机号, with （可以不填） where it may stay empty), one keyboard, one length. */
export function MobileField({ whose = '', optional = false, ...field }: Props) {
  return <TextField label={`${whose}手机号${optional ? '（可以不填）' : ''}`} type="number" maxLength={MOBILE_MAX_LENGTH} {...field} />;
}
