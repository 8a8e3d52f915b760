// The address in a 扫码登录 QR code: https://HOST/d/<code>. WeChat's 扫普通链接二维码 rule (a path
// prefix) opens the mini-program's 确认登录 page with the address in `q`; any other scanner opens the
// H5 site, where the address becomes that page's hash route, which asks for WeChat's 扫一扫 (`npm
// start`'s server, and a CloudFront function in infra/lib/web-hosting.ts that runs this function's source).

/** The path prefix of sign-in addresses: what the WeChat console's rule is set to (docs/wechat-console.md). */
export const SCAN_SIGN_IN_PATH_PREFIX = '/d/';

/**
 * The confirm page's route for a sign-in address's path (`/d/<code>`); null for any other path.
 * Self-contained, in plain JavaScript: the CDN function runs its source text.
 */
export function scanSignInPageForPath(path: string): string | null {
  const match = /^\/d\/([a-z0-9]{12})\/?$/.exec(path);
  return match ? 'pages/sign-in/confirm/index?code=' + match[1] : null;
}
