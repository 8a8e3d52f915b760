import { MAINLAND_MOBILE } from '@govopen/shared';
import { UserFacingError } from '../core/errors';
import type { WeChatConfig } from '../core/config';
import { callWeChat, STALE_TOKEN_CODES, type WeChatAccessToken, type WeChatAnswer } from './wechat-access-token';

// The mobile number behind the mini-program's phone-number button (<button open-type="getPhoneNumber">):
// the button gives the page a one-time code, the server exchanges it at WeChat's
// POST /wxa/business/getuserphonenumber?access_token=… with { "code": "…" } and gets
// { errcode: 0, phone_info: { phoneNumber, purePhoneNumber, countryCode } }.

/** A phone-number button's code → the resident's mainland mobile, 11 digits. */
export type PhoneNumberExchange = (code: string) => Promise<string>;

const unavailable = (message: string, details?: Record<string, unknown>, cause?: unknown) =>
  new UserFacingError('SERVICE_UNAVAILABLE', message, details, cause);

// WeChat's documented errors for getuserphonenumber, in words for the resident and a code for the
// client. The page adds that the number can be typed instead.
const WECHAT_ERRORS: Record<number, () => UserFacingError> = {
  40029: () => new UserFacingError('BAD_USER_INPUT', '手机号授权已失效，请再点一次按钮。', { wechatErrcode: 40029 }),
  [-1]: () => unavailable('微信系统繁忙，暂时取不到手机号，请稍后再试。', { wechatErrcode: -1 }),
};

interface PhoneInfo {
  phoneNumber?: string;
  purePhoneNumber?: string;
  countryCode?: string;
}

/** Exchanges a phone-number button's code at WeChat, with the app's shared access token. */
export function weChatPhoneNumberExchange(config: WeChatConfig, accessToken: WeChatAccessToken, fetchImpl: typeof fetch = fetch): PhoneNumberExchange {
  async function ask(token: string, code: string): Promise<WeChatAnswer> {
    const url = new URL('/wxa/business/getuserphonenumber', config.apiBase);
    url.search = new URLSearchParams({ access_token: token }).toString();
    return callWeChat(fetchImpl, url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  }

  return async (code) => {
    if (!config.appId || !config.appSecret) throw unavailable('这里暂时不能从微信取手机号。');
    let answer: WeChatAnswer = {};
    // A token WeChat no longer accepts (40001, 42001 …) is replaced once, and the code sent once more.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      let token: string;
      try {
        token = await accessToken.get();
        answer = await ask(token, code);
      } catch (error) {
        throw unavailable('暂时连不上微信，请稍后再试。', undefined, error);
      }
      if (!answer.errcode || !STALE_TOKEN_CODES.has(answer.errcode)) break;
      accessToken.invalidate(token);
    }
    if (answer.errcode) {
      throw WECHAT_ERRORS[answer.errcode]?.() ?? unavailable('没能从微信取到手机号，请稍后再试。', { wechatErrcode: answer.errcode });
    }
    const info = (answer.phone_info ?? {}) as PhoneInfo;
    const pure = String(info.purePhoneNumber ?? '');
    if (!pure) throw unavailable('没能从微信取到手机号，请稍后再试。');
    // Open days call and text mainland mobiles only; a number from elsewhere is for the resident to decide.
    if ((info.countryCode && info.countryCode !== '86') || !MAINLAND_MOBILE.test(pure)) {
      throw new UserFacingError('BAD_USER_INPUT', '微信绑定的不是中国大陆手机号，开放日的通知只能发到大陆手机号。');
    }
    return pure;
  };
}

const DEV_CODE = /^dev:(1[3-9]\d{9})$/u;

/**
 * Outside production, codes `dev:<11-digit mobile>` stand for that number without asking WeChat, so
 * the H5 build, demos and tests work. In production such codes are refused outright.
 */
export function withDevelopmentPhoneCodes(real: PhoneNumberExchange, production: boolean): PhoneNumberExchange {
  return async (code) => {
    if (!code.startsWith('dev:')) return real(code);
    const phone = DEV_CODE.exec(code)?.[1];
    if (production || !phone) throw new UserFacingError('BAD_USER_INPUT', '手机号授权码不正确，请再点一次按钮。');
    return phone;
  };
}
