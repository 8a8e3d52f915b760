import { randomUUID } from 'node:crypto';

// Progress photos: the client asks GovOpen where to upload (requestPhotoUpload), PUTs the bytes there
// itself, then names the photo by its key in postProjectUpdate. One interface, two implementations
// chosen by configuration (photo-storage-choice.ts): S3 with presigned URLs in the cloud (PHOTO_BUCKET set), the local disk
// behind the local server's /uploads and /photos routes otherwise.

export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoContentType = keyof typeof PHOTO_TYPES;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** How long an upload URL may be used. */
export const UPLOAD_SECONDS = 10 * 60;

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

const KEY_PATTERN = /^projects\/([0-9a-f]{16})\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/u;

/** A new, unguessable key for a photo of the project: projects/<projectId>/<uuid>.<ext>. */
export const newPhotoKey = (projectId: string, contentType: PhotoContentType) => `projects/${projectId}/${randomUUID()}.${PHOTO_TYPES[contentType]}`;

/** The project a photo key belongs to, or null for anything that is not a photo key. */
export function projectOfPhotoKey(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function contentTypeOfPhotoKey(key: string): PhotoContentType | null {
  const extension = KEY_PATTERN.exec(key)?.[2];
  const found = Object.entries(PHOTO_TYPES).find(([, ext]) => ext === extension);
  return found ? (found[0] as PhotoContentType) : null;
}
