import { ApiError } from '../api/request';
import { putPhoto, type PickedPhoto } from '../platform/photos';

// What photo storage accepts (api/src/core/photo-storage.ts), checked on the phone so a mistake is
// said before anything is sent; and sending chosen photos there before the form that names them.

/** The photo types storage accepts, with the name people know them by. */
export const PHOTO_TYPES: Readonly<Record<string, string>> = { 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/webp': 'WEBP' };
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** What is wrong with a chosen photo, in words; '' when it can be sent. */
export function photoProblem(photo: Pick<PickedPhoto, 'contentType' | 'bytes'>): string {
  if (!PHOTO_TYPES[photo.contentType]) return '照片只能是 JPG、PNG 或 WEBP 格式。';
  if (photo.bytes <= 0) return '照片是空的，请重新选择。';
  if (photo.bytes > MAX_PHOTO_BYTES) return '照片不能超过 5 MB，请换一张或压缩后再选。';
  return '';
}

export const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

type Upload = Parameters<typeof putPhoto>[0] & { photoKey: string };

/** Photos already in storage, by the photo chosen: when only the form failed, a retry does not send them again. */
export type UploadedPhotos = Map<PickedPhoto, string>;

/**
 * Sends each photo not yet in storage: `ask` gets its upload address from the API, then the bytes go
 * there. Resolves to the photos' keys, in order; an upload that fails says `failed` (ApiError UPLOAD).
 */
export async function uploadPhotos(photos: readonly PickedPhoto[], uploaded: UploadedPhotos, ask: (photo: PickedPhoto) => Promise<Upload>, failed: string): Promise<string[]> {
  const keys: string[] = [];
  for (const photo of photos) {
    let key = uploaded.get(photo);
    if (!key) {
      const upload = await ask(photo);
      if (!(await putPhoto(upload, photo))) throw new ApiError(failed, 'UPLOAD');
      key = upload.photoKey;
      uploaded.set(photo, key);
    }
    keys.push(key);
  }
  return keys;
}
