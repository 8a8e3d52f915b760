import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { yuanInCapitals } from '../lib/format';
import { TextField } from './TextField';

/** At most 4 decimals of 万元 (one 元); no sign, no separators beyond commas a clerk may paste. */
const WAN = /^\d{1,8}(\.\d{0,4})?$/u;

/**
 * What a clerk typed in 万元 as whole 元: "860" → 8600000, "0.35" → 3500; '' → null (nothing yet);
 * anything else → NaN (the field says what is wrong).
 */
export function yuanFromWan(text: string): number | null {
  const typed = text.replace(/[,，\s]/gu, '').replace(/。/u, '.');
  if (!typed) return null;
  if (!WAN.test(typed)) return Number.NaN;
  const [whole, part = ''] = typed.split('.');
  return Number(whole) * 10_000 + Number(part.padEnd(4, '0'));
}

/** What the field says of an amount it cannot read; a form refusing to send one says the same. */
export const MONEY_UNREADABLE = '请只写数字，以万元为单位，最多四位小数，如 860 或 12.5。';

/** Whole 元 written back in 万元 for the field: 8600000 → "860", 3500 → "0.35". */
export function wanFromYuan(yuan: number | null): string {
  if (yuan === null || Number.isNaN(yuan)) return '';
  const whole = Math.floor(yuan / 10_000);
  const part = String(yuan % 10_000).padStart(4, '0').replace(/0+$/u, '');
  return part ? `${whole}.${part}` : String(whole);
}

type Props = {
  label: string;
  hint?: string;
  /** Whole 元 as the API stores money; null while empty, NaN while unreadable (so a form can refuse to send it). */
  yuan: number | null;
  onChange: (yuan: number | null) => void;
  error?: string;
};

/**
 * Money as a budget is written, in 万元 (860 万元, not 8600000), stored as whole 元. Under the field
 * the amount in capitals (捌佰陆拾万元整) and in 元, so a slip of a digit or of the unit shows before
 * it is published.
 */
export function MoneyField({ label, hint, yuan, onChange, error }: Props) {
  // The text as typed ("860.", "0.0") is kept while it becomes a number; a new yuan from outside replaces it.
  const [typed, setTyped] = useState(() => wanFromYuan(yuan));
  const read = yuanFromWan(typed);
  const unreadableTyped = read !== null && Number.isNaN(read);
  // What was typed still stands for `yuan` (an unreadable text stands for NaN, or null on a page that
  // keeps only amounts) unless the page set another amount.
  const current = Object.is(read, yuan) || (unreadableTyped && yuan === null);
  const shown = current ? typed : wanFromYuan(yuan);
  const change = (text: string) => {
    setTyped(text);
    onChange(yuanFromWan(text));
  };
  return (
    <TextField
      label={`${label}（万元）`}
      hint={hint ?? '以万元为单位，如 860 或 12.5'}
      value={shown}
      onChange={change}
      maxLength={16}
      type="digit"
      error={current && unreadableTyped ? MONEY_UNREADABLE : error}
    >
      {yuan !== null && !Number.isNaN(yuan) && (
        <View className="gov-money__words" aria-live="polite">
          <Text className="gov-line">{`大写：${yuanInCapitals(yuan)}`}</Text>
          <Text className="gov-note">{`即 ${String(yuan).replace(/\B(?=(\d{3})+$)/gu, ',')} 元`}</Text>
        </View>
      )}
    </TextField>
  );
}
