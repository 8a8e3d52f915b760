import { isWeapp } from '../platform';

/**
 * Taro's H5 <Button> and our tappable cards render as <div>s. With role and tabIndex set by the
 * caller, these props make Enter and Space activate them as a real button or link would (a kiosk
 * keyboard, a screen reader). weapp has no keyboard events: nothing is bound there.
 */
export function keyboardActivation(onActivate: () => void): { onKeyDown?: (event: KeyEvent) => void } {
  if (isWeapp()) return {};
  return {
    onKeyDown(event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onActivate();
      }
    },
  };
}

type KeyEvent = { key: string; preventDefault(): void };
