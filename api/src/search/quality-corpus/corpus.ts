import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InterpretationKind, PolicyDraft } from '@govopen/shared';
import { DEMO_POLICY_DIR } from '../../demo/load-demo';
import { demoEvents } from '../../demo/demo-events';
import { DEMO_PROJECTS } from '../../demo/demo-projects';
import { DEMO_SERVICES } from '../../demo/demo-ratings';
import { parsePolicyDocument } from '../../policies/import/parse';
import { policyIdFor } from '../../policies/policy-id';
import type { StoredInterpretation, StoredPolicy } from '../../policies/policy-model';
import { serviceIdFor } from '../../ratings/rating-ids';
import { eventDocument, interpretationDocument, policyDocument, projectDocument, serviceDocument, type ProjectText } from '../search-documents';
import type { SearchDocument } from '../search-model';

// The corpus search quality is judged on: what `npm start` shows residents (the three real 2022
// plans with their example interpretations, the demo open days, projects and services) plus ten
// made-up notices in this folder about what residents ask most — 高龄津贴, 低保, 医保, 涉农补贴 …,
// one in Traditional characters and one repealed — with interpretations, two of them 问答式.

const CORPUS_DIR = __dirname;

interface InterpretationFile {
  [file: string]: Array<Omit<StoredInterpretation, 'kind'> & { kind: InterpretationKind }>;
}

function policiesIn(dir: string): Array<{ file: string; policy: StoredPolicy }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = parsePolicyDocument(text);
      if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.problems.join('; ')}`);
      const sidecar = join(dir, `${file}.meta.json`);
      const read = existsSync(sidecar) ? { ...parsed.policy, ...(JSON.parse(readFileSync(sidecar, 'utf8')) as object) } : parsed.policy;
      if (read.title === null) throw new Error(`${file} has no title`);
      const draft: PolicyDraft = { ...read, title: read.title };
      const policy: StoredPolicy = {
        ...draft,
        id: policyIdFor(draft),
        department: draft.issuer ?? '区政府办公室',
        year: Number((draft.publishedDate ?? draft.writtenDate ?? '2022').slice(0, 4)),
        summary: '',
        version: 1,
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      };
      return { file, policy };
    });
}

function interpretationsFor(dir: string, policies: Array<{ file: string; policy: StoredPolicy }>): SearchDocument[] {
  const byFile = JSON.parse(readFileSync(join(dir, 'interpretations.json'), 'utf8')) as InterpretationFile;
  return policies.flatMap(({ file, policy }) => (byFile[file] ?? []).map((interpretation) => interpretationDocument(policy, interpretation)!));
}

function demoProjectTexts(): ProjectText[] {
  type Demo = (typeof DEMO_PROJECTS)[number];
  const text = (demo: Demo, id: string): ProjectText => ({
    id,
    year: 2026,
    list: '2026年区十大民生实事（示例）',
    title: demo.title,
    summary: demo.summary,
    leadDepartment: demo.lead,
    cooperatingDepartments: demo.cooperating ?? [],
    target: { quantity: demo.target[0], unit: demo.target[1], text: demo.target[2] },
    cancellation: null,
    milestones: demo.milestones ?? [],
  });
  return DEMO_PROJECTS.flatMap((demo, i) => [text(demo, `p${i + 1}`), ...(demo.children ?? []).map((child, j) => text(child, `p${i + 1}.${j + 1}`))]);
}

export interface QualityCorpus {
  documents: SearchDocument[];
  /** The policy of a corpus file (`gaoling-jintie-2024.txt`) or demo file (`lingwu-2022.txt`). */
  policyOf(file: string): StoredPolicy;
}

export function qualityCorpus(now = new Date('2026-05-15T02:00:00Z')): QualityCorpus {
  const demo = policiesIn(DEMO_POLICY_DIR);
  const own = policiesIn(CORPUS_DIR);
  const policies = [...demo, ...own];
  const documents = [
    ...policies.map(({ policy }) => policyDocument(policy)!),
    ...interpretationsFor(DEMO_POLICY_DIR, demo),
    ...interpretationsFor(CORPUS_DIR, own),
    ...demoEvents(now).map((event) => eventDocument(event)!),
    ...demoProjectTexts().map(projectDocument),
    ...DEMO_SERVICES.map((service) =>
      serviceDocument({ id: serviceIdFor(service.department, service.name), windows: service.windows ?? [], ...service }),
    ),
  ];
  return {
    documents,
    policyOf(file) {
      const found = policies.find((entry) => entry.file === file);
      if (!found) throw new Error(`no corpus policy ${file}`);
      return found.policy;
    },
  };
}
