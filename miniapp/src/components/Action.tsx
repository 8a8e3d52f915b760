import type { ReactNode } from 'react';
import { Button } from '@tarojs/components';

type Props = {
  children: ReactNode;
  onClick: () => void;
  /** primary: filled; plain: outlined; link: a text link with a full-size tap area. */
  kind?: 'primary' | 'plain' | 'link';
  disabled?: boolean;
  /** For a switch-like button: its state, also said in words by the caller. */
  pressed?: boolean;
  role?: 'switch' | 'button' | 'link';
  label?: string;
  className?: string;
};

/** The one button: never smaller than the mode's tap target, text at body size or larger. */
export function Action({ children, onClick, kind = 'primary', disabled, pressed, role, label, className }: Props) {
  const classes = ['gov-action', `gov-action--${kind}`, className].filter(Boolean).join(' ');
  return (
    <Button
      className={classes}
      onClick={() => !disabled && onClick()}
      disabled={disabled}
      hoverClass="none"
      role={role}
      aria-checked={role === 'switch' ? pressed : undefined}
      aria-pressed={role !== 'switch' && pressed !== undefined ? pressed : undefined}
      aria-label={label}
    >
      {children}
    </Button>
  );
}
