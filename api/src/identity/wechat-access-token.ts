import type { WeChatConfig } from '../core/config';

// WeChat's server-side access token (/cgi-bin/token), shared by everything that calls WeChat on the
// mini-program's behalf: subscribe messages (events/wechat-notifier.ts) and the phone-number button
// (identity/wechat-phone.ts). One cache per process: asking /cgi-bin/token again makes WeChat retire
// the previous token, so two caches would keep spoiling each other's.

/** Answers of WeChat that mean the access token is no longer accepted: fetch a new one and try once more. */
export const STALE_TOKEN_CODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

const REQUEST_TIMEOUT_MS = 5000;

/** What WeChat's server APIs answer: `errcode` 0 or absent on success, plus each API's own fields. */
export interface WeChatAnswer {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** Calls one of WeChat's server APIs and reads its JSON answer (WeChat sends it as text/plain at times). */
export async function callWeChat(fetchImpl: typeof fetch, url: URL, init?: RequestInit): Promise<WeChatAnswer> {
  const response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return (await response.json()) as WeChatAnswer;
}

/** WeChat gave no access token (wrong app id or secret, WeChat busy …). */
export class WeChatTokenError extends Error {
  constructor(readonly errcode: number, readonly errmsg: string) {
    super(`WeChat gave no access token: ${errcode} ${errmsg}`);
  }
}

export interface WeChatAccessToken {
  /** A token, from the cache while it is fresh; concurrent callers share one request to WeChat. */
  get(): Promise<string>;
  /** WeChat refused `stale`: forget it, so the next get() fetches a new one (a newer token is kept). */
  invalidate(stale: string): void;
}

export function createWeChatAccessToken(wechat: WeChatConfig, fetchImpl: typeof fetch = fetch): WeChatAccessToken {
  let cached: { value: string; until: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const url = new URL('/cgi-bin/token', wechat.apiBase);
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: wechat.appId, secret: wechat.appSecret }).toString();
    const answer = await callWeChat(fetchImpl, url);
    const token = typeof answer.access_token === 'string' ? answer.access_token : '';
    if (!token) throw new WeChatTokenError(answer.errcode ?? -1, answer.errmsg ?? 'no access_token');
    const expiresIn = typeof answer.expires_in === 'number' ? answer.expires_in : 7200;
    // Renew five minutes early, so a token never expires between being read and being used.
    cached = { value: token, until: Date.now() + Math.max(0, expiresIn - 300) * 1000 };
    return token;
  }

  return {
    get() {
      if (cached && cached.until > Date.now()) return Promise.resolve(cached.value);
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    invalidate(stale) {
      if (cached?.value === stale) cached = undefined;
    },
  };
}
