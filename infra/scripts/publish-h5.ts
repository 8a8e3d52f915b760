import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CONTENT_TYPES, H5_DIST } from '../../api/src/local/h5-app';

// Puts the H5 build (npm run build:h5) into the stack's WebBucket with the cache headers that keep a
// page from running old code against a newer API:
//   npm run publish:h5 -- --bucket <WebBucket output> [--region cn-north-1] [--dir miniapp/dist/h5]

/** Cache-Control per kind of file. */
export const CACHE_CONTROL = Object.freeze({
  /** A file whose name carries its content hash never changes: browsers and CloudFront keep it a year. */
  hashed: 'public, max-age=31536000, immutable',
  /** Everything else, index.html above all, is checked with the origin on every load (a 304 when unchanged). */
  revalidate: 'no-cache',
});

/** Webpack's content hash in a file name: `app.4a1ca1dd.js`, `449.d61c4129.css`. */
const CONTENT_HASH = /\.[0-9a-f]{8,}\./u;

export interface Upload {
  key: string;
  file: string;
  contentType: string;
  cacheControl: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * What to upload, in order: every other file first and the HTML pages last, so a new index.html is
 * never served before the assets it names. Nothing is deleted: a page opened before may still load
 * an older chunk.
 */
export function publishPlan(dir: string): Upload[] {
  const uploads = filesUnder(dir).map((file) => {
    const key = relative(dir, file).split(sep).join('/');
    return {
      key,
      file,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      cacheControl: CONTENT_HASH.test(key) ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidate,
    };
  });
  const isPage = (upload: Upload) => upload.key.endsWith('.html');
  return [...uploads.filter((u) => !isPage(u)), ...uploads.filter(isPage)];
}

async function main() {
  const { values } = parseArgs({ options: { bucket: { type: 'string' }, region: { type: 'string' }, dir: { type: 'string' } } });
  if (!values.bucket) throw new Error('usage: npm run publish:h5 -- --bucket <WebBucket> [--region <region>] [--dir <H5 build>]');
  const dir = values.dir ? resolve(values.dir) : H5_DIST;
  const plan = publishPlan(dir);
  if (!plan.some((upload) => upload.key === 'index.html')) throw new Error(`${dir} has no index.html: run npm run build:h5 first`);
  const s3 = new S3Client(values.region ? { region: values.region } : {});
  for (const upload of plan) {
    await s3.send(new PutObjectCommand({ Bucket: values.bucket, Key: upload.key, Body: readFileSync(upload.file), ContentType: upload.contentType, CacheControl: upload.cacheControl }));
  }
  console.log(`published ${plan.length} files of ${dir} to s3://${values.bucket}/`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
