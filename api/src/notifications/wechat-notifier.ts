import type { WeChatConfig } from '../core/config';
import { callWeChat, createWeChatAccessToken, STALE_TOKEN_CODES, WeChatTokenError, type WeChatAccessToken } from '../identity/wechat-access-token';
import type { NotificationMessage, NotificationTemplates, Notifier } from './notifier';

// Notifications as WeChat subscribe messages (订阅消息): POST /cgi-bin/message/subscribe/send with the
// app's access token (identity/wechat-access-token.ts: cached, and shared with the phone-number
// button). Template ids come from configuration; which message field fills which template key comes
// from the features that send them (their NotificationTemplates). WeChat cuts nothing itself: a
// `thing` value over 20 characters is refused, so values are shortened here.

const LIMITS: Record<string, number> = { thing: 20, character_string: 32, time: 40 };

/** The resident has not (or no longer) agreed to this template: nothing to send, not an error. */
const NOT_SUBSCRIBED = 43101;

export interface WeChatNotifierOptions {
  wechat: WeChatConfig;
  /** Template id per GovOpen template; a template without an id is not sent. */
  templates: Readonly<Partial<Record<string, string>>>;
  /** The features' templates: which message field fills which template key. */
  fields: NotificationTemplates;
  /** formal, trial or developer: which version of the mini-program the message opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer';
  /** The resident's openid for this mini-program. */
  openidOf(residentId: string): Promise<string | null>;
  /** The app's access token, shared with other callers of WeChat; one of its own when not given. */
  accessToken?: WeChatAccessToken;
  fetchImpl?: typeof fetch;
}

export class WeChatSendError extends Error {
  constructor(readonly errcode: number, errmsg: string) {
    super(`WeChat refused a subscribe message: ${errcode} ${errmsg}`);
  }
}

function shorten(key: string, value: string): string {
  const limit = LIMITS[key.replace(/\d+$/u, '')] ?? 20;
  const chars = Array.from(value);
  return chars.length <= limit ? value : `${chars.slice(0, limit - 1).join('')}…`;
}

export function createWeChatNotifier(options: WeChatNotifierOptions): Notifier {
  const fetchImpl = options.fetchImpl ?? fetch;
  const tokens = options.accessToken ?? createWeChatAccessToken(options.wechat, fetchImpl);

  async function accessToken(): Promise<string> {
    try {
      return await tokens.get();
    } catch (error) {
      if (error instanceof WeChatTokenError) throw new WeChatSendError(error.errcode, error.errmsg);
      throw error;
    }
  }

  return {
    async send(message: NotificationMessage) {
      const templateId = options.templates[message.template];
      if (!templateId) return;
      const openid = await options.openidOf(message.residentId);
      if (!openid) throw new Error(`resident ${message.residentId} has no openid`);
      const data = Object.fromEntries(
        Object.entries(options.fields[message.template] ?? {})
          .filter(([, field]) => message.data[field])
          .map(([key, field]) => [key, { value: shorten(key, message.data[field] ?? '') }]),
      );
      const body = JSON.stringify({ touser: openid, template_id: templateId, page: message.page, data, miniprogram_state: options.miniprogramState ?? 'formal', lang: 'zh_CN' });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const url = new URL('/cgi-bin/message/subscribe/send', options.wechat.apiBase);
        const token = await accessToken();
        url.search = new URLSearchParams({ access_token: token }).toString();
        const answer = await callWeChat(fetchImpl, url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (!answer.errcode || answer.errcode === NOT_SUBSCRIBED) return;
        if (!STALE_TOKEN_CODES.has(answer.errcode) || attempt > 0) throw new WeChatSendError(answer.errcode, answer.errmsg ?? '');
        tokens.invalidate(token);
      }
    },
  };
}
