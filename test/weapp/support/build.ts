import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { NOTIFICATIONS } from '../../../api/src/app';

export const MINIAPP = resolve(__dirname, '../../../miniapp');

/** Where the suite's own production build goes (beside dist/weapp, which stays the developer's). */
export const SUITE_DIST = resolve(MINIAPP, 'dist/weapp-suite');

/** The https API address the suite's build is made with; the wx stand-in maps it to the local API. */
export const SUITE_API_URL = 'https://api.govopen.test/graphql';

/** A made-up WeChat template id for every template the server can send (WECHAT_TEMPLATE_<NAME>). */
export const SUITE_TEMPLATE_IDS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.keys(NOTIFICATIONS).map((name) => [name, `tmpl-${name.toLowerCase().replace(/_/g, '-')}`])),
);

/** Runs `taro build --type weapp` as an operator would, with `env` on top of this process's environment. */
export function taroBuildWeapp(env: Record<string, string | undefined>) {
  const started = Date.now();
  const result = spawnSync(resolve(MINIAPP, '../node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: MINIAPP,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms: Date.now() - started };
}

/** The suite's production build: the test API's address, and an id for every template. */
export function buildForSuite(): number {
  const templates = Object.fromEntries(Object.entries(SUITE_TEMPLATE_IDS).map(([name, id]) => [`WECHAT_TEMPLATE_${name}`, id]));
  const build = taroBuildWeapp({ NODE_ENV: 'production', GOVOPEN_API_URL: SUITE_API_URL, GOVOPEN_OUTPUT_ROOT: SUITE_DIST, ...templates });
  if (build.status !== 0) throw new Error(`the weapp build failed:\n${build.output.slice(-4000)}`);
  return build.ms;
}
