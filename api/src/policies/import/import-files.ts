import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { policyDraftSchema, policyMetadataOverrideSchema, type PolicyDraft } from '@govopen/shared';
import type { PolicyStore, SaveOutcome } from '../policy-store';
import { policyIdFor } from '../policy-id';
import type { DocumentFormat } from './formats/extracted-text';
import { readDocument } from './formats/read-document';
import { NO_TITLE, parsePolicyDocument, type Notes, type ParseResult, type Provenance, type ProvenancedField } from './parse';

export type ReadResult =
  | { file: string; ok: true; id: string; format: DocumentFormat; draft: PolicyDraft; provenance: Provenance; notes: Notes; warnings: string[] }
  | { file: string; ok: false; problems: string[] };

/** `<file>.meta.json` beside a document supplies or corrects metadata the text itself lacks. */
export const sidecarPathFor = (file: string) => `${file}.meta.json`;

/**
 * What the importer reads from one document's bytes (named as uploaded; its first bytes decide the
 * format): the draft, where each field came from, and the warnings staff see in the import preview.
 */
export async function readPolicyDocument(name: string, bytes: Uint8Array): Promise<({ format: DocumentFormat } & Extract<ParseResult, { ok: true }>) | Extract<ParseResult, { ok: false }>> {
  const document = await readDocument(name, bytes);
  if (!document.ok) return { ok: false, problems: [document.problem] };
  const parsed = parsePolicyDocument(document.text, { pageMetadata: document.pageMetadata });
  return parsed.ok ? { format: document.format, ...parsed } : parsed;
}

/**
 * Reads, parses and checks one document (.txt, .docx, .pdf or a saved .html page) and its
 * sidecar; writes nothing. What the sidecar gives is recorded as coming from it, and the parser's
 * warnings about those fields go.
 */
export async function readPolicyFile(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, ok: false, problems: [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  const parsed = await readPolicyDocument(basename(file), bytes);
  if (!parsed.ok) return { file, ok: false, problems: parsed.problems };

  let overrides: Partial<PolicyDraft> = {};
  const sidecar = sidecarPathFor(file);
  if (existsSync(sidecar)) {
    try {
      const checked = policyMetadataOverrideSchema.safeParse(JSON.parse(await readFile(sidecar, 'utf8')));
      if (!checked.success) return { file, ok: false, problems: checked.error.issues.map((i) => `${basename(sidecar)}: ${i.path.join('.')} ${i.message}`) };
      overrides = checked.data;
    } catch (error) {
      return { file, ok: false, problems: [`${basename(sidecar)} is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const draft = { ...parsed.policy, ...overrides };
  if (draft.title === null) return { file, ok: false, problems: [NO_TITLE] };
  const checked = policyDraftSchema.safeParse(draft);
  // Each message says where in the document it is (第 3 节, 第 2 张表第 5 行) in words staff read.
  if (!checked.success) return { file, ok: false, problems: checked.error.issues.map((i) => i.message) };
  const provenance: Provenance = { ...parsed.provenance };
  const supplied = Object.keys(overrides).filter((field): field is ProvenancedField => field in SIDECAR_WARNINGS);
  for (const field of supplied) {
    const value = overrides[field];
    if (value === null || value === undefined) delete provenance[field];
    else Object.assign(provenance, { [field]: { value, source: 'sidecar', line: null } });
  }
  const warnings = parsed.warnings.filter((warning) => !supplied.some((field) => SIDECAR_WARNINGS[field].test(warning)));
  return { file, ok: true, id: policyIdFor(checked.data), format: parsed.format, draft: checked.data, provenance, notes: parsed.notes, warnings };
}

/** The parser's warnings that a value from the sidecar answers. */
const SIDECAR_WARNINGS: Record<ProvenancedField, RegExp> = {
  title: /^找不到标题/u,
  documentNumber: /文号/u,
  indexNumber: /索引号/u,
  issuer: /发布机构/u,
  writtenDate: /成文日期/u,
  publishedDate: /发布日期/u,
  validity: /效力状态/u,
  repealedDate: /废止日期/u,
  disclosure: /公开方式/u,
};

const KEPT_CORRECTION = '这份文件导入后工作人员修改过（或已废止），没有用文件里的内容覆盖；要改，请在工作台“本部门的政策”里修改。';

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
  const read = await Promise.all(files.map(readPolicyFile));
  const failed = read.filter((r): r is Extract<ReadResult, { ok: false }> => !r.ok);
  if (failed.length > 0) return { ok: false, failed };
  const imported: ImportOutcome[] = [];
  for (const result of read) {
    if (!result.ok) continue;
    const { outcome } = await store.save({
      id: result.id,
      draft: result.draft,
      department,
      mode: 'import',
      audit: { action: 'policy.import', targetType: 'policy', targetId: result.id, actor: { kind: 'system', name: 'import' }, details: { file: basename(result.file) } },
    });
    const warnings = outcome === 'kept' ? [...result.warnings, KEPT_CORRECTION] : result.warnings;
    imported.push({ file: result.file, id: result.id, title: result.draft.title, outcome, warnings });
  }
  return { ok: true, imported };
}
