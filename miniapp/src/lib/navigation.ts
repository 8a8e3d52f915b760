import Taro from '@tarojs/taro';
import { ROUTES } from './routes';

export { ROUTES };

export function pageUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** WeChat keeps at most 10 pages on the stack; past that, replace the current page instead. */
export function openPage(path: string, params?: Record<string, string | number | undefined>): void {
  const url = pageUrl(path, params);
  const depth = Taro.getCurrentPages?.().length ?? 0;
  if (depth >= 9) void Taro.redirectTo({ url });
  else void Taro.navigateTo({ url });
}

/**
 * Opens `path`, or goes back when the page just below is that same page (same params): a resident
 * who came from a policy to its 解读 and taps 看文件原文 returns to the policy instead of stacking a
 * second copy that takes two 返回 to leave. Pages that cannot be told apart (no params known) open anew.
 */
export function openOrReturn(path: string, params: Record<string, string>): void {
  const stack = Taro.getCurrentPages?.() ?? [];
  // Not .at(-2): iOS before 15.4 has no Array.prototype.at, and WeChat runs on the phone's own engine.
  const below = stack[stack.length - 2] as { route?: string; options?: Record<string, string | undefined> } | undefined;
  const same =
    below?.route?.replace(/^\//, '') === path.replace(/^\//, '') &&
    below.options !== undefined &&
    Object.entries(params).every(([key, value]) => routeParam(below.options!, key) === value);
  if (same) goBack();
  else openPage(path, params);
}

/** Replaces this page (after a form was sent: going back cannot land on it again). */
export async function replacePage(path: string, params?: Record<string, string | number | undefined>): Promise<void> {
  await Taro.redirectTo({ url: pageUrl(path, params) });
}

export function goBack(): void {
  void Taro.navigateBack();
}

export function goHome(): void {
  void Taro.reLaunch({ url: ROUTES.home });
}

/** Router parameters arrive URI-encoded on some targets; decode once, tolerate bad input. */
export function routeParam(params: Record<string, string | undefined>, name: string): string {
  const raw = params[name] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
