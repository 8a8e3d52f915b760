import Taro, { useDidShow } from '@tarojs/taro';

// What the pages ask of the phone or the browser, one behaviour per build, in one place: pages and
// components ask for what they need (copy this, open the map, scan a code) or whether it can be done
// here, never which build they run in. Nothing here shows a pop-up of ours; the caller says in the
// page what happened.
//
// Why one module asked at run time, not Taro's platform files (x.weapp.ts / x.h5.ts): the component
// tests run the H5 and the weapp flavour of the same page in one jest run (`asWeapp()` switches
// TARO_ENV per test), which module resolution fixed at start-up cannot do. In a build TARO_ENV is a
// constant (Taro's DefinePlugin), so isWeapp() always gives the same answer; the other target's few
// branches still ship but never run (docs/decisions/009-miniapp-kit-and-platform-module.md).

/** The WeChat mini-program build (else the H5 build in a browser or a kiosk). */
export const isWeapp = (): boolean => process.env.TARO_ENV === 'weapp';

/**
 * The title in WeChat's title bar (H5: the browser's tab) for a page whose config title does not say
 * what it shows now (发布政策文件's page correcting one: 修改政策文件). Set at each show, as WeChat and
 * Taro's H5 router put the config title back when a page is shown.
 */
export function usePageTitle(title: string): void {
  useDidShow(() => void Taro.setNavigationBarTitle({ title }).catch(() => undefined));
}

/** weapp: the camera reads QR codes and bar codes (H5 pages ask for the code to be typed instead). */
export const canScanCodes = isWeapp;

/** weapp: residents sign in with WeChat (`wx.login`); the H5 demo build has 测试登录 instead. */
export const hasWeChatSignIn = isWeapp;

/** weapp: WeChat's phone-number button (<Button openType="getPhoneNumber">) exists; H5 has none. */
export const hasPhoneNumberButton = isWeapp;

/** H5: the browser downloads files (a calendar entry, a QR code; see files.ts); weapp has no downloads. */
export const hasDownloads = (): boolean => !isWeapp();

/** H5: web pages outside the app (a live stream) open in a new tab; the mini-program may not open them. */
export const canOpenWebPages = (): boolean => !isWeapp();

/**
 * What the camera read, and the mini-program path when the code was one of ours; null when cancelled
 * or not possible here.
 */
export async function scanCode(): Promise<{ text: string; path?: string } | null> {
  if (!canScanCodes()) return null;
  try {
    const { result, path } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
    return result || path ? { text: result ?? '', path } : null;
  } catch {
    return null;
  }
}

/** H5: the browser can show its camera (getUserMedia); the door then reads codes with `loadQrScanner`. */
export const hasBrowserCamera = (): boolean => !isWeapp() && typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * H5: qr-scanner (the browser's own BarcodeDetector where there is one, else its worker; about 16 KB
 * gzip with the worker), fetched only when the door's camera is switched on. weapp has scanCode: the
 * constant condition keeps the library out of the weapp build.
 */
export async function loadQrScanner(): Promise<typeof import('qr-scanner').default | null> {
  if (process.env.TARO_ENV !== 'weapp') {
    return (await import('qr-scanner')).default;
  }
  return null;
}

/**
 * Copies text. H5 uses the browser's clipboard directly (Taro's H5 version would add a toast);
 * weapp's own "内容已复制" notice is WeChat's and cannot be left out.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!isWeapp() && typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}

/** Places a call (the phone asks first); the number as printed, separators allowed. */
export function callPhone(number: string): void {
  void Taro.makePhoneCall({ phoneNumber: number.replace(/[^\d+-]/g, '') }).catch(() => undefined);
}

/**
 * Opens a web address in a new browser tab (H5 only). The new tab gets no hold on ours; not with the
 * `noopener` feature, which makes window.open return null even when the tab opened, so the page could
 * not tell whether it worked.
 */
export function openInBrowser(url: string): boolean {
  if (!canOpenWebPages()) return false;
  try {
    const tab = window.open(url, '_blank');
    if (tab) tab.opener = null;
    return Boolean(tab);
  } catch {
    return false;
  }
}

type Place = { address: string; latitude: number; longitude: number };

/** A map page for a browser: 高德 (Amap) takes GCJ-02 coordinates, as the API stores them. */
const mapUrl = (place: Place, name: string) =>
  `https://uri.amap.com/marker?position=${place.longitude},${place.latitude}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=0`;

/** 在地图中打开: WeChat's own map on weapp, a map web page in a new tab on H5. */
export async function openMap(place: Place, name: string): Promise<boolean> {
  try {
    if (isWeapp()) {
      await Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name, address: place.address, scale: 16 });
      return true;
    }
    return openInBrowser(mapUrl(place, name));
  } catch {
    return false;
  }
}

/** The coordinate picker a desk browser opens: 高德's, which gives GCJ-02 (经度,纬度), as the API stores. */
export const COORDINATE_PICKER_URL = 'https://lbs.amap.com/tools/picker';

/**
 * 在地图上选地点 (staff writing an open day's venue): weapp, WeChat's own map picker, answering the
 * place chosen (null when cancelled or refused); H5, whose build has no map service of its own (a map
 * SDK needs a key and the network), a coordinate-picker web page in a new tab ('opened': the clerk
 * copies the coordinates back into the form) or null when the browser blocked the tab.
 */
export async function pickPlaceOnMap(): Promise<Place | 'opened' | null> {
  if (!isWeapp()) return openInBrowser(COORDINATE_PICKER_URL) ? 'opened' : null;
  try {
    const { address, name, latitude, longitude } = await Taro.chooseLocation({});
    // WeChat gives the place's name (区民政局) and its street address separately: both are useful at the door.
    const written = [address, name].filter(Boolean).join(' ');
    return written ? { address: written, latitude, longitude } : null;
  } catch {
    return null;
  }
}

/**
 * WeChat's own font size as a factor (1 = standard; its 关怀模式 is about 1.4). H5 follows the
 * browser's font size instead: 1 there.
 */
export function wechatFontScale(): number {
  if (!isWeapp()) return 1;
  try {
    const factor = Number((Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined)?.fontSizeScaleFactor);
    return Number.isFinite(factor) && factor > 0 ? factor : 1;
  } catch {
    return 1; // older base libraries
  }
}
