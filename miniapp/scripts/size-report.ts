import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the benchmark reports about the mini-app's size, from existing builds. */
export type MiniappSizes = {
  /** Bytes of dist/weapp outside every subpackage root (WeChat's limit: 2 MB; our aim: < 600 KB). */
  weappMainPackageBytes: number;
  /** Bytes of all of dist/weapp (limit: 30 MB across packages). */
  weappTotalBytes: number;
  /** The JS files dist/h5/index.html loads, each gzipped (zlib default level), added up. */
  h5FirstLoadJsGzipBytes: number;
};

const MINIAPP = path.resolve(__dirname, '..');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : Promise.resolve(entry.isFile() ? [full] : []);
    }),
  );
  return nested.flat();
}

/** Subpackage roots as app.json declares them (`subPackages` or the older `subpackages`). */
async function subpackageRoots(weappDir: string): Promise<string[]> {
  const app = JSON.parse(await readFile(path.join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((sub) =>
    path.join(weappDir, sub.root.replace(/\/+$/, '')),
  );
}

/**
 * Sizes of the builds in `distDir` (default miniapp/dist): run `npm run build:weapp` and
 * `npm run build:h5` first. Source maps and license notes are not shipped to users and not counted.
 */
export async function miniappSizes(distDir = path.join(MINIAPP, 'dist')): Promise<MiniappSizes> {
  const weappDir = path.join(distDir, 'weapp');
  const shipped = (file: string) => !/\.(map|LICENSE\.txt)$/.test(file);
  const weappFiles = (await filesUnder(weappDir)).filter(shipped);
  const roots = await subpackageRoots(weappDir);
  const inSubpackage = (file: string) => roots.some((root) => file.startsWith(root + path.sep));
  let weappTotalBytes = 0;
  let weappMainPackageBytes = 0;
  for (const file of weappFiles) {
    const { size } = await stat(file);
    weappTotalBytes += size;
    if (!inSubpackage(file)) weappMainPackageBytes += size;
  }

  const h5Dir = path.join(distDir, 'h5');
  const html = await readFile(path.join(h5Dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!);
  let h5FirstLoadJsGzipBytes = 0;
  for (const src of scripts) {
    if (/^(https?:)?\/\//.test(src)) continue; // not ours to count
    const file = path.join(h5Dir, src.split(/[?#]/)[0]!.replace(/^\.?\//, ''));
    h5FirstLoadJsGzipBytes += gzipSync(await readFile(file)).length;
  }
  return { weappMainPackageBytes, weappTotalBytes, h5FirstLoadJsGzipBytes };
}

if (require.main === module) {
  miniappSizes().then(
    (sizes) => console.log(JSON.stringify(sizes, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
