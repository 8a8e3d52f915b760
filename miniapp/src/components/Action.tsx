import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';
import { fitsAnyLine, Phrases } from './Phrases';

type Props = {
  children: ReactNode;
  onClick: () => void;
  /** primary: filled; plain: outlined; link: a text link with a full-size tap area. */
  kind?: 'primary' | 'plain' | 'link';
  disabled?: boolean;
  /** For a button that stays pressed (a chosen option): its state, also said in words by the caller. */
  pressed?: boolean;
  role?: 'button' | 'link';
  label?: string;
  className?: string;
};

/**
 * The one button: never smaller than the mode's tap target, text at body size or larger. On H5
 * Taro renders <Button> as a <div>, so the role, focus and keys a real button has are given here.
 * Its words wrap only between words (工作台（今天的工作、 / 发布政策）, never 工 / 作; 按部门看：全部部门 /
 * （共 13 个）, never 全部 / 部门).
 */
export function Action({ children, onClick, kind = 'primary', disabled, pressed, role = 'button', label, className }: Props) {
  const classes = ['gov-action', `gov-action--${kind}`, className].filter(Boolean).join(' ');
  const activate = () => !disabled && onClick();
  // Its words as phrases, named by its words whole (a screen reader would otherwise hear 工作 台).
  const phrased = typeof children === 'string' && !fitsAnyLine(children) ? children : undefined;
  return (
    <Button
      className={classes}
      onClick={activate}
      disabled={disabled}
      hoverClass="none"
      role={role}
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled || undefined}
      {...keyboardActivation(activate)}
      aria-pressed={pressed}
      aria-label={label ?? phrased}
    >
      {phrased ? <Phrases breaks="words" text={phrased} /> : children}
    </Button>
  );
}

/** The button that sends something: disabled while it is being sent, and saying so (正在提交……). */
export function SendAction({ busy, busyText = '正在提交……', children, ...props }: Omit<Props, 'disabled' | 'children'> & { busy: boolean; busyText?: string; children: string }) {
  return (
    <Action {...props} disabled={busy}>
      {busy ? busyText : children}
    </Action>
  );
}

/** Buttons that go together (停用 and 重设密码 on an account): one under the other on a phone, side by side on a staff page at a desk. */
export function ActionRow({ children }: { children: ReactNode }) {
  return <View className="gov-action-row">{children}</View>;
}
