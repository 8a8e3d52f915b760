import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, FONT_STEPS, type Settings } from '../theme';
import { readStored, writeStored } from '../lib/storage';
import { wechatFontScale } from '../platform';

/** The resident's display choices, remembered across visits. */
export const SETTINGS_KEY = 'govopen.settings.v1';

let current: Settings | undefined;
const listeners = new Set<() => void>();

function sanitize(raw: Partial<Settings> | undefined): Settings {
  const step = Number(raw?.fontStep);
  return {
    elder: raw?.elder === true,
    fontStep: Number.isInteger(step) && step >= 0 && step < FONT_STEPS.length ? step : DEFAULT_SETTINGS.fontStep,
    highContrast: raw?.highContrast === true,
    simple: raw?.simple === true,
  };
}

export function getSettings(): Settings {
  current ??= sanitize(readStored<Partial<Settings>>(SETTINGS_KEY));
  return current;
}

export function updateSettings(change: Partial<Settings>): Settings {
  current = sanitize({ ...getSettings(), ...change });
  writeStored(SETTINGS_KEY, current);
  listeners.forEach((listener) => listener());
  return current;
}

/** Forget the in-memory copy so the next read comes from storage (tests; a new visit). */
export function reloadSettings(): void {
  current = undefined;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}

/**
 * WeChat's own font size as a factor (1 = standard; its 关怀模式 is about 1.4). Read once: WeChat
 * restarts the mini-program when the resident changes it. H5 follows the browser instead (1 here).
 */
let systemScale: number | undefined;
export function systemFontScale(): number {
  systemScale ??= wechatFontScale();
  return systemScale;
}
