import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalServer } from '../../api/src/local/http-server';
import { createGraphQLServer } from '../../api/src/server';
import { createTestApi, type TestApi } from './test-app';

// The API with photos on the local disk behind the local server's /uploads and /photos routes, as
// `npm start` runs it: tests upload and read photos over HTTP the way the mini-app does.

export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);

export type Upload = { uploadUrl: string; method: string; headers: Array<{ name: string; value: string }>; photoKey: string; expiresAt: string };

/** PUTs the bytes where the upload says, as the upload's content type unless told otherwise. */
export const putPhoto = (upload: Upload, body: Buffer, contentType = upload.headers.find((h) => h.name === 'content-type')!.value) =>
  fetch(upload.uploadUrl, { method: upload.method, headers: { 'content-type': contentType }, body: new Uint8Array(body) });

export async function startPhotoServer(): Promise<{ api: TestApi; base: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'govopen-photos-test-'));
  // The server listens first, so the photo storage can be told its address.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = await createTestApi({ photos: { bucket: undefined, dir, baseUrl: base } });
  const graphql = createGraphQLServer({ production: false, log: api.app.log });
  await graphql.start();
  const local = createLocalServer({ app: api.app, graphql });
  server.on('request', (request, response) => local.emit('request', request, response));
  return {
    api,
    base,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
