import { useCallback, useEffect, useRef, useState } from 'react';
import { failureWords } from '../api/request';

/** One page of a list, as every `…Connection` of the API gives it (see `pageOf`). */
export type Page<T> = { items: T[]; hasNextPage: boolean; endCursor: string | null };

type Connection<T> = { edges: ReadonlyArray<{ node: T }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** A connection's nodes as a page. */
export const pageOf = <T,>(connection: Connection<T>): Page<T> => ({
  items: connection.edges.map((edge) => edge.node),
  hasNextPage: connection.pageInfo.hasNextPage,
  endCursor: connection.pageInfo.endCursor,
});

type PagedStatus = 'loading' | 'ready' | 'error' | 'loading-more' | 'error-more';

type State<T, Extra> = Page<T> & { key: string; extra?: Extra; status: PagedStatus; error: string };

export type Paged<T, Extra = undefined> = State<T, Extra> & {
  /** Reads the first page again. */
  reload: () => void;
  /** Reads the next page (after a failure: the same one again). */
  more: () => void;
  /** Changes loaded items in place (after a follow-up rating, a step on a case) without reading again. */
  update: (match: (item: T) => boolean, change: (item: T) => T) => void;
};

/**
 * A list read page by page, each further page after a tap on 加载更多 (no endless scrolling: every
 * step is a tap). The first page is read for each `key` — or comes with something else (`initial`: a
 * project's first updates). A late answer for an earlier key or an earlier reading is dropped.
 * `extra` is anything the page's request brought besides the items (the rating levels).
 */
export function usePaged<T, Extra = undefined>(
  load: (after: string | null) => Promise<Page<T> & { extra?: Extra }>,
  key: string,
  initial?: Page<T>,
): Paged<T, Extra> {
  const fresh = (): State<T, Extra> => ({ key, items: [], hasNextPage: false, endCursor: null, ...initial, status: initial ? 'ready' : 'loading', error: '' });
  const [state, setState] = useState(fresh);
  const loadRef = useRef(load);
  loadRef.current = load;
  const reading = useRef(0);

  const read = useCallback((forKey: string, after: string | null) => {
    const thisReading = after ? reading.current : ++reading.current;
    setState((s) => (after ? { ...s, status: 'loading-more', error: '' } : { ...s, key: forKey, items: [], status: 'loading', error: '' }));
    loadRef.current(after).then(
      (page) => {
        if (thisReading !== reading.current) return;
        setState((s) => ({ ...page, key: forKey, items: after ? [...s.items, ...page.items] : page.items, extra: page.extra ?? s.extra, status: 'ready', error: '' }));
      },
      (error: unknown) => {
        if (thisReading !== reading.current) return;
        setState((s) => ({ ...s, status: after ? 'error-more' : 'error', error: failureWords(error) }));
      },
    );
  }, []);

  useEffect(() => {
    if (!initial) return read(key, null);
    reading.current += 1;
    setState(fresh());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Between a new key and its first reading, nothing of the old key's list is shown.
  const current = state.key === key ? state : fresh();
  return {
    ...current,
    reload: () => read(key, null),
    more: () => read(key, current.endCursor),
    update: (match, change) => setState((s) => ({ ...s, items: s.items.map((item) => (match(item) ? change(item) : item)) })),
  };
}
