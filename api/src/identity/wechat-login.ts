import { unicodePattern } from '@govopen/shared';
import { UserFacingError } from '../core/errors';
import type { WeChatConfig } from '../core/config';

/** What WeChat tells the server about a mini-program user; `sessionKey` never goes to the client. */
export interface WeChatIdentity {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

export type CodeExchange = (code: string) => Promise<WeChatIdentity>;

interface Code2SessionAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

// WeChat's documented errors for jscode2session, in words for the resident and a code for the client.
const WECHAT_ERRORS: Record<number, { code: 'BAD_USER_INPUT' | 'TOO_MANY_REQUESTS' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE'; message: string }> = {
  40029: { code: 'BAD_USER_INPUT', message: '登录凭证无效或已过期，请重新登录。' },
  40163: { code: 'BAD_USER_INPUT', message: '登录凭证已使用过，请重新登录。' },
  45011: { code: 'TOO_MANY_REQUESTS', message: '登录太频繁了，请稍等一分钟再试。' },
  40226: { code: 'FORBIDDEN', message: '微信认为当前账号存在风险，暂时不能登录。' },
  [-1]: { code: 'SERVICE_UNAVAILABLE', message: '微信系统繁忙，请稍后再试。' },
};

const REQUEST_TIMEOUT_MS = 5000;

/** Exchanges a `wx.login` code at WeChat's `jscode2session`. */
export function weChatCodeExchange(config: WeChatConfig, fetchImpl: typeof fetch = fetch): CodeExchange {
  return async (code) => {
    if (!config.appId || !config.appSecret) {
      throw new UserFacingError('SERVICE_UNAVAILABLE', '微信登录暂未开通，请稍后再试。');
    }
    const url = new URL('/sns/jscode2session', config.apiBase);
    url.search = new URLSearchParams({ appid: config.appId, secret: config.appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
    let answer: Code2SessionAnswer;
    try {
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      answer = (await response.json()) as Code2SessionAnswer;
    } catch (error) {
      throw new UserFacingError('SERVICE_UNAVAILABLE', '暂时连不上微信，请稍后再试。', undefined, error);
    }
    if (answer.errcode) {
      const known = WECHAT_ERRORS[answer.errcode];
      throw new UserFacingError(known?.code ?? 'SERVICE_UNAVAILABLE', known?.message ?? '微信登录没有成功，请稍后再试。', { wechatErrcode: answer.errcode });
    }
    if (!answer.openid || !answer.session_key) throw new UserFacingError('SERVICE_UNAVAILABLE', '微信登录没有成功，请稍后再试。');
    return { openid: answer.openid, unionid: answer.unionid || undefined, sessionKey: answer.session_key };
  };
}

const DEV_CODE = unicodePattern(String.raw`^dev:([\p{L}\p{N}_-]{1,32})$`);

/**
 * Outside production, codes `dev:<name>` sign in as a stable made-up resident per name, so the H5
 * build, demos and tests work without WeChat. In production such codes are refused outright.
 */
export function withDevelopmentCodes(real: CodeExchange, production: boolean): CodeExchange {
  return async (code) => {
    if (!code.startsWith('dev:')) return real(code);
    const name = DEV_CODE().exec(code)?.[1];
    if (production || !name) throw new UserFacingError('BAD_USER_INPUT', '登录凭证无效或已过期，请重新登录。');
    return { openid: `dev-${name}`, sessionKey: 'development' };
  };
}
