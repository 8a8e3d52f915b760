import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { App } from '../app';
import { importPolicyFiles } from '../policies/import/import-files';
import { interpretationAttributes } from '../policies/policy-items';
import { loadDemoDrafts } from './demo-drafts';
import { loadDemoEvents } from './demo-events';
import { loadDemoProjects } from './demo-projects';
import { loadDemoRatings } from './demo-ratings';

/** Demo content shipped with the repo: real 2022 government documents and example interpretations. */
export const DEMO_POLICY_DIR = join(__dirname, '../../demo/policies');

/** Example interpretations by document file name, in the shape they are stored. */
const interpretationsSchema = z.record(z.string(), z.array(interpretationAttributes));

/**
 * Loads the demo content into an empty store: the policies unless there is any policy, the example
 * open days unless there is any published event, the rated services and their ratings (好差评)
 * unless there is any service, the livelihood projects unless there is any project, the draft for
 * comment (意见征集) unless there is any draft.
 */
export async function loadDemoContent(app: App): Promise<{ loaded: boolean; policies: number; events: number; services: number; projects: number; drafts: number }> {
  const projects = await loadDemoProjects(app);
  const events = await loadDemoEvents(app);
  const services = await loadDemoRatings(app);
  const drafts = await loadDemoDrafts(app);
  const policies = app.stores.policies;
  if (await policies.hasAnyPolicy()) return { loaded: events > 0 || services > 0 || projects > 0 || drafts > 0, policies: 0, events, services, projects, drafts };
  const files = readdirSync(DEMO_POLICY_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(DEMO_POLICY_DIR, name));
  const result = await importPolicyFiles(files, policies, app.config.districtOffice);
  if (!result.ok) throw new Error(`demo content does not import: ${result.failed.map((f) => `${f.file}: ${f.problems.join('; ')}`).join(' | ')}`);
  const interpretations = interpretationsSchema.parse(JSON.parse(readFileSync(join(DEMO_POLICY_DIR, 'interpretations.json'), 'utf8')));
  for (const imported of result.imported) {
    const name = imported.file.split('/').at(-1) ?? '';
    for (const interpretation of interpretations[name] ?? []) await policies.addInterpretation(imported.id, interpretation);
  }
  return { loaded: true, policies: result.imported.length, events, services, projects, drafts };
}
