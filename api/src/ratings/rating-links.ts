import { qrCodePath } from '../core/qr-code';
import type { StoredService } from './rating-model';

// Where a resident rates a service: the mini-app page, the same page as H5, and a QR code for the
// counter. The code is drawn here, without any network call (qrcode-generator: one file, no
// dependencies). It encodes the H5 address; the mini-program claims it in its console
// (扫普通链接二维码打开小程序), so WeChat opens the mini-app page and any other scanner the browser page.

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

const CAPTION_HEIGHT = 56;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** A printable SVG: the code, its quiet zone, and a caption underneath. */
export function qrSvg(text: string, caption: string): string {
  const { size, path } = qrCodePath(text);
  const height = size + CAPTION_HEIGHT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${height}" width="${size}" height="${height}">`,
    `<rect width="${size}" height="${height}" fill="#fff"/>`,
    `<path fill="#000" d="${path}"/>`,
    `<text x="${size / 2}" y="${size + 28}" font-size="22" font-family="sans-serif" text-anchor="middle" fill="#000">${escapeXml(caption)}</text>`,
    `<text x="${size / 2}" y="${size + 50}" font-size="16" font-family="sans-serif" text-anchor="middle" fill="#333">微信扫码，评价本次服务</text>`,
    '</svg>',
  ].join('');
}

/** The link for a service, or one of its windows; `window` must be one of them (checked by the caller). */
export function ratingLink(publicBaseUrl: string, service: Pick<StoredService, 'id' | 'department' | 'name'>, window: string | null): RatingLink {
  const query = new URLSearchParams({ service: service.id, ...(window ? { window } : {}) }).toString();
  const miniProgramPath = `${RATE_PAGE}?${query}`;
  // The H5 build routes by hash (miniapp/config: router mode hash).
  const h5Url = `${publicBaseUrl.replace(/\/+$/u, '')}/#/${miniProgramPath}`;
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
