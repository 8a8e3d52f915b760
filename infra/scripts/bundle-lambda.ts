import { bundleFigures, bundleLambda } from '../lib/lambda-bundle';

// `tsx infra/scripts/bundle-lambda.ts OUTDIR`: the Lambda's bundle into OUTDIR. CDK runs this for
// the function's asset (infra/lib/api-function.ts): esbuild's plugins need its asynchronous API,
// and CDK's local bundling is synchronous.

async function main(outdir: string | undefined): Promise<void> {
  if (!outdir) throw new Error('usage: tsx infra/scripts/bundle-lambda.ts OUTDIR');
  const { coldLoadBytes, totalBytes } = bundleFigures((await bundleLambda(outdir)).metafile);
  process.stderr.write(`Lambda bundle: ${(coldLoadBytes / 1024).toFixed(0)} KB loaded at a cold start, ${(totalBytes / 1024).toFixed(0)} KB in all\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
