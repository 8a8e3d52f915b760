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

/**
 * An uploaded photo stays unattached until what it was uploaded for (a question, a progress update)
 * names it; one still unattached this long after its upload is removed. The client uploads its photos
 * when the resident taps 提交留言 and names them at once, so a photo is unattached for seconds; it stays
 * so only when the question was never sent (the network failed, the resident gave up). The page reuses
 * an uploaded photo on a retry while it stays open, and a resident who retries the next morning is
 * still within the day. In S3 the bucket's lifecycle rule counts in whole days (infra/lib/photos.ts),
 * so there it is between one and two days.
 */
export const UNATTACHED_PHOTO_HOURS = 24;
/** S3: every upload carries this tag with UNATTACHED; naming the photo sets it to ATTACHED, and the lifecycle rule expires what is still UNATTACHED. */
export const ATTACHMENT_TAG = { key: 'govopen-photo', unattached: 'unattached', attached: 'attached' } as const;

export interface PhotoStorage {
  readonly kind: 'S3' | 'LOCAL';
  /** Where to PUT exactly `bytes` bytes of `contentType` under `key`; the photo counts as unattached until `attach`. */
  prepareUpload(key: string, contentType: PhotoContentType, bytes: number): Promise<PreparedUpload>;
  /** Whether a photo was uploaded under the key. */
  exists(key: string): Promise<boolean>;
  /** Where a client shows it from. */
  viewUrl(key: string): Promise<string>;
  /** Marks uploaded photos as named by what is about to be saved, so the cleanup keeps them (called before the save: a failed save leaves a kept photo, never a removed one). */
  attach(keys: readonly string[]): Promise<void>;
  /** Removes photos uploaded before `uploadedBefore` that were never attached; how many. S3: the bucket's lifecycle rule does this, so 0. */
  removeUnattached(uploadedBefore: Date): Promise<number>;
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
