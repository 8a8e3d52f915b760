import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taroBuildWeapp } from './support/build';
import { suiteDist } from './support/suite';

// The build as an operator runs it: `taro build --type weapp` stops at once, with one line naming
// the setting, when the API address is missing or not https.

it('refuses a production build without GOVOPEN_API_URL, in one line', () => {
  const build = taroBuildWeapp({ NODE_ENV: 'production', GOVOPEN_API_URL: '', GOVOPEN_OUTPUT_ROOT: 'dist/weapp-refused' });
  expect(build.status).toBe(1);
  const said = build.output.split('\n').filter((line) => line.includes('GovOpen build refused'));
  expect(said).toEqual([expect.stringMatching(/^GovOpen build refused: GOVOPEN_API_URL is not set: a production weapp build needs the https address/)]);
  expect(build.output).not.toMatch(/Compiled|Webpack/);
});

it('refuses a production build with an http API address', () => {
  const build = taroBuildWeapp({ NODE_ENV: 'production', GOVOPEN_API_URL: 'http://api.example.gov.cn/graphql', GOVOPEN_OUTPUT_ROOT: 'dist/weapp-refused' });
  expect(build.status).toBe(1);
  expect(build.output).toContain('GovOpen build refused: GOVOPEN_API_URL "http://api.example.gov.cn/graphql" is not https');
});

it('writes an app.json with WeChat\'s keys only (no H5 page-transition setting)', () => {
  const app = JSON.parse(readFileSync(join(suiteDist(), 'app.json'), 'utf8')) as Record<string, unknown>;
  expect(app).not.toHaveProperty('animation');
  expect(Object.keys(app).sort()).toEqual(expect.arrayContaining(['pages', 'subPackages', 'window', 'plugins']));
  // Staff pick an open day's venue on WeChat's map: WeChat refuses chooseLocation unless app.json declares it.
  expect(app.requiredPrivateInfos).toEqual(['chooseLocation']);
});
