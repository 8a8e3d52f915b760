import type { ReactNode } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { isWeapp } from '../platform';
import { Problem } from './Messages';

type Props = {
  label: string;
  /** Said under the label: what to write, an example. */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** The API's limit; WeChat's default (140) would cut longer text without a word. */
  maxLength: number;
  /** Several lines (comments, questions, replies). */
  lines?: boolean;
  type?: 'text' | 'number' | 'digit';
  password?: boolean;
  placeholder?: string;
  /** What is wrong with the value, said in words right under the field, which is marked invalid too. */
  error?: string;
  /** Another way to fill the field in, under it (WeChat's phone-number button). */
  children?: ReactNode;
};

/**
 * The one text field. Its label stands above it and is its name for screen readers on both targets;
 * a problem is said in words under it and marks it aria-invalid. Several lines: a real <textarea> on
 * H5 (Taro's H5 Textarea is a web component whose inner field a name on the wrapper never reaches),
 * WeChat's own on weapp.
 */
export function TextField({ label, hint, value, onChange, maxLength, lines, type = 'text', password, placeholder, error, children }: Props) {
  const named = { 'aria-label': label, 'aria-invalid': error ? true : undefined, placeholder };
  const onInput = (event: { detail: { value: string } }) => onChange(event.detail.value);
  return (
    <View className="gov-field">
      <Text className="gov-field__label">{label}</Text>
      {hint && <Text className="gov-note">{hint}</Text>}
      {!lines ? (
        <Input className="gov-input" type={type} password={password} value={value} maxlength={maxLength} onInput={onInput} {...named} />
      ) : isWeapp() ? (
        <Textarea className="gov-input gov-textarea" value={value} maxlength={maxLength} autoHeight onInput={onInput} {...named} />
      ) : (
        <textarea className="gov-input gov-textarea" value={value} maxLength={maxLength} rows={4} onChange={(e) => onChange(e.target.value)} {...named} />
      )}
      <Problem text={error} />
      {children}
    </View>
  );
}
