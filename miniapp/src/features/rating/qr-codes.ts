// 服务二维码 (staff) in words and names: which code is which, the downloaded file's name, the
// windows as typed, the page's own H5 address. No Taro import here: pure functions the page and its
// tests share.
import type { ServiceChannel } from '../../generated/operations';
import { ROUTES } from '../../lib/routes';

/** What a code is for: the whole service, or one window (the caption says the rest). */
export const codeTitle = (window: string | null | undefined): string => (window ? `${window}号窗口的二维码` : '整项服务的二维码（不分窗口）');

/**
 * A file name from the code's caption (区民政局 · 最低生活保障申请 · 3号窗口 → 区民政局-最低生活保障申请-3号窗口.svg):
 * the separators become dashes, characters Windows or macOS refuse in a name become `_`, and it stays
 * short enough for every file system.
 */
export function qrFileName(caption: string, extension: 'svg' | 'png'): string {
  const name = caption
    .replace(/\s*·\s*/gu, '-')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
    .slice(0, 80);
  return `${name || '评价二维码'}.${extension}`;
}

/** 窗口号 as staff type them: separated by 、，, ; or spaces (1、2、A12). The API checks each one. */
export const splitWindows = (typed: string): string[] =>
  typed
    .split(/[、，,;；\s]+/u)
    .map((w) => w.trim())
    .filter(Boolean);

export const CHANNEL_LABELS: Record<ServiceChannel, string> = { WINDOW: '窗口办理', ONLINE: '网上办理', HOTLINE: '电话办理' };

/** The fields of the add-service form. */
export type ServiceField = 'name' | 'channel' | 'windows' | 'description' | 'department';

/**
 * The form field an API refusal names (`extensions.field`: name, windows, windows.2, …), or null
 * for a refusal of the whole form (a service of that name exists already, no right to that department).
 */
export function formFieldOf(apiField: string | undefined): { field: ServiceField; index: number | null } | null {
  const match = /^(name|channel|windows|description|department)(?:\.(\d+))?$/u.exec(apiField ?? '');
  if (!match) return null;
  return { field: match[1] as ServiceField, index: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * The H5 address of this page for one department, from a rating link's H5 address (PUBLIC_BASE_URL
 * plus the hash route): what staff on the mini-program copy to open on a computer and download there.
 */
export function qrPageAddress(h5Url: string, department: string): string | null {
  const at = h5Url.indexOf('/#/');
  if (at < 0) return null;
  return `${h5Url.slice(0, at)}/#${ROUTES.ratingQrCodes}?department=${encodeURIComponent(department)}`;
}

/** Department names in the order given (the API sorts services by department), each once, none empty. */
export function departmentsOf(names: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const name of names) if (name && !out.includes(name)) out.push(name);
  return out;
}
