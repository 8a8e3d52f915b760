import Taro from '@tarojs/taro';
import { ApiError, request } from '../api/request';
import { LoginDocument, SignOutDocument } from '../generated/operations';
import { endSession, saveSession } from './store';

/** Names the API accepts after `dev:` (the same rule as api/src/identity/wechat-login.ts). */
const TEST_NAME = /^[\p{L}\p{N}_-]{1,32}$/u;

/** Sends a sign-in code and keeps the session it returns. */
async function signInWithCode(code: string): Promise<void> {
  const { login } = await request(LoginDocument, { code });
  saveSession({ token: login.token, expiresAt: login.expiresAt });
}

/** weapp: `wx.login` gives a one-time code (valid 5 minutes) that the API exchanges with WeChat. */
export async function signInWithWeChat(): Promise<void> {
  let code: string | undefined;
  try {
    code = (await Taro.login()).code;
  } catch {
    code = undefined;
  }
  if (!code) throw new ApiError('没能连上微信登录，请稍后再试。', 'WECHAT_LOGIN');
  await signInWithCode(code);
}

/**
 * H5 demo build only (no WeChat there): sign in as a made-up resident per name with a `dev:<name>`
 * code. The API refuses these codes in production.
 */
export async function signInForTesting(name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new ApiError('请先填写一个名字。', 'BAD_USER_INPUT');
  if (!TEST_NAME.test(trimmed)) {
    throw new ApiError('名字只能用汉字、字母、数字、横线或下划线，最多 32 个字。', 'BAD_USER_INPUT');
  }
  await signInWithCode(`dev:${trimmed}`);
}

/** Forgets the session here and asks the API to end it everywhere (unanswered when offline: it still expires). */
export function signOut(): void {
  request(SignOutDocument).catch(() => undefined);
  endSession('signed-out');
}
