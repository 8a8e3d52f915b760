import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_PHOTO_BYTES, type PhotoStorage } from '../core/photo-storage';
import { isLocalPhotoStorage } from '../core/photo-storage-local';

// The local server's stand-in for S3, used only when photos are kept on the local disk:
//   PUT /uploads/<token>   the bytes of one photo, to the URL requestPhotoUpload gave
//   GET /photos/<key>?until=…&sig=…   a stored photo, while its signed view URL holds
// Anything else (or photos kept in S3) is not handled here.

function send(response: ServerResponse, status: number, message?: string) {
  const headers = { 'access-control-allow-origin': '*', ...(message ? { 'content-type': 'application/json; charset=utf-8' } : {}) };
  response.writeHead(status, headers);
  response.end(message ? JSON.stringify({ error: message }) : undefined);
}

/** The body, or null once it passes `limit` bytes (the rest is read and dropped, so the client gets the answer). */
export function readLimited(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Handles the request when it is a photo route of local storage; false otherwise. */
export async function servePhotoRoutes(storage: PhotoStorage, request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  if (!isLocalPhotoStorage(storage)) return false;
  if (url.pathname.startsWith('/uploads/')) {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'PUT', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
      response.end();
      return true;
    }
    if (request.method !== 'PUT') {
      send(response, 405, '上传照片请用 PUT。');
      return true;
    }
    const body = await readLimited(request, MAX_PHOTO_BYTES);
    const outcome = body ? await storage.receive(url.pathname.slice('/uploads/'.length), request.headers['content-type'], body) : { status: 413 as const, message: '照片不能超过 5 MB。' };
    send(response, outcome.status, 'message' in outcome ? outcome.message : undefined);
    return true;
  }
  if (url.pathname.startsWith('/photos/') && (request.method === 'GET' || request.method === 'HEAD')) {
    const photo = await storage.read(url.pathname.slice('/photos/'.length), url.searchParams.get('until'), url.searchParams.get('sig'));
    if (!photo) {
      send(response, 404, '没有这张照片。');
      return true;
    }
    if (typeof photo === 'string') {
      send(response, 403, photo === 'expired' ? '照片的地址已过期，请重新打开页面再看。' : '照片的地址不对，请从页面上打开照片。');
      return true;
    }
    // A key is never reused, so a photo never changes; kept no longer than its URL is good for.
    response.writeHead(200, {
      'content-type': photo.contentType,
      'content-length': String(photo.bytes.length),
      'cache-control': `private, max-age=${photo.secondsLeft}, immutable`,
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': '*',
    });
    response.end(request.method === 'HEAD' ? undefined : photo.bytes);
    return true;
  }
  return false;
}
