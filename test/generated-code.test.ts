import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO } from './support/run-govopen';

// Schema-first only works if what is generated from the schema is what is committed.
it('has every generated file up to date with the .graphql files (else run `npm run codegen`)', () => {
  const result = spawnSync(resolve(REPO, 'node_modules/.bin/tsx'), ['test/support/check-generated.ts'], { cwd: REPO, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  const { checked, stale } = JSON.parse(result.stdout) as { checked: string[]; stale: string[] };
  expect(checked).toEqual(expect.arrayContaining(['api/src/generated/resolvers.ts', 'api/src/generated/type-defs.ts', 'shared/src/generated/graphql.ts', 'miniapp/src/generated/operations.ts']));
  expect(stale).toEqual([]);
});
