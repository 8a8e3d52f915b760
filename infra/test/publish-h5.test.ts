import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { H5_DIST } from '../../api/src/local/h5-app';
import { CACHE_CONTROL, publishPlan } from '../scripts/publish-h5';

// The cache headers the H5 pages are published with: what a browser and CloudFront then keep.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'govopen-h5-'));
  for (const file of ['index.html', 'js/app.4a1ca1dd.js', 'js/797.8ff7fe7f.js.LICENSE.txt', 'css/app.76fe385b.css', 'favicon.ico']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps hashed assets a year and has everything else, index.html above all, checked on every load', () => {
  const plan = Object.fromEntries(publishPlan(dir).map((upload) => [upload.key, upload]));
  expect(plan['index.html']).toMatchObject({ cacheControl: 'no-cache', contentType: 'text/html; charset=utf-8' });
  expect(plan['js/app.4a1ca1dd.js']).toMatchObject({ cacheControl: 'public, max-age=31536000, immutable', contentType: 'text/javascript; charset=utf-8' });
  expect(plan['css/app.76fe385b.css']).toMatchObject({ cacheControl: CACHE_CONTROL.hashed, contentType: 'text/css; charset=utf-8' });
  expect(plan['js/797.8ff7fe7f.js.LICENSE.txt']).toMatchObject({ cacheControl: CACHE_CONTROL.hashed, contentType: 'text/plain; charset=utf-8' });
  // A file without a hash could change under the same name: never kept without asking.
  expect(plan['favicon.ico']).toMatchObject({ cacheControl: CACHE_CONTROL.revalidate, contentType: 'image/x-icon' });
});

it('uploads index.html last, so it never names assets that are not there yet', () => {
  const keys = publishPlan(dir).map((upload) => upload.key);
  expect(keys).toHaveLength(5);
  expect(keys.at(-1)).toBe('index.html');
});

it('finds the real H5 build named so that only index.html is revalidated and every script and style is kept a year', () => {
  const plan = publishPlan(H5_DIST);
  const revalidated = plan.filter((upload) => upload.cacheControl === CACHE_CONTROL.revalidate).map((upload) => upload.key);
  expect(revalidated).toEqual(['index.html']);
  expect(plan.filter((upload) => /\.(js|css)$/.test(upload.key)).length).toBeGreaterThan(10);
});
