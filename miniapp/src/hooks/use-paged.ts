import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/request';

export type PageOf<T, Extra> = { items: T[]; hasNextPage: boolean; endCursor: string | null; extra?: Extra };

type State<T, Extra> = {
  items: T[];
  extra?: Extra;
  endCursor: string | null;
  hasNextPage: boolean;
  status: 'loading' | 'ready' | 'error' | 'loading-more' | 'error-more';
  error?: string;
};

/**
 * A list read page by page with 加载更多 (every step a tap, no endless scrolling). A new `key` starts
 * over; a late answer for an old key is dropped. `update` changes one loaded item in place (after a
 * follow-up rating, a step on a case) without reading the list again.
 */
export function usePaged<T, Extra = undefined>(load: (after: string | null) => Promise<PageOf<T, Extra>>, key: string) {
  const [state, setState] = useState<State<T, Extra>>({ items: [], endCursor: null, hasNextPage: false, status: 'loading' });
  const run = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetch = useCallback((after: string | null) => {
    const thisRun = after ? run.current : ++run.current;
    setState((s) => (after ? { ...s, status: 'loading-more' } : { items: [], endCursor: null, hasNextPage: false, status: 'loading' }));
    loadRef.current(after).then(
      (page) => {
        if (thisRun !== run.current) return;
        setState((s) => ({
          items: [...(after ? s.items : []), ...page.items],
          extra: page.extra ?? s.extra,
          endCursor: page.endCursor,
          hasNextPage: page.hasNextPage,
          status: 'ready',
        }));
      },
      (error: unknown) => {
        if (thisRun !== run.current) return;
        const message = error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。';
        setState((s) => ({ ...s, status: after ? 'error-more' : 'error', error: message }));
      },
    );
  }, []);

  useEffect(() => fetch(null), [fetch, key]);

  return {
    ...state,
    reload: () => fetch(null),
    more: () => fetch(state.endCursor),
    update: (match: (item: T) => boolean, change: (item: T) => T) =>
      setState((s) => ({ ...s, items: s.items.map((item) => (match(item) ? change(item) : item)) })),
  };
}
