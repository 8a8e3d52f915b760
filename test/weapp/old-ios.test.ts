import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledForUpload, laterMethodCalls, miniappSources, OLDEST_IOS, oldIosProblems } from './support/old-ios';
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

it('the method check itself finds the calls iOS 12 would throw at, by type', () => {
  const folder = mkdtempSync(join(tmpdir(), 'old-ios-'));
  const file = join(folder, 'calls.ts');
  writeFileSync(
    file,
    [
      "const words = ['高龄', '津贴'];",
      'export const last = words.at(-1);', // iOS 15.4
      'export const found = words.findLast((word) => word.length > 1);', // iOS 15.4
      "export const own = Object.hasOwn({ a: 1 }, 'a');", // iOS 15.4
      "export const spaced = '高龄 津贴'.replaceAll(' ', '');", // iOS 13.4
      // iOS 12 has these; an `at` of our own is not Array.prototype.at.
      "export const flat = [['a'], ['b']].flat().concat(' c'.trimStart());",
      'class Place { at(index: number) { return index; } }',
      'export const place = new Place().at(2);',
    ].join('\n'),
  );
  try {
    expect(laterMethodCalls([file]).map((call) => call.replace(/^.*calls\.ts:/, ''))).toEqual([
      expect.stringMatching(/^2: Property 'at' does not exist on type 'string\[\]'/),
      expect.stringMatching(/^3: Property 'findLast'/),
      expect.stringMatching(/^4: Property 'hasOwn'/),
      expect.stringMatching(/^5: Property 'replaceAll'/),
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);

it(`calls only built-in methods iOS ${OLDEST_IOS.version} has, in the mini-program and the shared code it imports`, () => {
  expect(laterMethodCalls(miniappSources())).toEqual([]);
}, 180_000);
