import { randomUUID } from 'node:crypto';
import * as z from 'zod';

// Photos (a project's progress, a resident's question): the client asks GovOpen where to upload
// (requestPhotoUpload, requestQuestionPhotoUpload), PUTs the bytes there itself, then names the photo
// by its key in what it sends (postProjectUpdate, askQuestion). One interface, two implementations
// chosen by configuration (photo-storage-choice.ts): S3 with presigned URLs in the cloud (PHOTO_BUCKET set), the local disk
// behind the local server's /uploads and /photos routes otherwise.

export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoContentType = keyof typeof PHOTO_TYPES;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** How long an upload URL may be used. */
export const UPLOAD_SECONDS = 10 * 60;

const HOUR_MS = 60 * 60 * 1000;
/**
 * A photo's view URL is signed as of the start of the hour and valid two hours from then: one photo
 * keeps one URL all hour (browsers and WeChat cache it), and a URL that leaks dies within two hours.
 */
export const VIEW_URL_SECONDS = 2 * 60 * 60;
export const viewSigningHour = (now: Date): Date => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);

export interface PreparedUpload {
  uploadUrl: string;
  method: 'PUT';
  /** Headers the PUT must carry exactly as given (they are part of what was signed). */
  headers: Record<string, string>;
  photoKey: string;
  expiresAt: string;
}

export interface PhotoStorage {
  readonly kind: 'S3' | 'LOCAL';
  /** Where to PUT exactly `bytes` bytes of `contentType` under `key`. */
  prepareUpload(key: string, contentType: PhotoContentType, bytes: number): Promise<PreparedUpload>;
  /** Whether a photo was uploaded under the key. */
  exists(key: string): Promise<boolean>;
  /** Where a client shows it from. */
  viewUrl(key: string): Promise<string>;
}

/**
 * The folders photos are kept in, one per feature that takes photos: a project's progress photos
 * (public) and a resident's question photos (private). infra/lib/photos.ts lets the API reach these
 * folders and no others.
 */
export const PHOTO_FOLDERS = ['projects', 'consultations'] as const;
export type PhotoFolder = (typeof PHOTO_FOLDERS)[number];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_PATTERN = new RegExp(`^(${PHOTO_FOLDERS.join('|')})/([0-9A-Za-z_-]{1,64})/${UUID}\\.(jpg|png|webp)$`, 'u');

/**
 * A new, unguessable key: <folder>/<owner>/<uuid>.<ext>. The owner (a project, a resident) is what a
 * feature checks before it takes a key: a photo can only be named where it was uploaded for.
 */
export const newPhotoKey = (folder: PhotoFolder, owner: string, contentType: PhotoContentType) => `${folder}/${owner}/${randomUUID()}.${PHOTO_TYPES[contentType]}`;

/** Who a photo key of the folder belongs to, or null for anything that is not a photo key of that folder. */
export function ownerOfPhotoKey(key: string, folder: PhotoFolder): string | null {
  const match = KEY_PATTERN.exec(key);
  return match?.[1] === folder ? (match[2] ?? null) : null;
}

export function contentTypeOfPhotoKey(key: string): PhotoContentType | null {
  const extension = KEY_PATTERN.exec(key)?.[3];
  const found = Object.entries(PHOTO_TYPES).find(([, ext]) => ext === extension);
  return found ? (found[0] as PhotoContentType) : null;
}

/** What a client says about a photo it wants to upload, checked before any URL is signed. */
export const photoRequestSchema = z.object({
  contentType: z.enum(Object.keys(PHOTO_TYPES) as [PhotoContentType], { message: '照片只能是 JPG、PNG 或 WEBP 格式。' }),
  bytes: z
    .number({ message: '照片大小不正确。' })
    .int('照片大小不正确。')
    .min(1, '照片是空的。')
    .max(MAX_PHOTO_BYTES, '照片不能超过 5 MB，请压缩后再上传。'),
});

/** A PreparedUpload as the GraphQL type PhotoUpload (core.graphql) has it: headers as name/value pairs. */
export const photoUploadOf = (upload: PreparedUpload) => ({ ...upload, headers: Object.entries(upload.headers).map(([name, value]) => ({ name, value })) });

/** Keys as the GraphQL type Photo (core.graphql): each with the address to show it from. */
export const photosOf = (storage: PhotoStorage, keys: readonly string[]) => Promise.all(keys.map(async (key) => ({ key, url: await storage.viewUrl(key) })));
