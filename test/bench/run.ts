// npm run bench: figures for the speed and size targets, printed rather than asserted (see docs/testing.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createApp } from '../../api/src/app';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo, ensureTable } from '../../api/src/core/dynamo';
import { loadDemoContent } from '../../api/src/demo/load-demo';
import { startDynamoLocal } from '../../api/src/local/dynamo-local';
import { createGraphQLServer } from '../../api/src/server';
import { miniappSizes } from '../../miniapp/scripts/size-report';
import { createLocalServer } from '../../api/src/local/http-server';
import { SPIKE } from './events-spike';
import { httpTaps } from './http-taps';
import { printSearchFigures } from './search';
import { printLambdaFigures } from './lambda-cold-start';
import { screenCosts } from './screen-requests';
import { interleavedSpike, ROUNDS, spikeTable } from './spike-rounds';

const REPO = resolve(__dirname, '../..');
const MINIAPP_DIST = join(REPO, 'miniapp/dist');

/** Builds a mini-app target when its output is missing (the figures come from existing builds). */
function ensureBuild(target: 'weapp' | 'h5', builtFile: string): void {
  if (existsSync(join(MINIAPP_DIST, target, builtFile))) return;
  console.log(`\nNo ${target} build yet: npm run build:${target}…`);
  // A production build whatever NODE_ENV the caller has (else Taro adds development code).
  const result = spawnSync('npm', ['run', '--silent', `build:${target}`], {
    cwd: REPO,
    // A production weapp build needs an https API address; only its size is wanted here, so without
    // one it gets an address that can never answer (.invalid), should this build ever be uploaded.
    env: { GOVOPEN_API_URL: 'https://govopen-bench.invalid/graphql', ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the ${target} build failed: run \`npm run build:${target}\` to see why`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function printMiniappSizes(): Promise<void> {
  ensureBuild('weapp', 'app.json');
  ensureBuild('h5', 'index.html');
  const sizes = await miniappSizes(MINIAPP_DIST);
  console.log('\nMini-app size (builds in miniapp/dist; source maps and licence notes not counted)');
  console.table([
    { figure: 'weapp main package', size: kb(sizes.weappMainPackageBytes), 'WeChat limit': '2 MB', aim: '< 600 KB' },
    { figure: 'weapp all packages', size: kb(sizes.weappTotalBytes), 'WeChat limit': '30 MB', aim: '' },
    { figure: 'H5 first-load JS (gzip)', size: kb(sizes.h5FirstLoadJsGzipBytes), 'WeChat limit': '', aim: '' },
  ]);
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const emulator = await startDynamoLocal();
  try {
    const config = { ...DEFAULT_CONFIG, logLevel: 'silent', dynamoEndpoint: emulator.endpoint, tableName: 'bench' };
    const dynamo = createDynamo(config);
    await ensureTable(dynamo);
    // First, while nothing else of the bench runs (the emulator waits): the cold start is timed in child processes.
    await printLambdaFigures(emulator.endpoint);
    const app = createApp(config, dynamo);
    await loadDemoContent(app);
    const server = createGraphQLServer({ production: true, log: app.log });
    await server.start();

    console.log("\nDynamoDB requests per resident screen: the mini-app's own operations, demo content (counted by SDK middleware)");
    const resident = (await app.sessions.issue({ kind: 'resident', residentId: 'bench-resident' })).token;
    console.table((await screenCosts(app, server, resident)).map((c) => ({ screen: c.screen, operations: c.operations, 'DynamoDB requests': c.dynamoRequests, target: c.target ?? '', ms: Math.round(c.milliseconds) })));

    console.log(`\nOpen-day sign-up spike: ${SPIKE.residents} residents + ${SPIKE.doubleTaps} double taps at once for ${SPIKE.seats} seats, over HTTP to the local server (each resident from its own 127.1.x.y address), against raw two-item transactions on the same DynamoDB Local: warmed up, then ${ROUNDS} rounds alternating`);
    const http = createLocalServer({ app, graphql: server });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    try {
      const rounds = await interleavedSpike(app, httpTaps(`http://127.0.0.1:${(http.address() as AddressInfo).port}`));
      console.table(spikeTable(rounds));
    } finally {
      await new Promise<void>((done) => http.close(() => done()));
    }
    await server.stop();
    dynamo.destroy();
    await printSearchFigures(emulator.endpoint);
  } finally {
    await emulator.stop();
  }
  await printMiniappSizes();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
