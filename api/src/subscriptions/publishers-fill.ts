import type { App } from '../app';
import type { Dynamo } from '../core/dynamo';
import { itemsOf, type Condition } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { draftItem } from '../drafts/draft-items';
import { eventItem } from '../events/event-items';
import { policyItem } from '../policies/policy-items';
import { projectItem } from '../projects/project-items';
import { publishersFillItem } from './subscription-items';
import { publishersOfDraft, publishersOfEvent, publishersOfPolicy, publishersOfProject } from './subscription-rules';

// 订阅设置 offers the departments that publish from a list the publishing writes keep
// (publication-hooks.ts) since that list exists: in a table older than it, what was published before
// is on nobody's list. This one-off pass lists their departments, as the policies' department-list
// backfill does its work: a scheduled task (hourly), off every request's path; a Scan per kind of
// published thing, its place kept after each page so a run cut short goes on from there; listing a
// department twice changes nothing; once the last pass ended, a run reads one item and stops.

export interface FillLimits {
  /** Items a Scan page reads (of every type, not only the kind looked for). */
  pageSize: number;
  /** Pages a run reads at most, to stay well within one scheduled invocation. */
  pages: number;
}

const RUN_LIMITS: FillLimits = { pageSize: 500, pages: 20 };

type Scan = (request: { after?: string; limit: number }) => Promise<{ departments: string[]; next?: string }>;

/** The passes, in order: each reads the whole table for one kind and says which departments published it. */
function passes(dynamo: Dynamo): Scan[] {
  const { policies, events, drafts, projects } = itemsOf(dynamo, { policies: policyItem, events: eventItem, drafts: draftItem, projects: projectItem });
  const pass =
    <T>(scanPage: (request: { after?: string; limit: number }) => Promise<{ items: T[]; next?: string }>, publishers: (item: T) => string[]): Scan =>
    async (request) => {
      const page = await scanPage(request);
      return { departments: page.items.flatMap(publishers), ...(page.next ? { next: page.next } : {}) };
    };
  return [pass(policies.scanPage, publishersOfPolicy), pass(events.scanPage, publishersOfEvent), pass(drafts.scanPage, publishersOfDraft), pass(projects.scanPage, publishersOfProject)];
}

/** The progress as this run last read or wrote it: the only place it moves it on from. */
const heldAt = (kind: number, after: string | undefined): Condition =>
  after === undefined
    ? { if: '#kind = :kind AND attribute_not_exists(#after)', values: { ':kind': kind } }
    : { if: '#kind = :kind AND #after = :after', values: { ':kind': kind, ':after': after } };

/** Lists the departments of what was published before the list was kept; answers how many this run found. */
export async function fillPublishers(app: Pick<App, 'dynamo' | 'now' | 'stores'>, limits: FillLimits = RUN_LIMITS): Promise<number> {
  const { progress } = itemsOf(app.dynamo, { progress: publishersFillItem });
  const start = await progress.get({}, true);
  if (start?.done) return 0;
  const scans = passes(app.dynamo);
  let kind = start?.kind ?? 0;
  let after = start?.after ?? undefined;
  let held: Condition = start ? heldAt(kind, after) : { if: 'attribute_not_exists(pk)' };
  const found = new Set<string>();
  for (let read = 0; read < limits.pages; read += 1) {
    const page = await scans[kind]!({ after, limit: limits.pageSize });
    await app.stores.subscriptions.recordPublishers(page.departments);
    for (const department of page.departments) found.add(department);
    const [nextKind, nextAfter] = page.next === undefined ? [kind + 1, undefined] : [kind, page.next];
    const done = nextKind === scans.length;
    const moved = await writeOne(app.dynamo, progress.put({ kind: nextKind, after: nextAfter ?? null, done, updatedAt: app.now().toISOString() }, held), ORDINARY_WRITES);
    // Another run moved on meanwhile: it carries on from further along.
    if (!moved.ok || done) break;
    [kind, after] = [nextKind, nextAfter];
    held = heldAt(kind, after);
  }
  return found.size;
}
