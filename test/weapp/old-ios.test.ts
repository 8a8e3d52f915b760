import { compiledForUpload, OLDEST_IOS, oldIosProblems } from './support/old-ios';
import { suiteDist } from './support/suite';

it('the check itself finds what old iOS cannot parse', () => {
  expect(oldIosProblems('var cut = /(?<=[。！])/u;')).toEqual([expect.stringMatching(/^line 1:\d+: regex lookbehind/)]);
  expect(oldIosProblems('var cut = new RegExp("(?<!a)b");')).toEqual([expect.stringMatching(/lookbehind in a string/)]);
  expect(oldIosProblems('var x = a?.b;')).toEqual([expect.stringMatching(/^not ES2018/)]);
  expect(oldIosProblems('var m = /(?<year>\\d{4})/su.exec(s); var { a, ...rest } = o;')).toEqual([]);
});

it(`ships only JavaScript that iOS ${OLDEST_IOS.version} parses (what WeChat's upload compiler makes of the build)`, async () => {
  const files = await compiledForUpload(suiteDist());
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['app.js', 'taro.js', 'pages/policy/detail/index.js']));
  const problems = Object.entries(files).flatMap(([file, code]) => oldIosProblems(code).map((problem) => `${file} ${problem}`));
  expect(problems).toEqual([]);
}, 300_000);
