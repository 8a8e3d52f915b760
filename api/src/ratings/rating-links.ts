import { qrCodePath } from '../core/qr-code';
import type { StoredService } from './rating-model';

// Where a resident rates a service: the mini-app page, the same page as H5, and a QR code for the
// counter. The code is drawn here, without any network call (qrcode-generator: one file, no
// dependencies). It encodes the path address (rating-paths.ts); the mini-program claims it in its
// console (扫普通链接二维码打开小程序), so WeChat opens the mini-app page and any other scanner the browser page.

export const RATE_PAGE = 'pages/rating/rate/index';

export interface RatingLink {
  serviceId: string;
  window: string | null;
  miniProgramPath: string;
  h5Url: string;
  qrCodeSvg: string;
  qrCodeDataUrl: string;
  caption: string;
}

// The caption under the code: 22-unit text, 28 units a line, then the smaller 微信扫码 line. It is
// wrapped to the code's width (less half the quiet zone each side): a long department or service name
// would otherwise run off both edges of the printed picture.
const CAPTION_FONT = 22;
const CAPTION_LINE = 28;
const CAPTION_MARGIN = 16;
const HINT_LINE = 22;
const BOTTOM = 6;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** About how wide text is in a sans-serif font, in em: CJK and full-width characters 1, the rest (Latin, digits, ·) at most 0.6. */
export const emWidth = (text: string): number => [...text].reduce((sum, c) => sum + (c.codePointAt(0)! < 0x2e80 ? 0.6 : 1), 0);

/** The caption in lines no wider than `maxEm`: broken at its ` · ` separators, a part too long for one line by characters. */
export function captionLines(caption: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of caption.split(' · ')) {
    const joined = line ? `${line} · ${part}` : part;
    if (emWidth(joined) <= maxEm) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of part) {
      if (line && emWidth(line + char) > maxEm) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A printable SVG: the code, its quiet zone, and a caption underneath (as many lines as it needs). */
export function qrSvg(text: string, caption: string): string {
  const { size, path } = qrCodePath(text);
  const lines = captionLines(caption, (size - 2 * CAPTION_MARGIN) / CAPTION_FONT);
  const hintY = size + lines.length * CAPTION_LINE + HINT_LINE;
  const height = hintY + BOTTOM;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${height}" width="${size}" height="${height}">`,
    `<rect width="${size}" height="${height}" fill="#fff"/>`,
    `<path fill="#000" d="${path}"/>`,
    ...lines.map(
      (line, i) =>
        `<text x="${size / 2}" y="${size + (i + 1) * CAPTION_LINE}" font-size="${CAPTION_FONT}" font-family="sans-serif" text-anchor="middle" fill="#000">${escapeXml(line)}</text>`,
    ),
    `<text x="${size / 2}" y="${hintY}" font-size="16" font-family="sans-serif" text-anchor="middle" fill="#333">微信扫码，评价本次服务</text>`,
    '</svg>',
  ].join('');
}

/** The link for a service, or one of its windows; `window` must be one of them (checked by the caller). */
export function ratingLink(publicBaseUrl: string, service: Pick<StoredService, 'id' | 'department' | 'name'>, window: string | null): RatingLink {
  const query = new URLSearchParams({ service: service.id, ...(window ? { window } : {}) }).toString();
  const miniProgramPath = `${RATE_PAGE}?${query}`;
  // A path address WeChat's rules can match (rating-paths.ts), not the H5 hash route.
  const h5Url = `${publicBaseUrl.replace(/\/+$/u, '')}/r/${[service.id, window].filter(Boolean).map((part) => encodeURIComponent(part!)).join('/')}`;
  const caption = [service.department, service.name, window ? `${window}号窗口` : null].filter(Boolean).join(' · ');
  const svg = qrSvg(h5Url, caption);
  return {
    serviceId: service.id,
    window,
    miniProgramPath,
    h5Url,
    qrCodeSvg: svg,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
    caption,
  };
}
