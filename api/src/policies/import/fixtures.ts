import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDraft } from '@govopen/shared';
import { parsePolicyDocument } from './parse';

// Test support: the three real 2022 plans shipped as demo content (api/demo/policies).

export type SeedName = 'wucheng' | 'lingwu' | 'huaiyin';

export function seedText(name: SeedName): string {
  return readFileSync(join(__dirname, '../../../demo/policies', `${name}-2022.txt`), 'utf8');
}

/** Parses a document that must parse, with the problems in the failure message when it does not. */
export function parsed(text: string): { policy: PolicyDraft; warnings: string[] } {
  const result = parsePolicyDocument(text);
  if (!result.ok) throw new Error(`expected the document to parse, got: ${result.problems.join('; ')}`);
  return result;
}

/** How many sections each heading level has: [一、, （一）, 1.]. */
export function sectionCounts(policy: PolicyDraft): number[] {
  return [1, 2, 3].map((level) => policy.sections.filter((section) => section.level === level).length);
}
