import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createTestDynamo, dropTestDynamo } from '../../test/support/test-app';
import { bundleFigures, bundleLambda, FILES_BESIDE, LAMBDA_BUNDLE_BUDGET_BYTES, type BundleFigures } from '../lib/lambda-bundle';
import { REPO_ROOT } from '../lib/paths';
import { onlyResource, synthStack } from './synth';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// The tests that really run esbuild, as `cdk synth` does.
describe('Lambda bundling', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'govopen-cdk-'));
  const docker = process.env.CDK_DOCKER;
  /** The synthesised function's asset folder, bundled by the first test. */
  let assetDir = '';
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    if (docker === undefined) delete process.env.CDK_DOCKER;
    else process.env.CDK_DOCKER = docker;
  });

  // Loading it and answering proves the format, the chunks and Apollo's start-up without the parts
  // the bundle leaves out; it must export the handler the function names.
  const ask = (query: string, env: Record<string, string> = { LOG_LEVEL: 'silent' }, after = "''") =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { handler } = await import(${JSON.stringify(path.join(assetDir, 'index.mjs'))});
         const response = await handler({ resource: '/graphql', httpMethod: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, multiValueHeaders: {},
           queryStringParameters: null, multiValueQueryStringParameters: null, isBase64Encoded: false, requestContext: { requestId: 'test' }, body: ${JSON.stringify(JSON.stringify({ query }))} }, { awsRequestId: 'test' });
         process.stdout.write(response.statusCode + ' ' + response.body + ${after});`,
      ],
      {
        // As the function runs (no NODE_OPTIONS), with a session secret set directly.
        env: { PATH: process.env.PATH, NODE_ENV: 'production', TABLE_NAME: 'govopen-test', AWS_REGION: 'cn-north-1', SESSION_SECRET: 'a-test-session-secret-of-enough-length', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );

  it('bundles api/src/lambda.ts locally into index.mjs, its chunks and source maps, a module Lambda can load', () => {
    // Should CDK fall back to Docker, it would run this and fail: bundling must stay local.
    process.env.CDK_DOCKER = 'false';
    const { template } = synthStack({ bundle: true, outdir });
    const fn = onlyResource(template, 'AWS::Lambda::Function');
    assetDir = path.join(outdir, fn.Metadata?.['aws:asset:path']);

    const files = readdirSync(assetDir);
    expect(files).toContain('index.mjs');
    expect(files).toContain('index.mjs.map');
    for (const file of Object.values(FILES_BESIDE)) expect(files).toContain(`${file}.cjs`);

    expect(ask('{ __typename }').trim()).toBe('200 {"data":{"__typename":"Query"}}');

    // An operator reads a logged error's stack in source files and lines, not the chunks' minified
    // places (api/src/core/stack-traces.ts). Without credentials (and no instance metadata to ask),
    // the first read fails inside the SDK, called from a resolver.
    const lines = ask('{ policies(first: 1) { __typename } }', { AWS_EC2_METADATA_DISABLED: 'true' }).split('\n');
    const stack: string = JSON.parse(lines.find((line) => line.includes('"level":50')) ?? '{}').err?.stack ?? '';
    expect(stack).toContain('api/src/policies/policy-resolvers.ts:');
    expect(stack).not.toMatch(/\.mjs:\d/);

    // The files beside the chunks are what the code require()s when a text, a code or a date needs them.
    const beside = (file: string) => require(path.join(assetDir, `${FILES_BESIDE[file]}.cjs`));
    expect(beside('opencc-js/t2cn').Converter({ from: 'hk', to: 'cn' })('政務公開')).toBe('政务公开');
    expect(beside('qrcode-generator')(0, 'M')).toHaveProperty('make');
    expect(beside('chinese-days/dist/chinese-days.json').holidays['2024-10-01']).toBeDefined();
  });

  it('reads from DynamoDB through the SDK as bundled, its answer collector replaced (smithyShims in infra/lib/lambda-bundle.ts)', async () => {
    const dynamo = await createTestDynamo();
    try {
      // Node's own modules loaded by then follow the answer: should an SDK update move the files the
      // shims replace, they stop applying and the web streams (or zlib) show here; Node's diagnostic
      // report shows when something imports `node:process` as a module again (processAsGlobal).
      const unwanted = "m.endsWith('webstreams/readablestream') || m === 'NativeModule zlib' || m.endsWith('process/report')";
      const answer = ask('{ policies(first: 1) { __typename } }', { LOG_LEVEL: 'silent', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT!, TABLE_NAME: dynamo.tableName }, `' ' + process.moduleLoadList.filter((m) => ${unwanted}).join(',')`);
      expect(answer.trim()).toBe('200 {"data":{"policies":{"__typename":"PolicyConnection"}}}');
    } finally {
      await dropTestDynamo(dynamo);
    }
  });
});

describe('Lambda bundle budget (issue 17)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'govopen-bundle-'));
  let figures: BundleFigures;
  beforeAll(async () => {
    figures = bundleFigures((await bundleLambda(outdir)).metafile);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it(`loads at most ${kb(LAMBDA_BUNDLE_BUDGET_BYTES)} at a cold start`, () => {
    const largest = figures.coldLoadParts.slice(0, 12).map(({ part, bytes }) => `${kb(bytes).padStart(9)}  ${part}`).join('\n');
    // Past the budget, the failure names the largest parts, so whoever passes it sees where the bytes went.
    const verdict = figures.coldLoadBytes <= LAMBDA_BUNDLE_BUDGET_BYTES ? 'within budget' : `${kb(figures.coldLoadBytes)} at a cold start; largest parts:\n${largest}`;
    expect(verdict).toBe('within budget');
  });

  it("leaves what few requests need out of the cold start: S3, Secrets Manager, dictionaries, QR codes, the holiday calendar, document readers, Apollo reporting, schema building and session tokens", () => {
    const coldParts = figures.coldLoadParts.map(({ part }) => part);
    for (const lazy of ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@aws-sdk/client-secrets-manager', 'opencc-js', 'qrcode-generator', 'chinese-days', 'mammoth', 'unpdf', 'htmlparser2', '@apollo/usage-reporting-protobuf', 'sha.js', '@graphql-tools/schema', '@graphql-tools/utils', 'jose']) {
      expect(coldParts).not.toContain(lazy);
    }
    for (const file of Object.values(FILES_BESIDE)) expect(existsSync(path.join(outdir, `${file}.cjs`))).toBe(true);
  });

  it('leaves the resolvers of features loaded on first use out of the cold start (docs/cold-start.md: nothing imports them statically)', () => {
    const lazy = ['api/src/consultations/consultation-resolvers.ts', 'api/src/information-requests/request-resolvers.ts', 'api/src/workbench/workbench-resolvers.ts', 'api/src/identity/staff-account-resolvers.ts', 'api/src/scan-sign-in/scan-sign-in-resolvers.ts', 'api/src/scan-sign-in/scan-sign-in-store.ts',
      // The resident features: a cold start loads only those its first request asks for.
      ...['policies/policy-resolvers', 'policies/policy-write-resolvers', 'policies/publishing-resolvers', 'events/event-resolvers', 'events/event-write-resolvers'].map((file) => `api/src/${file}.ts`),
      ...['projects/project-resolvers', 'projects/project-write-resolvers', 'projects/project-resident-resolvers', 'ratings/service-resolvers', 'ratings/rating-resolvers', 'ratings/rating-write-resolvers', 'search/search-resolvers'].map((file) => `api/src/${file}.ts`)];
    for (const file of lazy) expect(existsSync(path.join(REPO_ROOT, file))).toBe(true);
    expect(figures.coldLoadInputs.filter((input) => lazy.includes(input))).toEqual([]);
  });
});
