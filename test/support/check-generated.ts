// Compares what `npm run codegen` would write with the committed files, writing nothing.
// Run as a separate process: graphql-codegen's ESM dependencies do not load inside jest.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen';

async function main() {
  process.chdir(resolve(__dirname, '../..'));
  const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, silent: true }, false);
  const stale = outputs.filter((output) => readFileSync(resolve(output.filename), 'utf8') !== output.content).map((o) => o.filename);
  console.log(JSON.stringify({ checked: outputs.map((o) => o.filename), stale }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
