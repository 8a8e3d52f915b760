import Taro from '@tarojs/taro';
import { isWeapp } from './index';

// Photos: one shown large, one chosen on the phone or computer and sent to storage. Tests replace
// `photoFromFile` and `putPhoto`.

/** weapp: WeChat's own photo viewer (swipe, pinch, its close button). H5 answers false: the page enlarges in place. */
export function previewPhotos(urls: string[], current: string): boolean {
  if (!isWeapp()) return false;
  void Taro.previewImage({ urls, current }).catch(() => undefined);
  return true;
}

/** A photo chosen on the phone or computer, not yet sent. */
export type PickedPhoto = {
  name: string;
  /** From the image's first bytes where they could be read, else what the browser says. */
  contentType: string;
  bytes: number;
  /** What is PUT: an ArrayBuffer on weapp, the File itself on H5. */
  body: ArrayBuffer | Blob;
  /** For the thumbnail before sending. */
  previewUrl: string;
};

/** JPEG, PNG or WEBP by their first bytes; '' for anything else. */
export function sniffImageType(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47].every((b, i) => head[i] === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...Array.from(head.slice(from, to)));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return '';
}

/**
 * weapp: the album or camera (WeChat compresses it), read as bytes; 'closed' when the resident closed
 * the album, 'refused' when they said no to the privacy pop-up (WeChat then fails every such call:
 * "…fail privacy permission is not authorized", or "auth deny" for the album permission itself).
 */
export async function choosePhoto(): Promise<PickedPhoto | 'closed' | 'refused'> {
  let path: string | undefined;
  try {
    const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    path = chosen.tempFilePaths[0];
  } catch (error) {
    return /privacy|auth deny|authorize/iu.test((error as { errMsg?: string })?.errMsg ?? '') ? 'refused' : 'closed';
  }
  if (!path) return 'closed';
  const data = await new Promise<ArrayBuffer>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({ filePath: path!, success: (result) => resolve(result.data as ArrayBuffer), fail: reject }),
  );
  return { name: path.split('/').pop() ?? 'photo', contentType: sniffImageType(new Uint8Array(data, 0, Math.min(12, data.byteLength))), bytes: data.byteLength, body: data, previewUrl: path };
}

/** H5: the file from an <input type="file">; its first bytes decide the type. */
export async function photoFromFile(file: File): Promise<PickedPhoto> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  return { name: file.name, contentType: sniffImageType(head) || file.type, bytes: file.size, body: file, previewUrl: URL.createObjectURL(file) };
}

type Upload = { uploadUrl: string; method: string; headers: ReadonlyArray<{ name: string; value: string }> };

/**
 * Sends the bytes where requestPhotoUpload said, with exactly its headers. The length is the body's
 * own (the browser and WeChat set content-length from it; a browser may not set it by hand), and it
 * is the length the upload was asked for. Resolves true when storage took it.
 */
export async function putPhoto(upload: Upload, photo: PickedPhoto): Promise<boolean> {
  // Not Object.fromEntries: iOS 12.0 and 12.1 have none.
  const header: Record<string, string> = {};
  for (const { name, value } of upload.headers) header[name] = value;
  try {
    if (isWeapp()) {
      const response = await Taro.request({ url: upload.uploadUrl, method: upload.method as 'PUT', header, data: photo.body, dataType: 'text', responseType: 'text' });
      return response.statusCode >= 200 && response.statusCode < 300;
    }
    const { 'content-length': _length, ...headers } = header;
    const response = await fetch(upload.uploadUrl, { method: upload.method, headers, body: photo.body });
    return response.ok;
  } catch {
    return false;
  }
}
