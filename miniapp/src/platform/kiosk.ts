import { isWeapp } from './index';

// The self-service kiosk in the 政务公开专区 runs the H5 pages in a browser that strangers share.
// Its start address says so: https://HOST/?kiosk=<seconds> (the hash router keeps the query for the
// whole visit). Whoever walks away signed in is signed out after that many seconds without a touch
// or a key, and the kiosk goes back to the home page for the next person.

/** Idle time before the kiosk signs out, when `?kiosk` gives none or a wrong one. */
export const KIOSK_IDLE_SECONDS = 180;

/** H5 kiosk: seconds without input before signing out; null when this is not a kiosk (or on weapp). */
export function kioskIdleSeconds(): number | null {
  if (isWeapp() || typeof window === 'undefined') return null;
  const value = new URLSearchParams(window.location.search).get('kiosk');
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 2 ? seconds : KIOSK_IDLE_SECONDS;
}

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Calls `onIdle` after `seconds` without a touch, a click or a key, and again after each new quiet spell. */
export function watchIdle(seconds: number, onIdle: () => void): () => void {
  let timer = setTimeout(onIdle, seconds * 1000);
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, seconds * 1000);
  };
  for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true, capture: true });
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
  };
}
