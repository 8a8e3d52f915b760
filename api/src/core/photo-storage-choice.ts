import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from './config';
import type { PhotoStorage } from './photo-storage';
import type { LocalPhotoStorage } from './photo-storage-local';
import { createS3PhotoStorage } from './photo-storage-s3';

/** The folder local photos are kept in: PHOTO_DIR, else DATA_DIR/photos, else a temporary folder. */
export const localPhotoDir = (config: Pick<Config, 'photos' | 'dataDir'>) =>
  config.photos.dir ?? (config.dataDir ? join(config.dataDir, 'photos') : join(tmpdir(), 'govopen-photos'));

/** The photo storage configuration asks for. */
export function createPhotoStorage(config: Config, now: () => Date = () => new Date()): PhotoStorage {
  if (config.photos.bucket) return createS3PhotoStorage({ bucket: config.photos.bucket, region: config.region, now });
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const options = { dir: localPhotoDir(config), baseUrl: config.photos.baseUrl ?? `http://${host}:${config.port}`, secret: config.sessionSecret, now };
  // The local disk's code is loaded by its first use: the Lambda keeps photos in S3 and never needs it.
  let loaded: Promise<LocalPhotoStorage> | undefined;
  const local = () => (loaded ??= import('./photo-storage-local').then((module) => module.createLocalPhotoStorage(options)));
  const storage: LocalPhotoStorage = {
    kind: 'LOCAL',
    prepareUpload: async (key, contentType, bytes) => (await local()).prepareUpload(key, contentType, bytes),
    exists: async (key) => (await local()).exists(key),
    viewUrl: async (key) => (await local()).viewUrl(key),
    attach: async (keys) => (await local()).attach(keys),
    removeUnattached: async (uploadedBefore) => (await local()).removeUnattached(uploadedBefore),
    receive: async (token, contentType, body) => (await local()).receive(token, contentType, body),
    read: async (key, until, sig) => (await local()).read(key, until, sig),
  };
  return storage;
}
