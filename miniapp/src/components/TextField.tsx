import { useLayoutEffect, useRef, type ReactNode } from 'react';
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
  /** Several lines (comments, questions, replies): the field grows with its text and counts it. */
  lines?: boolean;
  /** Count a one-line field's characters too (a title with a limit); several lines are always counted. */
  counted?: boolean;
  type?: 'text' | 'number' | 'digit';
  password?: boolean;
  placeholder?: string;
  /** What is wrong with the value, said in words right under the field, which is marked invalid too. */
  error?: string;
  /** Another way to fill the field in, under it (WeChat's phone-number button). */
  children?: ReactNode;
};

/** 已写 12 字，最多 200 字: said under a field with a limit, so nothing is cut off by surprise. */
export const countInWords = (value: string, maxLength: number): string => `已写 ${value.length} 字，最多 ${maxLength} 字`;

/** H5: a <textarea> as tall as its text (never shorter than its four lines), so nothing scrolls inside it. */
function GrowingTextarea(props: { value: string; maxLength: number; onChange: (value: string) => void } & Record<string, unknown>) {
  const { value, maxLength, onChange, ...named } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.style.height = 'auto';
    if (field.scrollHeight > field.clientHeight) field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
  }, [value]);
  return <textarea ref={ref} className="gov-input gov-textarea" value={value} maxLength={maxLength} rows={4} onChange={(e) => onChange(e.target.value)} {...named} />;
}

/**
 * The one text field. Its label stands above it and is its name for screen readers on both targets;
 * a problem is said in words under it and marks it aria-invalid. Several lines: a real <textarea> on
 * H5 (Taro's H5 Textarea is a web component whose inner field a name on the wrapper never reaches),
 * WeChat's own on weapp; both grow with the text. A field with `lines` or `counted` says how many characters are
 * written of how many allowed.
 */
export function TextField({ label, hint, value, onChange, maxLength, lines, counted, type = 'text', password, placeholder, error, children }: Props) {
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
        <GrowingTextarea value={value} maxLength={maxLength} onChange={onChange} {...named} />
      )}
      {(lines || counted) && <Text className="gov-note gov-field__count">{countInWords(value, maxLength)}</Text>}
      <Problem text={error} />
      {children}
    </View>
  );
}
