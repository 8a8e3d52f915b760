import { useEffect, useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { readAloud } from '../read-aloud';

export type ReadingState = 'idle' | 'speaking' | 'paused';

/** One page's read-aloud: what it is doing and where it started, shared by the page's 朗读 buttons. */
export type Reading = {
  available: boolean;
  state: ReadingState;
  /** Where the current reading started: a section's id, or '' for the whole text; null when idle. */
  from: string | null;
  /** Reads `parts` in order (a section's parts and all after it, for 从这里朗读). */
  start(parts: string[], from?: string): void;
  pause(): void;
  resume(): void;
  stop(): void;
};

/** Stops when the page is left or hidden; reading to the end makes it idle again. */
export function useReadAloud(): Reading {
  const reader = readAloud();
  const [{ state, from }, setStatus] = useState<{ state: ReadingState; from: string | null }>({ state: 'idle', from: null });
  const idle = () => setStatus({ state: 'idle', from: null });

  useEffect(() => () => reader.stop(), [reader]);
  useDidHide(() => {
    reader.stop();
    idle();
  });

  return {
    available: reader.available(),
    state,
    from,
    start(parts, startedAt = '') {
      setStatus({ state: 'speaking', from: startedAt });
      reader.speak(parts, idle);
    },
    pause() {
      reader.pause();
      setStatus({ state: 'paused', from });
    },
    resume() {
      reader.resume();
      setStatus({ state: 'speaking', from });
    },
    stop() {
      reader.stop();
      idle();
    },
  };
}
