import { useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Counts the times the page is shown again after another page (signing in on 我的, signing up, a
 * case worked on, a report sent): part of a load key, so what the page shows is current when one
 * comes back. A return is a show after a hide — not "every show but the first", which a part that
 * mounts late (after the staff sign-in is read) would see first on the way back, and miss.
 */
export function useReturnVisits(): number {
  const [visits, setVisits] = useState(0);
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (hidden.current) setVisits((n) => n + 1);
    hidden.current = false;
  });
  return visits;
}
