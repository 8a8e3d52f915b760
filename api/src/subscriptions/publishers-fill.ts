import type { App } from '../app';
import { itemsOf } from '../core/items';
import { runResumablePass, stepOver, type PassLimits } from '../core/resumable-pass';
import { draftItem } from '../drafts/draft-items';
import { eventItem } from '../events/event-items';
import { policyItem } from '../policies/policy-items';
import { projectItem } from '../projects/project-items';
import { publishersOfDraft, publishersOfEvent, publishersOfPolicy, publishersOfProject } from './subscription-rules';

// 订阅设置 offers the departments that publish from a list the publishing writes keep
// (publication-hooks.ts) since that list exists: in a table older than it, what was published before
// is on nobody's list. This one-off pass lists their departments, a step per kind of published thing
// (policies, open days, drafts, projects); listing a department twice changes nothing.

/** Lists the departments of what was published before the list was kept; answers how many this run found. */
export async function fillPublishers(app: Pick<App, 'dynamo' | 'now' | 'stores'>, limits?: PassLimits): Promise<number> {
  const { policies, events, drafts, projects } = itemsOf(app.dynamo, { policies: policyItem, events: eventItem, drafts: draftItem, projects: projectItem });
  const found = new Set<string>();
  const listing =
    <T>(publishers: (item: T) => string[]) =>
    async (items: T[]) => {
      const departments = items.flatMap(publishers);
      await app.stores.subscriptions.recordPublishers(departments);
      const before = found.size;
      for (const department of departments) found.add(department);
      return found.size - before;
    };
  const steps = [
    stepOver(policies.scanPage, listing(publishersOfPolicy)),
    stepOver(events.scanPage, listing(publishersOfEvent)),
    stepOver(drafts.scanPage, listing(publishersOfDraft)),
    stepOver(projects.scanPage, listing(publishersOfProject)),
  ];
  return runResumablePass(app, 'PUBLISHING_DEPARTMENTS', steps, limits);
}
