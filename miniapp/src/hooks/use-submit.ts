import { useCallback, useRef, useState } from 'react';
import { ApiError, toApiError } from '../api/request';

export type Submit = {
  busy: boolean;
  error: ApiError | null;
  /** Runs `send` unless a send is under way (a double tap sends once); errors end up in `error`. */
  run: (send: () => Promise<unknown>) => void;
  /** Shows a message of our own (a form rule), as a failure would be shown. */
  fail: (message: string) => void;
  /** Free again after a success kept busy, when the page offers another (再提一条); nothing while a send is under way. */
  reset: () => void;
};

/**
 * One submission at a time. The guard is a ref, set before the first await: a second tap arriving
 * before React has re-rendered the disabled button is still refused. After a success `busy` stays
 * true (`keepBusy`) when the page moves on, so nothing can send again in between, until `reset`.
 */
export function useSubmit(keepBusy = false): Submit {
  const state = useRef<'free' | 'sending' | 'sent'>('free');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    (send: () => Promise<unknown>) => {
      if (state.current !== 'free') return;
      state.current = 'sending';
      setBusy(true);
      setError(null);
      send().then(
        () => {
          if (keepBusy) {
            state.current = 'sent';
            return;
          }
          state.current = 'free';
          setBusy(false);
        },
        (failure: unknown) => {
          state.current = 'free';
          setBusy(false);
          setError(toApiError(failure));
        },
      );
    },
    [keepBusy],
  );
  const fail = useCallback((message: string) => setError(new ApiError(message, 'BAD_USER_INPUT')), []);
  const reset = useCallback(() => {
    if (state.current === 'sending') return;
    state.current = 'free';
    setBusy(false);
    setError(null);
  }, []);
  return { busy, error, run, fail, reset };
}
