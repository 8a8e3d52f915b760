// 扫码登录's address (api/src/scan-sign-in/scan-sign-in-rules.ts): https://HOST/d/<code>. WeChat's
// scan rule opens the confirm page with it in `q`; a link may also give `code` itself.
const SCAN_ADDRESS = /^https?:\/\/[^/?#]+\/d\/([a-z0-9]{12})\/?(?:[?#].*)?$/u;
const CODE = /^[a-z0-9]{12}$/u;

/** The code a scanned address or a `code` parameter names; null for anything else. */
export function scanSignInCode(params: { q?: string; code?: string }): string | null {
  const code = (params.code ?? '').trim();
  if (CODE.test(code)) return code;
  return SCAN_ADDRESS.exec((params.q ?? '').trim())?.[1] ?? null;
}
