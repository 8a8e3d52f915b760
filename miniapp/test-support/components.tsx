// Jest stand-in for @tarojs/components: each Taro component as the DOM element it becomes on H5
// (with `useHtmlComponents`), so tests query what a resident would see and tap.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };

const TARO_ONLY = new Set(['hoverClass', 'userSelect', 'selectable', 'confirmType', 'mode', 'focus', 'onInput', 'onConfirm', 'autoHeight']);

function domProps(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) if (!TARO_ONLY.has(key)) out[key === 'ariaLabel' ? 'aria-label' : key] = value;
  return out;
}

const element = (tag: string) =>
  function TaroComponent(props: Props) {
    return createElement(tag, domProps(props), props.children);
  };

export const View = element('div');
export const Text = element('span');
type PhoneNumberDetail = { errMsg: string; code?: string };
const REFUSED: PhoneNumberDetail = { errMsg: 'getPhoneNumber:fail user deny' };
let nextPhoneNumberAnswer = REFUSED;

/** What WeChat answers the next tap on a getPhoneNumber button with (after it, a refusal again). */
export function answerPhoneNumberButton(detail: PhoneNumberDetail): void {
  nextPhoneNumberAnswer = detail;
}

// Taro's H5 <Button> is a <div> too: tests see only the role, focus and keys our code gives it. A
// weapp `openType="getPhoneNumber"` button answers a tap as WeChat does, with `onGetPhoneNumber`.
export function Button({ openType, onGetPhoneNumber, ...props }: Props) {
  const onClick = (event: unknown) => {
    (props.onClick as ((event: unknown) => void) | undefined)?.(event);
    if (openType !== 'getPhoneNumber' || props.disabled) return;
    const detail = nextPhoneNumberAnswer;
    nextPhoneNumberAnswer = REFUSED;
    (onGetPhoneNumber as ((event: { detail: PhoneNumberDetail }) => void) | undefined)?.({ detail });
  };
  return createElement('div', { ...domProps(props), ...(openType ? { 'data-open-type': openType, role: 'button' } : {}), onClick }, props.children);
}
// H5 names the picture with `imgProps.alt` (Taro renders <div><img {...imgProps}></div>), weapp with aria-label.
export const Image = ({ imgProps, ...props }: Props) =>
  createElement('img', { ...domProps(props), alt: (imgProps as { alt?: string } | undefined)?.alt ?? (props['aria-label'] as string) });
export const PageMeta = () => null;

/**
 * A text field as on H5: `onInput` gets `{ detail: { value } }`; Taro's `password` and `maxlength` become
 * DOM ones, and `nativeProps` land on the field itself (as Taro's H5 Textarea puts them on its <textarea>).
 */
function field(tag: 'input' | 'textarea') {
  return function TaroField(props: Props) {
    const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined;
    const onConfirm = props.onConfirm as ((e: { detail: { value: string } }) => void) | undefined;
    const { password, maxlength, nativeProps, ...rest } = props;
    return createElement(tag, {
      ...domProps(rest),
      ...(nativeProps as Props | undefined),
      ...(password ? { type: 'password' } : {}),
      ...(maxlength !== undefined ? { maxLength: maxlength } : {}),
      autoFocus: Boolean(props.focus),
      onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
      onKeyDown: (e: { key: string; currentTarget: { value: string } }) => {
        if (e.key === 'Enter' && tag === 'input') onConfirm?.({ detail: { value: e.currentTarget.value } });
      },
    });
  };
}

export const Input = field('input');
export const Textarea = field('textarea');

let nextPickerAnswer: string | null = null;

/** What WeChat's picker answers the next tap with, as if the clerk turned its wheels and tapped 确定. */
export function answerPicker(value: string): void {
  nextPickerAnswer = value;
}

/** weapp's Picker: a tap opens WeChat's own wheels; here it answers with `answerPicker`'s value (none: cancelled). */
export function Picker({ mode, value, start, end, onChange, children }: Props) {
  const onClick = () => {
    const answer = nextPickerAnswer;
    nextPickerAnswer = null;
    if (answer !== null) (onChange as (event: { detail: { value: string } }) => void)({ detail: { value: answer } });
  };
  return createElement('div', { 'data-picker': mode, 'data-value': value, 'data-start': start, 'data-end': end, onClick }, children);
}
