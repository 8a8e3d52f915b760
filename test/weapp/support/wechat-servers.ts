import { fakeAccessTokens, startFakeWeChat } from '../../support/fake-wechat';

/** A resident's phone with WeChat: who they are to WeChat and what they answer when asked. */
export interface WeChatPhone {
  openid: string;
  phoneNumber: string;
  /** WeChat's font size setting in px (17 standard; 关怀模式 ≈ 23.8). */
  fontSize: number;
  /** `wx.login`: a fresh code, valid 5 minutes, usable once. */
  loginCode(): string;
  /** The phone-number button: a code the server exchanges for the number (getuserphonenumber). */
  phoneNumberCode(): string;
  /** requestSubscribeMessage: the templates the resident allows (each allows one message). */
  acceptSubscription(templateIds: string[]): string[];
}

/** A subscribe message WeChat delivered, or refused with its errcode. */
export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  errcode: number;
}

const CODE_LIFETIME_MS = 5 * 60 * 1000;

/**
 * WeChat's servers for one test: jscode2session (login codes once and for 5 minutes), the access
 * token, getuserphonenumber and subscribe/send — which, like WeChat, delivers a template only to a
 * resident who allowed it (one message per allowance) and answers 43101 otherwise.
 */
export async function startWeChatServers(app: { appId: string; secret: string }) {
  const tokens = fakeAccessTokens(app.appId, app.secret);
  const loginCodes = new Map<string, { openid: string; issuedAt: number }>();
  const phoneCodes = new Map<string, string>();
  const allowances = new Map<string, number>();
  const messages: SubscribeMessage[] = [];
  let issued = 0;
  const validToken = (params: URLSearchParams) => /^token-\d+$/.test(params.get('access_token') ?? '');

  const server = await startFakeWeChat((request) => {
    const body = (request.body ?? {}) as Record<string, any>;
    switch (request.path) {
      case '/cgi-bin/token':
        return tokens.answer(request.params);
      case '/sns/jscode2session': {
        if (request.params.get('appid') !== app.appId || request.params.get('secret') !== app.secret) return { errcode: 40013, errmsg: 'invalid appid' };
        const code = request.params.get('js_code') ?? '';
        const login = loginCodes.get(code);
        loginCodes.delete(code);
        if (!login || Date.now() - login.issuedAt > CODE_LIFETIME_MS) return { errcode: 40029, errmsg: 'invalid code' };
        return { openid: login.openid, session_key: `session-${login.openid}` };
      }
      case '/wxa/business/getuserphonenumber': {
        if (!validToken(request.params)) return { errcode: 40001, errmsg: 'invalid credential' };
        const number = phoneCodes.get(String(body.code));
        phoneCodes.delete(String(body.code));
        if (!number) return { errcode: 40029, errmsg: 'invalid code' };
        return { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: number, purePhoneNumber: number, countryCode: '86', watermark: { appid: app.appId, timestamp: Math.floor(Date.now() / 1000) } } };
      }
      case '/cgi-bin/message/subscribe/send': {
        if (!validToken(request.params)) return { errcode: 40001, errmsg: 'invalid credential' };
        const key = `${body.touser}|${body.template_id}`;
        const left = allowances.get(key) ?? 0;
        const errcode = left > 0 ? 0 : 43101;
        if (left > 0) allowances.set(key, left - 1);
        messages.push({ openid: String(body.touser), templateId: String(body.template_id), page: String(body.page ?? ''), data: body.data ?? {}, errcode });
        return errcode ? { errcode, errmsg: 'user refuse to accept the msg' } : { errcode: 0, errmsg: 'ok', msgid: messages.length };
      }
      default:
        return undefined;
    }
  });

  return {
    base: server.base,
    close: server.close,
    /** Every subscribe message the server tried to send, delivered (errcode 0) or refused. */
    messages,
    /** A resident's phone; `refuse` lists template ids they say no to. */
    phone(openid: string, phoneNumber: string, options: { fontSize?: number; refuse?: string[] } = {}): WeChatPhone {
      return {
        openid,
        phoneNumber,
        fontSize: options.fontSize ?? 17,
        loginCode() {
          issued += 1;
          const code = `login-${issued}-${openid}`;
          loginCodes.set(code, { openid, issuedAt: Date.now() });
          return code;
        },
        phoneNumberCode() {
          issued += 1;
          const code = `phone-${issued}`;
          phoneCodes.set(code, phoneNumber);
          return code;
        },
        acceptSubscription(templateIds) {
          const accepted = templateIds.filter((id) => !options.refuse?.includes(id));
          for (const id of accepted) allowances.set(`${openid}|${id}`, (allowances.get(`${openid}|${id}`) ?? 0) + 1);
          return accepted;
        },
      };
    },
  };
}

export type WeChatServers = Awaited<ReturnType<typeof startWeChatServers>>;
