import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from '../../components/Action';
import { Problem } from '../../components/Messages';
import { loadQrScanner } from '../../platform';

type Scanner = { start(): Promise<void>; stop(): void; destroy(): void };

/** The same code read again within this time is the same person still holding it up. */
const SAME_CODE_MS = 4000;

/** Why the camera did not open, in words for the clerk (qr-scanner rejects with a string or an Error). */
function cameraProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : String(error);
  if (/NotAllowed|Permission/i.test(name)) return '没能打开摄像头：浏览器没有允许使用摄像头。请在浏览器设置里允许后再试，或者在下面输入签到码。';
  if (/NotFound|Camera not found/i.test(name)) return '没能打开摄像头：这台设备没有找到摄像头。请在下面输入签到码。';
  return '没能打开摄像头。请在下面输入签到码。';
}

/**
 * H5 at the door: the browser's camera reads the resident's QR code and hands its text to
 * `onCode`, once per code while it is held up. The QR library is fetched when the camera is
 * switched on, never with the page.
 */
export function CameraDoor({ onCode, busy }: { onCode: (code: string) => void; busy: boolean }) {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState('');
  const video = useRef<HTMLVideoElement | null>(null);
  const handler = useRef(onCode);
  handler.current = onCode;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    if (!on || !video.current) return;
    let scanner: Scanner | null = null;
    let stopped = false;
    let last = { text: '', at: 0 };
    void (async () => {
      try {
        const QrScanner = await loadQrScanner();
        if (!QrScanner || stopped || !video.current) return;
        scanner = new QrScanner(
          video.current,
          ({ data }) => {
            const now = Date.now();
            if (!data || busyRef.current || (data === last.text && now - last.at < SAME_CODE_MS)) return;
            last = { text: data, at: now };
            handler.current(data);
          },
          { preferredCamera: 'environment', returnDetailedScanResult: true, maxScansPerSecond: 10 },
        );
        await scanner.start();
      } catch (error) {
        if (!stopped) {
          setProblem(cameraProblem(error));
          setOn(false);
        }
      }
    })();
    return () => {
      stopped = true;
      scanner?.stop();
      scanner?.destroy();
    };
  }, [on]);

  return (
    <View role="group" aria-label="摄像头扫码">
      {on ? (
        <View>
          <Text className="gov-note" role="status">
            摄像头已打开：请居民把签到二维码对准摄像头。
          </Text>
          <video className="event-camera" ref={video} muted playsInline aria-label="摄像头画面" />
          <Action kind="plain" onClick={() => setOn(false)}>
            关闭摄像头
          </Action>
        </View>
      ) : (
        <Action
          onClick={() => {
            setProblem('');
            setOn(true);
          }}
        >
          用摄像头扫码签到
        </Action>
      )}
      <Problem text={problem} />
    </View>
  );
}
