import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDraft } from '@govopen/shared';
import { parsePolicyDocument, type ParseOptions, type ParseResult } from './parse';

// Test support: the three real 2022 plans shipped as demo content (api/demo/policies), and the
// ways documents write dates and document numbers.

export type SeedName = 'wucheng' | 'lingwu' | 'huaiyin';

export function seedText(name: SeedName): string {
  return readFileSync(join(__dirname, '../../../demo/policies', `${name}-2022.txt`), 'utf8');
}

/** Parses a document that must parse, with the problems in the failure message when it does not. */
export function parsed(text: string, options?: ParseOptions): Extract<ParseResult, { ok: true }> {
  const result = parsePolicyDocument(text, options);
  if (!result.ok) throw new Error(`expected the document to parse, got: ${result.problems.join('; ')}`);
  return result;
}

/** How many sections each heading level has: [一、, （一）, 1.]. */
export function sectionCounts(policy: Pick<PolicyDraft, 'sections'>): number[] {
  return [1, 2, 3].map((level) => policy.sections.filter((section) => section.level === level).length);
}

/** One date as documents write it, and as it is stored. */
export const DATES_AS_WRITTEN: ReadonlyArray<[written: string, stored: string]> = [
  ['2022年6月28日', '2022-06-28'],
  ['2022 年 9 月 19 日', '2022-09-19'],
  ['2022-06-28', '2022-06-28'],
  ['2022/6/28', '2022-06-28'],
  ['2022.06.28', '2022-06-28'],
];

/** 婺政办发〔2022〕21号 with each of the brackets typed documents use around the year. */
export const DOCUMENT_NUMBERS_AS_WRITTEN = [
  '婺政办发〔2022〕21号',
  '婺政办发[2022]21号',
  '婺政办发［2022］21号',
  '婺政办发(2022)21号',
  '婺政办发（2022）21号',
];
