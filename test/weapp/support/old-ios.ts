import * as acorn from 'acorn';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
