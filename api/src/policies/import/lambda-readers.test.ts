import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFigures, bundleLambda } from '../../../../infra/lib/lambda-bundle';

// The 工作台's publish preview on Lambda (decisions 008, 014, 015): the importer bundled exactly as the
// Lambda is (ES module chunks, the files beside) reads every format it reads here, and each reader is
// a chunk of its own, loaded when its first file arrives, not at a cold start.

const corpus = (name: string) => join(__dirname, 'corpus', name);
const FILES = ['16-gb18030.txt', '14-saved-page.html', '17-word-file.docx', '18-printed.pdf'];

const outdir = mkdtempSync(join(tmpdir(), 'govopen-readers-'));
let figures: ReturnType<typeof bundleFigures>;

beforeAll(async () => {
  figures = bundleFigures((await bundleLambda(outdir, join(__dirname, 'import-files.ts'))).metafile);
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

it('reads .txt, .html, .docx and .pdf from the bundle, with the titles it reads here', () => {
  const script = `const { readPolicyDocument } = await import(${JSON.stringify(join(outdir, 'index.mjs'))});
    const { readFileSync } = await import('node:fs');
    const files = ${JSON.stringify(FILES.map(corpus))};
    const read = [];
    for (const file of files) {
      const result = await readPolicyDocument(file, new Uint8Array(readFileSync(file)));
      read.push(result.ok ? { format: result.format, title: result.policy.title } : { problems: result.problems });
    }
    process.stdout.write(JSON.stringify(read));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  const expected = FILES.map((file) => {
    const { format, metadata } = JSON.parse(readFileSync(corpus(file.replace(/\.\w+$/u, '.expected.json')), 'utf8')) as { format?: string; metadata: { title: string } };
    return { format: format ?? file.split('.').pop(), title: metadata.title };
  });
  expect(JSON.parse(output)).toEqual(expected);
});

it('keeps each reader out of what loads first: mammoth, unpdf and htmlparser2 are chunks loaded on first use', () => {
  const first = figures.coldLoadParts.map(({ part }) => part);
  for (const reader of ['mammoth', 'unpdf', 'htmlparser2']) expect(first).not.toContain(reader);
  expect(readdirSync(outdir).filter((file) => file.endsWith('.mjs')).length).toBeGreaterThan(3);
});
