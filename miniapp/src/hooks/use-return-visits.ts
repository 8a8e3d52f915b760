import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { currentSession } from '../session/store';

/**
 * Counts the times the page is shown again after another page (signing in on 我的, signing up,
 * cancelling): part of a load key, so what the page shows is current when the resident comes back.
 * A session that ran out meanwhile is dropped first.
 */
export function useReturnVisits(): number {
  const [visits, setVisits] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    currentSession();
    if (shown.current) setVisits((n) => n + 1);
    shown.current = true;
  });
  return visits;
}
