// The path address printed in rating QR codes: https://HOST/r/<service>[/<window>]. WeChat's
// 扫普通链接二维码 rules match on a path prefix (never after `#`), so WeChat opens the mini-program's
// rate page (with the address in its `q` parameter) and any other scanner opens the H5 site, where
// the address becomes the rate page's hash route (`npm start`'s server, and a CloudFront function in
// infra/lib/web-hosting.ts that runs this same function's source).

/** The path prefix of rating addresses: what the WeChat console's rule is set to (docs/wechat-console.md). */
export const RATING_PATH_PREFIX = '/r/';

/**
 * The rate page's route for a rating address's path (`/r/<service>[/<window>]`), its segments kept
 * as escaped; null for any other path. Self-contained, in plain JavaScript: the CDN function runs
 * its source text.
 */
export function ratePageForPath(path: string): string | null {
  const match = /^\/r\/([A-Za-z0-9_~.%-]+)(?:\/([A-Za-z0-9_~.%-]+))?\/?$/.exec(path);
  if (!match) return null;
  return 'pages/rating/rate/index?service=' + match[1] + (match[2] ? '&window=' + match[2] : '');
}
