import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ratePageForPath } from '../ratings/rating-paths';
import { scanSignInPageForPath } from '../scan-sign-in/scan-sign-in-paths';

/** Where the Taro H5 build lands (`npm run build:h5`). */
export const H5_DIST = resolve(__dirname, '../../../miniapp/dist/h5');
const MINIAPP = resolve(__dirname, '../../../miniapp');

/** The content type of each kind of file in the H5 build (the S3 upload in infra/scripts/publish-h5.ts uses it too). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when the H5 build is missing or older than the mini-app's sources or config. */
export function h5BuildIsStale(): boolean {
  const built = join(H5_DIST, 'index.html');
  if (!existsSync(built)) return true;
  // The mini-app also builds what it imports from shared/src.
  const sources = Math.max(newestChange(join(MINIAPP, 'src')), newestChange(join(MINIAPP, 'config')), newestChange(join(MINIAPP, '../shared/src')));
  return sources > statSync(built).mtimeMs;
}

/** Builds the H5 mini-app (about 15 s cold) so that a fresh clone's `npm start` serves it. */
export function buildH5(log: (message: string) => void): void {
  log('Building the H5 mini-app (npm run build:h5)…');
  // Always a production build: jest sets NODE_ENV=test, and babel-preset-taro then adds React
  // Refresh to the bundle, which fails in the browser with `$RefreshReg$ is not defined`.
  const result = spawnSync('npm', ['run', '--silent', 'build:h5', '-w', 'miniapp'], {
    cwd: resolve(MINIAPP, '..'),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('the H5 build failed: run `npm run build:h5` to see why');
}

/**
 * Serves the built H5 files. The app uses the hash router, so every page is `/` plus a `#/…`
 * fragment; a rating address (`/r/…`) or a sign-in address (`/d/…`) is sent there; any other path is a static file or 404.
 */
export function serveH5(request: IncomingMessage, response: ServerResponse): void {
  const rawPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A printed rating code's or a sign-in code's path address: on to its page's hash route (as CloudFront does).
  const page = ratePageForPath(rawPath) ?? scanSignInPageForPath(rawPath);
  if (page) {
    response.writeHead(302, { location: `/#/${page}`, 'cache-control': 'no-cache' });
    response.end();
    return;
  }
  const pathname = decodeURIComponent(rawPath);
  const wanted = normalize(join(H5_DIST, pathname === '/' ? 'index.html' : pathname));
  const inside = wanted.startsWith(H5_DIST + sep);
  if (!inside || !existsSync(wanted) || !statSync(wanted).isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('没有这个页面。');
    return;
  }
  const immutable = /\.[0-9a-f]{8,}\./.test(wanted);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(wanted)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(wanted).pipe(response);
}
