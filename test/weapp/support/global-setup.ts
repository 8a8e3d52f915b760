import { buildForSuite, SUITE_DIST } from './build';

/**
 * Jest runs this once per run that includes a test under test/weapp: a fresh production weapp build
 * for the suite (about 40 s on an idle machine). GOVOPEN_WEAPP_SUITE_DIST=<folder> uses a build you
 * already made with the same settings instead, for iterating on the suite itself.
 */
export default function globalSetup(): void {
  if (process.env.GOVOPEN_WEAPP_SUITE_DIST) return;
  const ms = buildForSuite();
  console.log(`\nweapp suite: production build in ${(ms / 1000).toFixed(1)} s`);
  process.env.GOVOPEN_WEAPP_SUITE_DIST = SUITE_DIST;
}
