import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';

/**
 * Counts the times the page is shown again after another page (signing in on 我的, signing up, a
 * case worked on, a report sent): part of a load key, so what the page shows is current when one
 * comes back.
 */
export function useReturnVisits(): number {
  const [visits, setVisits] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisits((n) => n + 1);
    shown.current = true;
  });
  return visits;
}
