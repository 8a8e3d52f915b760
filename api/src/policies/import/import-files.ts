import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { policyDraftSchema, policyMetadataOverrideSchema, type PolicyDraft } from '@govopen/shared';
import type { PolicyStore, SaveOutcome } from '../policy-store';
import { policyIdFor } from '../policy-id';
import { parsePolicyDocument } from './parse';

export type ReadResult =
  | { file: string; ok: true; id: string; draft: PolicyDraft; warnings: string[] }
  | { file: string; ok: false; problems: string[] };

/** `<file>.meta.json` beside a document supplies or corrects metadata the text itself lacks. */
export const sidecarPathFor = (file: string) => `${file}.meta.json`;

/** Reads, parses and checks one document (and its sidecar); writes nothing. */
export function readPolicyFile(file: string): ReadResult {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (error) {
    return { file, ok: false, problems: [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  const parsed = parsePolicyDocument(raw.toString('utf8'));
  if (!parsed.ok) return { file, ok: false, problems: parsed.problems };

  let overrides = {};
  const sidecar = sidecarPathFor(file);
  if (existsSync(sidecar)) {
    try {
      const checked = policyMetadataOverrideSchema.safeParse(JSON.parse(readFileSync(sidecar, 'utf8')));
      if (!checked.success) return { file, ok: false, problems: checked.error.issues.map((i) => `${basename(sidecar)}: ${i.path.join('.')} ${i.message}`) };
      overrides = checked.data;
    } catch (error) {
      return { file, ok: false, problems: [`${basename(sidecar)} is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const checked = policyDraftSchema.safeParse({ ...parsed.policy, ...overrides });
  if (!checked.success) return { file, ok: false, problems: checked.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`) };
  const draft = checked.data;
  return { file, ok: true, id: policyIdFor(draft), draft, warnings: parsed.warnings };
}

export interface ImportOutcome {
  file: string;
  id: string;
  title: string;
  outcome: SaveOutcome;
  warnings: string[];
}

/**
 * Imports documents as one batch (new ones owned by `department`): every file is read and checked first, and if any fails nothing is
 * stored, so a half-imported batch never has to be cleaned up by hand.
 */
export async function importPolicyFiles(files: string[], store: PolicyStore, department: string): Promise<{ ok: true; imported: ImportOutcome[] } | { ok: false; failed: Array<Extract<ReadResult, { ok: false }>> }> {
  const read = files.map(readPolicyFile);
  const failed = read.filter((r): r is Extract<ReadResult, { ok: false }> => !r.ok);
  if (failed.length > 0) return { ok: false, failed };
  const imported: ImportOutcome[] = [];
  for (const result of read) {
    if (!result.ok) continue;
    const { outcome } = await store.save({
      id: result.id,
      draft: result.draft,
      department,
      mode: 'upsert',
      audit: { action: 'policy.import', targetType: 'policy', targetId: result.id, actor: { kind: 'system', name: 'import' }, details: { file: basename(result.file) } },
    });
    imported.push({ file: result.file, id: result.id, title: result.draft.title, outcome, warnings: result.warnings });
  }
  return { ok: true, imported };
}
