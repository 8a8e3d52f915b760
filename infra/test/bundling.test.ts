import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { onlyResource, synthStack } from './synth';

// The one test that really runs esbuild, as `cdk synth` does.
describe('Lambda bundling', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'govopen-cdk-'));
  const docker = process.env.CDK_DOCKER;
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    if (docker === undefined) delete process.env.CDK_DOCKER;
    else process.env.CDK_DOCKER = docker;
  });

  it('bundles api/src/lambda.ts locally with esbuild, minified with a source map, into a loadable module', () => {
    // Should CDK fall back to Docker, it would run this and fail: bundling must stay local.
    process.env.CDK_DOCKER = 'false';
    const { template } = synthStack({ bundle: true, outdir });
    const fn = onlyResource(template, 'AWS::Lambda::Function');
    const assetDir = path.join(outdir, fn.Metadata?.['aws:asset:path']);

    const bundle = path.join(assetDir, 'index.js');
    expect(existsSync(bundle)).toBe(true);
    expect(existsSync(`${bundle}.map`)).toBe(true);
    // Minified: a real bundle of Apollo and the SDK is megabytes with few, very long lines.
    const { size } = statSync(bundle);
    expect(size).toBeGreaterThan(10_000);

    // Loading it proves the format and externals work; it must export the handler the function names.
    const exported = execFileSync(
      process.execPath,
      ['-e', `process.stdout.write(typeof require(${JSON.stringify(bundle)}).handler)`],
      { env: { PATH: process.env.PATH, NODE_ENV: 'production', TABLE_NAME: 'govopen-test', AWS_REGION: 'cn-north-1', LOG_LEVEL: 'silent' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(exported).toBe('function');
  });
});
