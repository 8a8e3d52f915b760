import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolicyDocument } from './import-files';

// The corpus of messy documents (corpus/): each file with NAME.expected.json beside it, saying
// exactly what a records clerk reads from it.

export const CORPUS = join(__dirname, 'corpus');

export const corpusFiles = () => readdirSync(CORPUS).filter((name) => /^\d\d-.+\.(?:txt|html|docx|pdf)$/u.test(name)).sort();

export const expectedPathFor = (name: string) => join(CORPUS, name.replace(/\.[a-z]+$/u, '.expected.json'));

/** What the importer reads from a corpus file, in the form of its .expected.json. */
export async function readingOf(name: string) {
  const result = await readPolicyDocument(name, readFileSync(join(CORPUS, name)));
  if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
  const { body, sections, tables, topics, targetGroups, ...metadata } = result.policy;
  return {
    format: result.format,
    metadata,
    provenance: Object.fromEntries(Object.entries(result.provenance).map(([field, reading]) => [field, [reading!.source, reading!.line]])),
    notes: Object.fromEntries(Object.entries(result.notes).map(([name, reading]) => [name, [reading!.value, reading!.source, reading!.line]])),
    warnings: result.warnings,
    headings: sections.map((section) => [section.level, section.heading]),
    tables,
    body: body.split('\n'),
  };
}
