import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ApiError, failureWords, request } from '../api/request';
import { PollScanSignInDocument, StartScanSignInDocument } from '../generated/operations';
import { svgDataUrl } from '../lib/qr-image';
import { saveSession } from './store';

// 扫码登录 on H5 (api/src/scan-sign-in): the page shows a QR code the resident scans with WeChat and
// asks the API every few seconds where it stands: 已扫码 once the phone opened it, and the first answer
// after 确认登录 carries the session, kept like any other sign-in. The secret stays in this page's
// memory only.

/** How often the page asks; two minutes of it are at most 60 small requests. */
export const POLL_SECONDS = 2;

export type ScanSignInState =
  | { kind: 'loading' }
  | { kind: 'showing'; code: string; qr: string | null; expiresAt: string }
  | { kind: 'scanned'; expiresAt: string }
  | { kind: 'refused' }
  | { kind: 'expired' }
  | { kind: 'failed'; message: string };

/** The QR code and where it stands; `renew` asks for a new one (after a scan, 取消, expiry or a failure). */
export function useScanSignIn(): { state: ScanSignInState; renew: () => void } {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<ScanSignInState>({ kind: 'loading' });
  // A tab left for another stays alive (H5 and WeChat keep tab pages): it stops asking while out of
  // sight, and coming back shows a fresh code, the old one's two minutes being mostly spent.
  const [inSight, setInSight] = useState(true);
  useDidShow(() => setInSight(true));
  useDidHide(() => setInSight(false));

  useEffect(() => {
    if (!inSight) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (next: ScanSignInState) => !stopped && setState(next);
    setState({ kind: 'loading' });

    const poll = async (started: { code: string; secret: string; expiresAt: string }) => {
      if (stopped) return;
      try {
        const { pollScanSignIn } = await request(PollScanSignInDocument, { code: started.code, secret: started.secret });
        if (stopped) return;
        if (pollScanSignIn.session) return saveSession(pollScanSignIn.session);
        if (pollScanSignIn.status === 'REFUSED') return show({ kind: 'refused' });
        if (pollScanSignIn.status === 'EXPIRED') return show({ kind: 'expired' });
        if (pollScanSignIn.status === 'SCANNED') show({ kind: 'scanned', expiresAt: started.expiresAt });
      } catch (error) {
        // A lost connection is asked again; an answer the API refused (a used code) ends this code.
        if (!(error instanceof ApiError && error.offline)) return show({ kind: 'failed', message: failureWords(error) });
      }
      timer = setTimeout(() => void poll(started), POLL_SECONDS * 1000);
    };

    request(StartScanSignInDocument).then(
      ({ startScanSignIn: started }) => {
        show({ kind: 'showing', code: started.code, qr: svgDataUrl(started.qrSvg), expiresAt: started.expiresAt });
        timer = setTimeout(() => void poll(started), POLL_SECONDS * 1000);
      },
      (error: unknown) => show({ kind: 'failed', message: failureWords(error) }),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [round, inSight]);

  return { state, renew: () => setRound((n) => n + 1) };
}
