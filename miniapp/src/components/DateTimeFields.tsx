import { Picker, Text, View } from '@tarojs/components';
import { isWeapp } from '../platform';
import { dayInWords } from '../lib/format';
import { Action } from './Action';
import { Problem } from './Messages';

type Props = {
  label: string;
  /** Said under the label: what the date or time is for. */
  hint?: string;
  /** YYYY-MM-DD for a date, HH:mm for a time; '' when not chosen. */
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest allowed, in the same form as `value`. */
  min?: string;
  max?: string;
  /** May be left empty: a 不填 button clears it (WeChat's picker cannot). */
  optional?: boolean;
  error?: string;
};

/**
 * One date or time field. weapp: WeChat's own picker (Taro `Picker`) opened from a field-like button
 * that says the chosen value in words. H5: the browser's own `<input type="date|time">` (a calendar
 * on a desk browser, the phone's wheel on a phone), with the value in words under it, because the
 * browser writes the date in its own locale. Either way the page gets `YYYY-MM-DD` or `HH:mm`, never
 * typed text to check.
 */
function PickedField({ mode, label, hint, value, onChange, min, max, optional, error }: Props & { mode: 'date' | 'time' }) {
  const inWords = mode === 'date' ? dayInWords(value) : value;
  const named = { 'aria-label': label, 'aria-invalid': error ? true : undefined };
  return (
    <View className="gov-field">
      <Text className="gov-field__label">{label}</Text>
      {hint && <Text className="gov-note">{hint}</Text>}
      {isWeapp() ? (
        <Picker mode={mode} value={value || (mode === 'time' ? '09:00' : '')} start={min} end={max} onChange={(event) => onChange(String(event.detail.value))}>
          <View className="gov-input gov-picked" role="button" {...named}>
            <Text>{inWords || (mode === 'date' ? '请选择日期' : '请选择时间')}</Text>
          </View>
        </Picker>
      ) : (
        <>
          <input className="gov-input" type={mode} value={value} min={min} max={max} required={!optional} onChange={(e) => onChange(e.target.value)} {...named} />
          {mode === 'date' && inWords && <Text className="gov-note gov-picked__words">{inWords}</Text>}
        </>
      )}
      {optional && value && isWeapp() && (
        <Action kind="plain" onClick={() => onChange('')}>
          {`不填${label}`}
        </Action>
      )}
      <Problem text={error} />
    </View>
  );
}

/** A date (YYYY-MM-DD, Beijing calendar). */
export const DateField = (props: Props) => <PickedField mode="date" {...props} />;

/** A time of day (HH:mm, Beijing). */
export const TimeField = (props: Props) => <PickedField mode="time" {...props} />;
