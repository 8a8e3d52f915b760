import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/request';

export type Page<T> = { items: T[]; hasNextPage: boolean; endCursor: string | null };

type State<T> = { key: string; items: T[]; hasNextPage: boolean; endCursor: string | null; phase: 'loading' | 'ready' | 'failed'; busy: boolean; error: string };

const words = (error: unknown) => (error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。');

/**
 * A list read a page at a time, each further page after a tap on 加载更多 (no endless scrolling).
 * `initial` is a first page that came with something else (a project's first updates); otherwise the
 * first page is read for each `key`. A late answer for an earlier key is dropped.
 */
export function usePages<T>(load: (after: string | null) => Promise<Page<T>>, key: string, initial?: Page<T>) {
  const fresh = (): State<T> => ({ key, items: initial?.items ?? [], hasNextPage: initial?.hasNextPage ?? false, endCursor: initial?.endCursor ?? null, phase: initial ? 'ready' : 'loading', busy: false, error: '' });
  const [state, setState] = useState<State<T>>(fresh);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyRef = useRef(key);
  keyRef.current = key;

  const read = useCallback((forKey: string, after: string | null) => {
    setState((s) => (after ? { ...s, busy: true, error: '' } : { ...s, key: forKey, items: [], phase: 'loading', error: '' }));
    loadRef.current(after).then(
      (page) =>
        keyRef.current === forKey &&
        setState((s) => ({ ...s, key: forKey, items: after ? [...s.items, ...page.items] : page.items, hasNextPage: page.hasNextPage, endCursor: page.endCursor, phase: 'ready', busy: false })),
      (error: unknown) => keyRef.current === forKey && setState((s) => ({ ...s, phase: after ? s.phase : 'failed', busy: false, error: words(error) })),
    );
  }, []);

  useEffect(() => {
    if (initial) setState(fresh());
    else read(key, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const current = state.key === key ? state : { ...fresh(), phase: initial ? ('ready' as const) : ('loading' as const) };
  return {
    ...current,
    retry: () => read(key, null),
    more: () => read(key, current.endCursor),
    /** Puts an item first (what the user just added) without reading the list again. */
    prepend: (item: T) => setState((s) => ({ ...s, items: [item, ...s.items] })),
  };
}
