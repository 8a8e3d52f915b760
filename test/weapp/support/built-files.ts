import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a build with the given ending, as { path relative to the build: content }. */
export function builtFiles(dist: string, ending: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ending)) out[relative(dist, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dist);
  return out;
}
