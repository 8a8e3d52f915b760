import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundleFigures, bundleLambda, LAMBDA_BUNDLE_BUDGET_BYTES } from '../../infra/lib/lambda-bundle';

// The Lambda's size and cold start for `npm run bench` (issue 17): GovOpen's bundle against a bare
// Apollo Server on the same integration (bare-lambda.ts), bundled the same way. Each run is a fresh
// Node process that imports the bundle and answers one request, as a cold Lambda container does;
// runs alternate between the two, and the figures are medians. Two pairs: `{ __typename }` against
// bare Apollo (the target), and a first read of DynamoDB against bare Apollo reading one
// item through the AWS SDK (bare-read-lambda.ts): what any handler over DynamoDB pays.

const RUNS = 9;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** One cold start, measured inside the child: from import() to the first answer. */
const CHILD = `
const started = performance.now();
const { handler } = await import(process.env.BENCH_BUNDLE);
const importMs = performance.now() - started;
const event = { resource: '/graphql', path: '/graphql', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, multiValueHeaders: {},
  queryStringParameters: null, multiValueQueryStringParameters: null, isBase64Encoded: false, requestContext: { requestId: 'bench' },
  body: JSON.stringify({ query: process.env.BENCH_QUERY }) };
const response = await handler(event, { awsRequestId: 'bench' }, () => undefined);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage();
const errors = JSON.parse(response.body).errors;
process.stdout.write('\\nBENCH ' + JSON.stringify({ status: response.statusCode, errors, wallMs, importMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

interface ColdStart {
  wallMs: number;
  /** The part of wallMs spent importing the bundle (Lambda's init phase); the rest is the first answer. */
  importMs: number;
  cpuMs: number;
  peakRssMb: number;
}

interface Handler {
  bundleDir: string;
  query: string;
}

function coldStart({ bundleDir, query }: Handler, dynamoEndpoint: string): Promise<ColdStart> {
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
        // Lambda gives the role's credentials in the environment; DynamoDB Local takes any.
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        DYNAMODB_ENDPOINT: dynamoEndpoint,
        BENCH_BUNDLE: path.join(bundleDir, 'index.mjs'),
        BENCH_QUERY: query,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('BENCH '));
      if (code !== 0 || !line) return reject(new Error(`cold start in ${bundleDir} failed (exit ${code}): ${output.slice(-500)}`));
      const { status, errors, ...figures } = JSON.parse(line.slice('BENCH '.length)) as ColdStart & { status: number; errors?: unknown };
      if (status !== 200 || errors) return reject(new Error(`cold start in ${bundleDir} answered ${status}: ${JSON.stringify(errors)}`));
      resolve(figures);
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Interleaved cold starts of two handlers (alternating which goes first, so neither always meets a warmer machine). */
async function compare(govopen: Handler, yardstick: Handler, dynamoEndpoint: string, title: string, target: string): Promise<void> {
  const runs: Record<'govopen' | 'yardstick', ColdStart[]> = { govopen: [], yardstick: [] };
  for (let i = 0; i < RUNS; i += 1) {
    const order = i % 2 === 0 ? (['govopen', 'yardstick'] as const) : (['yardstick', 'govopen'] as const);
    for (const which of order) runs[which].push(await coldStart(which === 'govopen' ? govopen : yardstick, dynamoEndpoint));
  }
  const figure = (which: 'govopen' | 'yardstick', key: keyof ColdStart) => median(runs[which].map((run) => run[key]));
  const row = (label: string, key: keyof ColdStart, unit: string) => ({
    [`cold start, median of ${RUNS}`]: label,
    GovOpen: `${figure('govopen', key).toFixed(0)} ${unit}`,
    yardstick: `${figure('yardstick', key).toFixed(0)} ${unit}`,
    ratio: `${(figure('govopen', key) / figure('yardstick', key)).toFixed(2)}×`,
    target,
  });
  console.log(`\n${title} (interleaved runs)`);
  console.table([row('import + first answer (wall)', 'wallMs', 'ms'), row('… of which the import (wall)', 'importMs', 'ms'), row('CPU time of the process', 'cpuMs', 'ms'), row('peak memory (RSS)', 'peakRssMb', 'MB')]);
}

/** The bundles' sizes, then their cold starts; the read pair reads the table `bench` on `dynamoEndpoint`, made by the caller. */
export async function printLambdaFigures(dynamoEndpoint: string): Promise<void> {
  const govopenDir = mkdtempSync(path.join(tmpdir(), 'govopen-bench-lambda-'));
  const bareDir = mkdtempSync(path.join(tmpdir(), 'govopen-bench-bare-'));
  const bareReadDir = mkdtempSync(path.join(tmpdir(), 'govopen-bench-bare-read-'));
  try {
    const govopenSizes = bundleFigures((await bundleLambda(govopenDir)).metafile);
    const bareSizes = bundleFigures((await bundleLambda(bareDir, path.join(__dirname, 'bare-lambda.ts'))).metafile);
    await bundleLambda(bareReadDir, path.join(__dirname, 'bare-read-lambda.ts'));
    console.log(`\nLambda bundle (infra/lib/lambda-bundle.ts): ${kb(govopenSizes.coldLoadBytes)} loaded at a cold start (budget ${kb(LAMBDA_BUNDLE_BUDGET_BYTES)}, bare Apollo ${kb(bareSizes.coldLoadBytes)}), ${kb(govopenSizes.totalBytes)} with the parts loaded on demand`);
    console.table(govopenSizes.coldLoadParts.slice(0, 12).map(({ part, bytes }) => ({ 'largest parts at a cold start': part, size: kb(bytes) })));

    const pairs = [
      {
        title: 'Lambda cold start: a fresh Node process imports the bundle and answers { __typename }; yardstick: bare Apollo',
        govopen: { bundleDir: govopenDir, query: '{ __typename }' },
        yardstick: { bundleDir: bareDir, query: '{ __typename }' },
        target: '≤ 1.5×',
      },
      {
        title: "Lambda cold start with a first DynamoDB read: GovOpen's first page of 政策文件库 (one Query); yardstick: bare Apollo reading one item through the AWS SDK (decision 031)",
        govopen: { bundleDir: govopenDir, query: '{ policies(first: 1) { __typename } }' },
        yardstick: { bundleDir: bareReadDir, query: '{ hello }' },
        target: '',
      },
    ];
    for (const { title, govopen, yardstick, target } of pairs) await compare(govopen, yardstick, dynamoEndpoint, title, target);
  } finally {
    for (const dir of [govopenDir, bareDir, bareReadDir]) rmSync(dir, { recursive: true, force: true });
  }
}
