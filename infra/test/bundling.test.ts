import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundleFigures, bundleLambda, FILES_BESIDE, LAMBDA_BUNDLE_BUDGET_BYTES, type BundleFigures } from '../lib/lambda-bundle';
import { onlyResource, synthStack } from './synth';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// The tests that really run esbuild, as `cdk synth` does.
describe('Lambda bundling', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'govopen-cdk-'));
  const docker = process.env.CDK_DOCKER;
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    if (docker === undefined) delete process.env.CDK_DOCKER;
    else process.env.CDK_DOCKER = docker;
  });

  it('bundles api/src/lambda.ts locally into index.mjs, its chunks and source maps, a module Lambda can load', () => {
    // Should CDK fall back to Docker, it would run this and fail: bundling must stay local.
    process.env.CDK_DOCKER = 'false';
    const { template } = synthStack({ bundle: true, outdir });
    const fn = onlyResource(template, 'AWS::Lambda::Function');
    const assetDir = path.join(outdir, fn.Metadata?.['aws:asset:path']);

    const files = readdirSync(assetDir);
    expect(files).toContain('index.mjs');
    expect(files).toContain('index.mjs.map');
    for (const file of Object.values(FILES_BESIDE)) expect(files).toContain(`${file}.cjs`);

    // Loading it proves the format and the chunks work; it must export the handler the function names.
    const exported = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `process.stdout.write(typeof (await import(${JSON.stringify(path.join(assetDir, 'index.mjs'))})).handler)`],
      { env: { PATH: process.env.PATH, NODE_ENV: 'production', TABLE_NAME: 'govopen-test', AWS_REGION: 'cn-north-1', LOG_LEVEL: 'silent' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(exported).toBe('function');
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

  it('leaves what few requests need out of the cold start: S3, Secrets Manager, dictionaries, QR codes, the holiday calendar, document readers, Apollo reporting', () => {
    const coldParts = figures.coldLoadParts.map(({ part }) => part);
    for (const lazy of ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@aws-sdk/client-secrets-manager', 'opencc-js', 'qrcode-generator', 'chinese-days', 'mammoth', 'unpdf', 'htmlparser2', '@apollo/usage-reporting-protobuf', 'sha.js']) {
      expect(coldParts).not.toContain(lazy);
    }
    for (const file of Object.values(FILES_BESIDE)) expect(existsSync(path.join(outdir, `${file}.cjs`))).toBe(true);
  });
});
