import Taro from '@tarojs/taro';
import { isWeapp } from './index';

// Jumps within a long page (contents, 回到顶部, a search result opening a policy at a section).
// At once, never a scrolling animation: nothing on screen moves by itself.

/** H5: the element with this id on the page in view (Taro keeps earlier pages of the stack in the document, hidden). */
function shownElement(id: string): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>(`[id="${id}"]`)).find((element) => element.getClientRects().length > 0);
}

/**
 * Shows the element with this id at the top of the screen, once the page has drawn it. weapp: the
 * page scrolls to it (`pageScrollTo` with a selector). H5: it is scrolled into view and takes the
 * focus, so a screen reader or a keyboard carries on from there.
 */
export function scrollToAnchor(id: string): void {
  if (isWeapp()) {
    Taro.nextTick(() => void Taro.pageScrollTo({ selector: `#${id}`, duration: 0 }).catch(() => undefined));
    return;
  }
  setTimeout(() => {
    const element = shownElement(id);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }, 0);
}
