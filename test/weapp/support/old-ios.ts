import * as acorn from 'acorn';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The oldest iPhones GovOpen supports run iOS 12, whose JavaScriptCore parses ES2018 except regular
 * expression lookbehind ((?<=…), (?<!…): iOS 16.4). One such regex anywhere in a file makes the whole
 * file fail to load there, and with it every page that needs it.
 */
export const OLDEST_IOS = { version: '12', ecmaVersion: 2018 } as const;

const LOOKBEHIND = /\(\?<[=!]/;

/** What in `code` the oldest supported iOS cannot parse: a syntax error, or each lookbehind. */
export function oldIosProblems(code: string): string[] {
  const problems: string[] = [];
  try {
    acorn.parse(code, {
      ecmaVersion: OLDEST_IOS.ecmaVersion,
      sourceType: 'script',
      locations: true,
      onToken(token) {
        const where = `line ${token.loc?.start.line}:${token.loc?.start.column}`;
        const value = (token as acorn.Token & { value: unknown }).value;
        const pattern = token.type === acorn.tokTypes.regexp ? (value as { pattern: string }).pattern : undefined;
        if (pattern !== undefined && LOOKBEHIND.test(pattern)) problems.push(`${where}: regex lookbehind /${pattern.slice(0, 60)}/`);
        // new RegExp("(?<=…)") fails only when it runs, but fails all the same.
        if (token.type === acorn.tokTypes.string && LOOKBEHIND.test(String(value))) problems.push(`${where}: lookbehind in a string, likely for new RegExp: ${String(value).slice(0, 60)}`);
      },
    });
  } catch (error) {
    problems.push(`not ES${OLDEST_IOS.ecmaVersion}: ${(error as Error).message}`);
  }
  return problems;
}

/**
 * The JavaScript WeChat ships to phones: the build run through WeChat's upload compiler
 * (miniprogram-ci getCompiledResult, ES6 → ES5, as on upload), offline, in a process group of its own
 * (compile-for-upload.ts) that is ended afterwards.
 */
export async function compiledForUpload(dist: string): Promise<Record<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), 'weapp-upload-'));
  const out = join(folder, 'compiled.json');
  const child = spawn(resolve(__dirname, '../../../node_modules/.bin/tsx'), [resolve(__dirname, 'compile-for-upload.ts'), dist, out], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    if (code !== 0) throw new Error(`WeChat's upload compiler failed:\n${stderr.slice(-3000)}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL'); // the compiler processes it left behind
    } catch {
      // the group has already gone
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

const REPO = resolve(__dirname, '../../..');
const project = () => ts.getParsedCommandLineOfConfigFile(resolve(REPO, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;

/**
 * The built-in objects and methods iOS 12.0's JavaScriptCore has, as TypeScript's own declarations
 * of them: ES2018, and of ES2019 the array and string parts (flat, flatMap, trimStart, trimEnd:
 * Safari 12; Object.fromEntries and Symbol.prototype.description came with 12.2); the DOM, for the
 * H5 build; Intl's later parts, which are looked for before use (Phrases: Intl.Segmenter). Nothing
 * adds the missing ones (babel-preset-taro's useBuiltIns is off), and the tests run the code on Node,
 * which has them all: Array.prototype.at (iOS 15.4) works in every test and throws on the phone.
 */
const OLD_IOS_LIBRARIES = ['lib.es2018.d.ts', 'lib.es2019.array.d.ts', 'lib.es2019.string.d.ts', 'lib.es2022.intl.d.ts', 'lib.dom.d.ts'];

/** TypeScript's "Do you need to change your target library?": a method or global of a later ECMAScript than the libraries given. */
const LATER_LIBRARY = new Set([2550, 2583]);

/** The mini-program's own code (what runs on phones, not its tests); the shared code it imports comes with it. */
export function miniappSources(): string[] {
  return project().fileNames.filter((file) => relative(REPO, file).startsWith('miniapp/src/') && !/\.test\.tsx?$|\/__tests__\/|\/__mocks__\//.test(file));
}

/**
 * Each call in `files` (and in what they import) to a built-in method or object iOS 12 lacks, found
 * by TypeScript's checker with only iOS 12's libraries: `miniapp/src/x.ts:12: Property 'at' does
 * not exist on type 'string[]' …`. The checker knows the type, so an `at` of our own is no call to
 * Array.prototype.at. Node's types are left out (they bring ES2020 with them).
 */
export function laterMethodCalls(files: readonly string[]): string[] {
  const program = ts.createProgram(files, { ...project().options, lib: OLD_IOS_LIBRARIES, types: [] });
  return program
    .getSourceFiles()
    .filter((file) => !program.isSourceFileDefaultLibrary(file) && !file.fileName.includes('/node_modules/'))
    .flatMap((file) => program.getSemanticDiagnostics(file))
    .filter((diagnostic) => LATER_LIBRARY.has(diagnostic.code))
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!);
      return `${relative(REPO, diagnostic.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
}
