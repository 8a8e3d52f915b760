/** @jest-environment node */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { miniappSizes } from './size-report';

describe('miniappSizes', () => {
  let dist: string;
  const put = async (file: string, content: string) => {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), content);
  };

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'miniapp-size-'));
    await put('weapp/app.json', JSON.stringify({ pages: ['pages/home/index/index'], subPackages: [{ root: 'pages/policy' }] }));
    await put('weapp/app.js', 'a'.repeat(1000));
    await put('weapp/app.js.LICENSE.txt', 'x'.repeat(50));
    await put('weapp/pages/home/index/index.js', 'b'.repeat(200));
    await put('weapp/pages/policy/detail/index.js', 'c'.repeat(300));
    await put('weapp/pages/policy-extra/index.js', 'd'.repeat(7)); // not inside the root "pages/policy"
    await put('h5/index.html', '<script>inline()</script><script defer src="./js/vendor.js"></script><script src="js/app.js?v=1"></script>');
    await put('h5/js/vendor.js', 'v'.repeat(5000));
    await put('h5/js/app.js', 'function app(){return 1}'.repeat(100));
    await put('h5/js/page.js', 'p'.repeat(9999)); // lazily loaded, not first-load
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('splits main package from subpackages and gzips only the first-load scripts', async () => {
    const appJsonBytes = JSON.stringify({ pages: ['pages/home/index/index'], subPackages: [{ root: 'pages/policy' }] }).length;
    const sizes = await miniappSizes(dist);
    expect(sizes.weappTotalBytes).toBe(appJsonBytes + 1000 + 200 + 300 + 7);
    expect(sizes.weappMainPackageBytes).toBe(appJsonBytes + 1000 + 200 + 7);
    expect(sizes.h5FirstLoadJsGzipBytes).toBe(
      gzipSync('v'.repeat(5000)).length + gzipSync('function app(){return 1}'.repeat(100)).length,
    );
  });
});
