import Taro from '@tarojs/taro';
import { saveBlob } from '../../lib/download';

// What an open-day page asks of the phone or browser — the map, the clipboard, the calendar, WeChat
// reminders, the camera — in one place, with one behaviour per target. Nothing here shows a pop-up
// of ours; each caller says in the page what happened.

const weapp = () => process.env.TARO_ENV === 'weapp';

type Place = { address: string; latitude: number; longitude: number };

/** A map page for a browser: 高德 (Amap) takes GCJ-02 coordinates, as the API stores them. */
export const mapUrl = (place: Place, name: string) =>
  `https://uri.amap.com/marker?position=${place.longitude},${place.latitude}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=0`;

/** 在地图中打开: WeChat's own map on weapp, a map web page in a new tab on H5. */
export async function openMap(place: Place, name: string): Promise<boolean> {
  try {
    if (weapp()) {
      await Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name, address: place.address, scale: 16 });
      return true;
    }
    return openInBrowser(mapUrl(place, name));
  } catch {
    return false;
  }
}

/**
 * Opens a web address in a new browser tab (H5 only: the mini-program may not open outside pages).
 * The new tab gets no hold on ours; not with the `noopener` feature, which makes window.open return
 * null even when the tab opened, so the page could not tell whether it worked.
 */
export function openInBrowser(url: string): boolean {
  if (weapp()) return false;
  try {
    const tab = window.open(url, '_blank');
    if (tab) tab.opener = null;
    return Boolean(tab);
  } catch {
    return false;
  }
}

/**
 * Copies text. H5 uses the browser's clipboard directly (Taro's H5 version would add a toast);
 * weapp's own "内容已复制" notice is WeChat's and cannot be left out.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!weapp() && typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}

/** H5: saves the event's iCalendar file, which phones and computers add to their calendar when opened. */
export function downloadCalendar(ics: string, fileName: string): boolean {
  return saveBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), fileName);
}

/**
 * The subscribe-message templates a resident is asked to allow after signing up (reminder the day
 * before, a seat freed for them, the event cancelled): ids fixed at build time from the same
 * WECHAT_TEMPLATE_<NAME> settings as the API's; none on H5 or when not configured.
 */
export function reminderTemplateIds(): string[] {
  if (!weapp() || typeof GOVOPEN_EVENT_TEMPLATE_IDS === 'undefined' || !Array.isArray(GOVOPEN_EVENT_TEMPLATE_IDS)) return [];
  return GOVOPEN_EVENT_TEMPLATE_IDS.filter((id): id is string => typeof id === 'string' && id.length > 0).slice(0, 3);
}

/** Asks WeChat to let GovOpen send the reminders; must follow a tap. */
export async function requestReminders(): Promise<'accepted' | 'declined' | 'failed'> {
  const tmplIds = reminderTemplateIds();
  if (!tmplIds.length) return 'failed';
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    return tmplIds.some((id) => result[id] === 'accept') ? 'accepted' : 'declined';
  } catch {
    return 'failed';
  }
}

/** weapp: WeChat's phone-number button (<Button openType="getPhoneNumber">) exists; H5 has none. */
export const phoneNumberButtonAvailable = () => weapp();

/** weapp: the camera reads a QR code; null when cancelled or not available (H5: type the code). */
export async function scanCode(): Promise<string | null> {
  if (!weapp()) return null;
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
    return result || null;
  } catch {
    return null;
  }
}
