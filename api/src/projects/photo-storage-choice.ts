import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../core/config';
import type { PhotoStorage } from './photo-storage';
import { createLocalPhotoStorage } from './photo-storage-local';
import { createS3PhotoStorage } from './photo-storage-s3';

/** The folder local photos are kept in: PHOTO_DIR, else DATA_DIR/photos, else a temporary folder. */
export const localPhotoDir = (config: Pick<Config, 'photos' | 'dataDir'>) =>
  config.photos.dir ?? (config.dataDir ? join(config.dataDir, 'photos') : join(tmpdir(), 'govopen-photos'));

/** The photo storage configuration asks for. */
export function createPhotoStorage(config: Config, now: () => Date = () => new Date()): PhotoStorage {
  if (config.photos.bucket) return createS3PhotoStorage({ bucket: config.photos.bucket, region: config.region, now });
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return createLocalPhotoStorage({
    dir: localPhotoDir(config),
    baseUrl: config.photos.baseUrl ?? `http://${host}:${config.port}`,
    secret: config.sessionSecret,
    now,
  });
}
