import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../api/src/app';
import { DEFAULT_CONFIG, type Config } from '../../../api/src/core/config';
import { loadDemoContent } from '../../../api/src/demo/load-demo';
import { serveH5 } from '../../../api/src/local/h5-app';
import { createLocalServer } from '../../../api/src/local/http-server';
import { createGraphQLServer } from '../../../api/src/server';
import { createTestDynamo, dropTestDynamo } from '../../support/test-app';

/**
 * Where photos are uploaded to and shown from, as the photo bucket's https domain is in production
 * (a request 合法域名: WeChat PUTs only there); the local server's /uploads and /photos answer it.
 */
export const SUITE_PHOTO_ORIGIN = 'https://photos.govopen.test';

/** The mini-program's credentials in the tests (the fake WeChat servers know them). */
export const TEST_WECHAT_APP = Object.freeze({ appId: 'wx0123456789abcdef', secret: 'weapp-suite-secret' });

/**
 * GovOpen's real API on a fresh table in the run's DynamoDB Local, with the demo content, served over
 * HTTP on 127.0.0.1 (the wx stand-in maps the build's https API address here), talking to the given
 * stand-in of WeChat's servers and sending subscribe messages with the given template ids; with `h5`,
 * it serves the H5 build too.
 */
export async function startApi(options: { wechatBase: string; templates: Record<string, string>; h5?: boolean }) {
  const dynamo = await createTestDynamo();
  const config: Config = {
    ...DEFAULT_CONFIG,
    logLevel: 'silent',
    tableName: dynamo.tableName,
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
    wechat: { appId: TEST_WECHAT_APP.appId, appSecret: TEST_WECHAT_APP.secret, apiBase: options.wechatBase },
    notifications: { channel: 'wechat', templates: options.templates },
    rateLimitPerMinute: 100_000,
    photos: { bucket: undefined, dir: mkdtempSync(join(tmpdir(), 'govopen-weapp-photos-')), baseUrl: SUITE_PHOTO_ORIGIN },
  };
  // The API's clock, which a test may move (an open day's check-in opens 3 hours before it starts).
  let offsetMs = 0;
  const app = createApp(config, dynamo, { now: () => new Date(Date.now() + offsetMs) });
  await loadDemoContent(app);
  const graphql = createGraphQLServer({ production: config.production, log: app.log });
  await graphql.start();
  // With `h5`, the built H5 pages on the same origin, as `npm start` serves them (扫码登录 drives both at once).
  const server: Server = createLocalServer({ app: app as never, graphql, ...(options.h5 ? { fallback: serveH5 } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    app,
    /** Sets the API's clock to `instant` (and on from there); `reset` goes back to the real time. */
    clock: {
      set: (instant: Date) => void (offsetMs = instant.getTime() - Date.now()),
      reset: () => void (offsetMs = 0),
    },
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await graphql.stop();
      await dropTestDynamo(dynamo);
      rmSync(config.photos.dir!, { recursive: true, force: true });
    },
  };
}

export type RunningApi = Awaited<ReturnType<typeof startApi>>;
