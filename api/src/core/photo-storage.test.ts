import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_CONFIG } from './config';
import { contentTypeOfPhotoKey, newPhotoKey, ownerOfPhotoKey } from './photo-storage';
import { createPhotoStorage } from './photo-storage-choice';
import { createLocalPhotoStorage } from './photo-storage-local';
import { createS3PhotoStorage } from './photo-storage-s3';

// The two photo storages behind one interface. S3 is checked by the URLs it signs (no network).

const PROJECT = '0123456789abcdef';
const NOW = new Date('2026-05-10T02:34:56Z');

describe('photo keys', () => {
  it('name the folder, the owner and the type, and nothing else passes for one', () => {
    const key = newPhotoKey('projects', PROJECT, 'image/webp');
    expect(ownerOfPhotoKey(key, 'projects')).toBe(PROJECT);
    expect(contentTypeOfPhotoKey(key)).toBe('image/webp');
    for (const bad of [`projects/${PROJECT}/../../etc/passwd`, `projects/${PROJECT}/x.jpg`, `${key}.exe`, `other/${PROJECT}/${key.split('/')[2]}`, `projects/../${key.split('/')[2]}`]) {
      expect(ownerOfPhotoKey(bad, 'projects')).toBeNull();
    }
  });

  it("keep a resident's question photos apart from projects' (a key of one folder is no key of the other)", () => {
    const key = newPhotoKey('consultations', 'resident-1', 'image/jpeg');
    expect(key).toMatch(/^consultations\/resident-1\/[0-9a-f-]{36}\.jpg$/u);
    expect(ownerOfPhotoKey(key, 'consultations')).toBe('resident-1');
    expect(ownerOfPhotoKey(key, 'projects')).toBeNull();
    expect(contentTypeOfPhotoKey(key)).toBe('image/jpeg');
  });
});

describe('choosing the storage', () => {
  it('is S3 when PHOTO_BUCKET is set, the local disk otherwise', () => {
    expect(createPhotoStorage({ ...DEFAULT_CONFIG, photos: { bucket: 'govopen-photos', dir: undefined, baseUrl: undefined } }).kind).toBe('S3');
    expect(createPhotoStorage(DEFAULT_CONFIG).kind).toBe('LOCAL');
  });
});

describe('S3 photo storage', () => {
  const client = new S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret' }, requestChecksumCalculation: 'WHEN_REQUIRED' });
  const storage = createS3PhotoStorage({ bucket: 'govopen-photos', region: 'cn-north-1', now: () => NOW, client });

  it('presigns a PUT of exactly that type and size, for ten minutes, with no checksum a browser cannot send', async () => {
    const key = newPhotoKey('projects', PROJECT, 'image/jpeg');
    const upload = await storage.prepareUpload(key, 'image/jpeg', 123_456);
    const url = new URL(upload.uploadUrl);
    expect(url.hostname).toBe('govopen-photos.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe(`/${key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260510T023456Z');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host', 'if-none-match', 'x-amz-tagging']));
    expect([...url.searchParams.keys()].filter((name) => /checksum|tagging/iu.test(name))).toEqual([]);
    // Single use: S3 refuses a second PUT to the key (If-None-Match: *, signed, so the client must send it).
    // Tagged unattached (signed too): the bucket's lifecycle rule expires it unless a question or an update names it.
    expect(upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'image/jpeg', 'if-none-match': '*', 'x-amz-tagging': 'govopen-photo=unattached' }, photoKey: key, expiresAt: '2026-05-10T02:44:56.000Z' });
  });

  it('shows photos from GET URLs signed as of the hour, so one photo keeps one URL for an hour', async () => {
    const key = newPhotoKey('projects', PROJECT, 'image/png');
    const url = new URL(await storage.viewUrl(key));
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260510T020000Z');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('7200');
    const later = createS3PhotoStorage({ bucket: 'govopen-photos', region: 'cn-north-1', now: () => new Date('2026-05-10T02:59:00Z'), client });
    expect(await later.viewUrl(key)).toBe(url.toString());
  });
});

describe('local photo storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govopen-photo-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let now = NOW;
  const storage = createLocalPhotoStorage({ dir, baseUrl: 'http://127.0.0.1:4000/', secret: 'x'.repeat(32), now: () => now });
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(10)]);
  const tokenOf = (url: string) => url.slice('http://127.0.0.1:4000/uploads/'.length);

  it('accepts the upload until the URL expires, then refuses it', async () => {
    const upload = await storage.prepareUpload(newPhotoKey('projects', PROJECT, 'image/png'), 'image/png', png.length);
    now = new Date(NOW.getTime() + 11 * 60 * 1000);
    expect(await storage.receive(tokenOf(upload.uploadUrl), 'image/png', png)).toEqual({ status: 403, message: '上传地址已过期，请重新选择照片上传。' });
    now = NOW;
    expect(await storage.receive(tokenOf(upload.uploadUrl), 'image/png', png)).toEqual({ status: 200 });
    expect(await storage.exists(upload.photoKey)).toBe(true);
    const view = new URL(await storage.viewUrl(upload.photoKey));
    const [until, sig] = [view.searchParams.get('until'), view.searchParams.get('sig')];
    expect(await storage.read(upload.photoKey, until, sig)).toEqual({ bytes: png, contentType: 'image/png', secondsLeft: 2 * 3600 - (NOW.getTime() / 1000) % 3600 });
  });

  it('serves a photo only from its signed view URL, which holds two hours from the hour it was made in', async () => {
    const upload = await storage.prepareUpload(newPhotoKey('consultations', PROJECT, 'image/png'), 'image/png', png.length);
    expect(await storage.receive(tokenOf(upload.uploadUrl), 'image/png', png)).toEqual({ status: 200 });
    const view = new URL(await storage.viewUrl(upload.photoKey));
    const [until, sig] = [view.searchParams.get('until'), view.searchParams.get('sig')];
    expect(Number(until)).toBe(Math.floor(NOW.getTime() / 3_600_000) * 3600 + 7200);
    expect(await storage.read(upload.photoKey, null, null)).toBe('forged');
    expect(await storage.read(upload.photoKey, String(Number(until) + 3600), sig)).toBe('forged');
    const another = newPhotoKey('consultations', PROJECT, 'image/png');
    expect(await storage.read(another, until, sig)).toBe('forged');
    now = new Date(Number(until) * 1000 + 1000);
    expect(await storage.read(upload.photoKey, until, sig)).toBe('expired');
    now = NOW;
  });

  it('removes a photo never attached once it is older than asked, and keeps attached ones and any it did not receive', async () => {
    const upload = async () => {
      const prepared = await storage.prepareUpload(newPhotoKey('consultations', PROJECT, 'image/png'), 'image/png', png.length);
      expect(await storage.receive(tokenOf(prepared.uploadUrl), 'image/png', png)).toEqual({ status: 200 });
      return prepared.photoKey;
    };
    now = new Date('2026-06-01T00:00:00Z');
    expect(await storage.removeUnattached(now)).toBeGreaterThanOrEqual(0); // the earlier tests' uploads
    const [attached, abandoned] = [await upload(), await upload()];
    await storage.attach([attached]);
    const put = join(dir, 'projects', PROJECT, 'a0a0a0a0-0000-4000-8000-000000000000.png');
    mkdirSync(dirname(put), { recursive: true });
    writeFileSync(put, png);
    expect(await storage.removeUnattached(now)).toBe(0);
    expect(await storage.removeUnattached(new Date(now.getTime() + 1))).toBe(1);
    expect([await storage.exists(attached), await storage.exists(abandoned), existsSync(put)]).toEqual([true, false, true]);
    expect(await storage.removeUnattached(new Date(now.getTime() + 1))).toBe(0);
    now = NOW;
  });

  it('refuses a token signed with another secret', async () => {
    const other = createLocalPhotoStorage({ dir, baseUrl: 'http://127.0.0.1:4000', secret: 'y'.repeat(32), now: () => NOW });
    const upload = await other.prepareUpload(newPhotoKey('projects', PROJECT, 'image/png'), 'image/png', png.length);
    expect((await storage.receive(tokenOf(upload.uploadUrl), 'image/png', png)).status).toBe(403);
    expect(await storage.exists(upload.photoKey)).toBe(false);
  });
});
