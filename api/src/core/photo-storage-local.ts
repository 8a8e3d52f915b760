import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { access, link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentTypeOfPhotoKey, MAX_PHOTO_BYTES, PHOTO_TYPES, type PhotoContentType, type PhotoStorage, UPLOAD_SECONDS, VIEW_URL_SECONDS, viewSigningHour } from './photo-storage';

// Photos on the local disk, for `npm start` and tests. The "upload URL" is the local server's
// PUT /uploads/<token>, where the token is signed with the session secret and names the key, the
// content type, the exact size and the expiry — what S3's presigned URL pins down in the cloud.
// GET /photos/<key>?until=…&sig=… serves the photo back (api/src/local/photo-routes.ts) while the
// signature, made like the upload's, holds — as S3's presigned GET does: a resident's question photo
// is private, and its address alone must not open it for good.
// A photo not yet attached has a marker beside it (<key>.unattached, holding its upload time), which
// `attach` removes; `removeUnattached` removes old photos that still have theirs. Photos put there
// any other way (the demo's) have none and stay.

export interface LocalPhotoStorageOptions {
  dir: string;
  /** The local server's address, e.g. http://127.0.0.1:4000. */
  baseUrl: string;
  secret: string;
  now: () => Date;
}

export type UploadOutcome = { status: 200 } | { status: 400 | 403 | 409 | 413; message: string };

export interface LocalPhotoStorage extends PhotoStorage {
  readonly kind: 'LOCAL';
  /** Stores what was PUT to an upload URL, once the token, the type, the size and the image's first bytes agree. */
  receive(token: string, contentType: string | undefined, body: Buffer): Promise<UploadOutcome>;
  /** The photo a view URL's key, `until` and `sig` name: 'expired' or 'forged' when they don't hold, null when there is no such photo. */
  read(key: string, until: string | null, sig: string | null): Promise<{ bytes: Buffer; contentType: PhotoContentType; secondsLeft: number } | 'expired' | 'forged' | null>;
}

export const isLocalPhotoStorage = (storage: PhotoStorage): storage is LocalPhotoStorage => storage.kind === 'LOCAL';

interface UploadGrant {
  key: string;
  type: PhotoContentType;
  bytes: number;
  /** Epoch seconds. */
  until: number;
}

/** Whether the bytes start the way an image of the type does (so a renamed file is refused). */
function looksLike(type: PhotoContentType, body: Buffer): boolean {
  const starts = (bytes: number[], at = 0) => bytes.every((byte, i) => body[at + i] === byte);
  if (type === 'image/jpeg') return starts([0xff, 0xd8, 0xff]);
  if (type === 'image/png') return starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return body.subarray(0, 4).toString('latin1') === 'RIFF' && body.subarray(8, 12).toString('latin1') === 'WEBP';
}

const UNATTACHED = '.unattached';
const ignoreMissing = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
};

export function createLocalPhotoStorage(options: LocalPhotoStorageOptions): LocalPhotoStorage {
  const base = options.baseUrl.replace(/\/+$/u, '');
  const fileOf = (key: string) => join(options.dir, ...key.split('/'));
  const markerOf = (key: string) => `${fileOf(key)}${UNATTACHED}`;
  const signature = (payload: string) => createHmac('sha256', options.secret).update(`govopen-photo-upload:${payload}`).digest();
  const viewSignature = (key: string, until: number) => createHmac('sha256', options.secret).update(`govopen-photo-view:${key}:${until}`).digest();
  const signedAs = (given: string, expected: Buffer) => {
    const bytes = Buffer.from(given, 'base64url');
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };

  function grantOf(token: string): UploadGrant | null {
    const [payload = '', signed = ''] = token.split('.');
    if (!signedAs(signed, signature(payload))) return null;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UploadGrant;
    } catch {
      return null;
    }
  }

  return {
    kind: 'LOCAL',
    async prepareUpload(key, contentType, bytes) {
      const until = Math.floor(options.now().getTime() / 1000) + UPLOAD_SECONDS;
      const grant: UploadGrant = { key, type: contentType, bytes, until };
      const payload = Buffer.from(JSON.stringify(grant), 'utf8').toString('base64url');
      return {
        uploadUrl: `${base}/uploads/${payload}.${signature(payload).toString('base64url')}`,
        method: 'PUT',
        headers: { 'content-type': contentType },
        photoKey: key,
        expiresAt: new Date(until * 1000).toISOString(),
      };
    },
    async exists(key) {
      if (!contentTypeOfPhotoKey(key)) return false;
      try {
        await access(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async viewUrl(key) {
      const until = viewSigningHour(options.now()).getTime() / 1000 + VIEW_URL_SECONDS;
      return `${base}/photos/${key}?until=${until}&sig=${viewSignature(key, until).toString('base64url')}`;
    },
    async receive(token, contentType, body) {
      const grant = grantOf(token);
      if (!grant || !contentTypeOfPhotoKey(grant.key)) return { status: 403, message: '上传地址不正确，请重新选择照片上传。' };
      if (grant.until * 1000 < options.now().getTime()) return { status: 403, message: '上传地址已过期，请重新选择照片上传。' };
      if (body.length > MAX_PHOTO_BYTES) return { status: 413, message: '照片不能超过 5 MB。' };
      if (contentType?.split(';')[0]?.trim().toLowerCase() !== grant.type) return { status: 400, message: '照片的格式与申请上传时说的不一样。' };
      if (body.length !== grant.bytes) return { status: 400, message: '照片的大小与申请上传时说的不一样。' };
      if (!looksLike(grant.type, body)) return { status: 400, message: `这不是一张 ${PHOTO_TYPES[grant.type].toUpperCase()} 照片。` };
      const file = fileOf(grant.key);
      await mkdir(dirname(file), { recursive: true });
      // Written aside and linked into place, so a reader never sees half a photo; the link fails when
      // the key is taken, so an upload URL works once and a stored photo is never replaced (finding 6).
      const partial = `${file}.${randomUUID()}.part`;
      await writeFile(partial, body);
      try {
        await link(partial, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return { status: 409, message: '这个上传地址已经用过了，请重新选择照片上传。' };
      } finally {
        await unlink(partial);
      }
      // After the photo: a crash in between leaves a photo kept, never a marker that removes a named one.
      await writeFile(markerOf(grant.key), options.now().toISOString());
      return { status: 200 };
    },
    async attach(keys) {
      for (const key of keys) await unlink(markerOf(key)).catch(ignoreMissing);
    },
    async removeUnattached(uploadedBefore) {
      const markers = (await readdir(options.dir, { recursive: true }).catch(() => [] as string[])).filter((name) => name.endsWith(UNATTACHED));
      let removed = 0;
      for (const marker of markers) {
        const path = join(options.dir, marker);
        const uploadedAt = new Date((await readFile(path, 'utf8').catch(() => '')).trim());
        if (!(uploadedAt < uploadedBefore)) continue;
        await unlink(path.slice(0, -UNATTACHED.length)).catch(ignoreMissing);
        await unlink(path).catch(ignoreMissing);
        removed += 1;
      }
      return removed;
    },
    async read(key, until, sig) {
      const contentType = contentTypeOfPhotoKey(key);
      if (!contentType) return null;
      const expiry = Number(until);
      if (!Number.isSafeInteger(expiry) || !signedAs(sig ?? '', viewSignature(key, expiry))) return 'forged';
      const secondsLeft = expiry - Math.floor(options.now().getTime() / 1000);
      if (secondsLeft < 0) return 'expired';
      try {
        return { bytes: await readFile(fileOf(key)), contentType, secondsLeft };
      } catch {
        return null;
      }
    },
  };
}
