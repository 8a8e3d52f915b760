import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundleFigures, bundleLambda, LAMBDA_BUNDLE_BUDGET_BYTES } from '../../infra/lib/lambda-bundle';

// The Lambda's size and cold start for `npm run bench` (issue 17): GovOpen's bundle against a bare
// Apollo Server on the same integration (bare-lambda.ts), bundled the same way. Each run is a fresh
// Node process that imports the bundle and answers one `{ __typename }`, as a cold Lambda container
// does; runs alternate between the two, and the figures are medians.

const RUNS = 9;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** One cold start, measured inside the child: from import() to the first answer. */
const CHILD = `
const started = performance.now();
const { handler } = await import(process.env.BENCH_BUNDLE);
const event = { resource: '/graphql', path: '/graphql', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, multiValueHeaders: {},
  queryStringParameters: null, multiValueQueryStringParameters: null, isBase64Encoded: false, requestContext: { requestId: 'bench' },
  body: JSON.stringify({ query: '{ __typename }' }) };
const response = await handler(event, { awsRequestId: 'bench' }, () => undefined);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage();
process.stdout.write('\\nBENCH ' + JSON.stringify({ status: response.statusCode, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

interface ColdStart {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

function coldStart(bundleDir: string): Promise<ColdStart> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      env: {
        PATH: process.env.PATH,
        // As the function is configured (infra/lib/api-function.ts: no NODE_OPTIONS), with a session secret set directly.
        NODE_ENV: 'production',
        TABLE_NAME: 'bench',
        AWS_REGION: 'cn-north-1',
        SESSION_SECRET: 'a-bench-session-secret-of-enough-length',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        BENCH_BUNDLE: path.join(bundleDir, 'index.mjs'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('BENCH '));
      if (code !== 0 || !line) return reject(new Error(`cold start in ${bundleDir} failed (exit ${code}): ${output.slice(-500)}`));
      const { status, ...figures } = JSON.parse(line.slice('BENCH '.length)) as ColdStart & { status: number };
      if (status !== 200) return reject(new Error(`cold start in ${bundleDir} answered ${status}`));
      resolve(figures);
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function printLambdaFigures(): Promise<void> {
  const govopenDir = mkdtempSync(path.join(tmpdir(), 'govopen-bench-lambda-'));
  const bareDir = mkdtempSync(path.join(tmpdir(), 'govopen-bench-bare-'));
  try {
    const govopen = bundleFigures((await bundleLambda(govopenDir)).metafile);
    const bare = bundleFigures((await bundleLambda(bareDir, path.join(__dirname, 'bare-lambda.ts'))).metafile);
    console.log(`\nLambda bundle (infra/lib/lambda-bundle.ts): ${kb(govopen.coldLoadBytes)} loaded at a cold start (budget ${kb(LAMBDA_BUNDLE_BUDGET_BYTES)}, bare Apollo ${kb(bare.coldLoadBytes)}), ${kb(govopen.totalBytes)} with the parts loaded on demand`);
    console.table(govopen.coldLoadParts.slice(0, 12).map(({ part, bytes }) => ({ 'largest parts at a cold start': part, size: kb(bytes) })));

    const runs: Record<'govopen' | 'bare', ColdStart[]> = { govopen: [], bare: [] };
    for (let i = 0; i < RUNS; i += 1) {
      // Alternate which goes first, so neither always meets a warmer machine.
      const order = i % 2 === 0 ? (['govopen', 'bare'] as const) : (['bare', 'govopen'] as const);
      for (const which of order) runs[which].push(await coldStart(which === 'govopen' ? govopenDir : bareDir));
    }
    const figure = (which: 'govopen' | 'bare', key: keyof ColdStart) => median(runs[which].map((run) => run[key]));
    const row = (label: string, key: keyof ColdStart, unit: string) => ({
      [`cold start, median of ${RUNS}`]: label,
      GovOpen: `${figure('govopen', key).toFixed(0)} ${unit}`,
      'bare Apollo': `${figure('bare', key).toFixed(0)} ${unit}`,
      ratio: `${(figure('govopen', key) / figure('bare', key)).toFixed(2)}×`,
      target: '≤ 1.5×',
    });
    console.log('\nLambda cold start: a fresh Node process imports the bundle and answers { __typename } (interleaved runs)');
    console.table([row('import + first answer (wall)', 'wallMs', 'ms'), row('CPU time of the process', 'cpuMs', 'ms'), row('peak memory (RSS)', 'peakRssMb', 'MB')]);
  } finally {
    rmSync(govopenDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
