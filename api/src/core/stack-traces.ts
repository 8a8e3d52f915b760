import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

// Readable stack traces from the Lambda bundle without Node's --enable-source-maps, which read and
// parsed the source map of every bundled file at every cold start (~13% of its CPU time, issue 17),
// whether or not anything failed. Here a map is read the first time a logged error's stack names its
// file, and kept for the container's life.

const maps = new Map<string, SourceMap | null>();

/** The source map beside a bundled file (esbuild writes `<file>.map`), or null when it has none. */
function mapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/** `file:///var/task/chunk-AB12.mjs:1:2345` or `/var/task/index.mjs:1:2345` in a stack frame. */
const PLACE = /(file:\/\/\/[^\s()]+?\.mjs|\/[^\s()]+?\.mjs):(\d+):(\d+)/gu;

/**
 * `stack` with each place in a bundled file replaced by its place in the source (`api/src/…` or a
 * package's file, as the map names it, without the map's leading `../`s). Unchanged when Node maps
 * stacks itself (--enable-source-maps) or a file has no map beside it (tests, `npm start`).
 */
export function readableStack(stack: string | undefined): string | undefined {
  if (!stack || process.sourceMapsEnabled) return stack;
  return stack.replace(PLACE, (place, file: string, line: string, column: string) => {
    const entry = mapOf(file.startsWith('file:') ? fileURLToPath(file) : file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return place;
    return `${entry.originalSource.replace(/^(\.\.\/)+/u, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
