import * as z from 'zod';
import type { Dynamo } from './dynamo';
import { itemsOf, type Condition } from './items';
import { itemType, orNull } from './item-type';
import { ORDINARY_WRITES, writeOne } from './transactions';

// A one-off pass over data stored before some list or entry was kept (a backfill): a scheduled task,
// off every request's path, that Scans the whole table a page at a time. It must survive being cut
// short (a Lambda timeout, a failure) and two runs overlapping, so its place is kept after each page,
// moved on only from the place this run read; once the last step ended, a run reads one item and stops.
// The work on a page must therefore be idempotent: a page may be done twice.

export const passProgressItem = itemType({
  name: 'progress of a one-off pass over the table',
  notes:
    'One per pass (`task`): each step is a Scan of the whole table; `step` is the one under way, `after` where it goes on from, `finished` once the last step ended ' +
    '(later runs read only this item), `count` what the runs did so far. Moved on only from the place it was read with, so an overlapping run never sets it back.',
  attributes: () => z.object({ task: z.string(), step: z.number(), after: orNull(z.string()), finished: z.boolean(), count: z.number(), updatedAt: z.string() }),
  keys: { pk: 'PASS#{task}', sk: 'PROGRESS' },
});

export interface PassLimits {
  /** Items a Scan page reads (DynamoDB's Limit: items read, of every type, not only those looked for). */
  pageSize: number;
  /** Pages a run reads at most, to stay well within one scheduled invocation. */
  pages: number;
}

const RUN_LIMITS: PassLimits = { pageSize: 500, pages: 20 };

type ScanPage<T> = (request: { after?: string; limit: number }) => Promise<{ items: T[]; next?: string }>;

/** A step of a pass: one Scan of the table, and the work on each page's items, answering how many it did. */
export interface PassStep {
  page(request: { after?: string; limit: number }): Promise<{ count: number; next?: string }>;
}

export const stepOver = <T>(scanPage: ScanPage<T>, work: (items: T[]) => Promise<number>): PassStep => ({
  async page(request) {
    const { items, next } = await scanPage(request);
    return { count: await work(items), ...(next === undefined ? {} : { next }) };
  },
});

/** The progress as this run last read or wrote it: the only place it moves it on from. */
const heldAt = (step: number, after: string | undefined): Condition =>
  after === undefined
    ? { if: '#step = :step AND attribute_not_exists(#after)', values: { ':step': step } }
    : { if: '#step = :step AND #after = :after', values: { ':step': step, ':after': after } };

/** Goes on with the pass `task` where the last run stopped; answers what this run did (the steps' counts summed). */
export async function runResumablePass(
  { dynamo, now }: { dynamo: Dynamo; now: () => Date },
  task: string,
  steps: readonly PassStep[],
  limits: PassLimits = RUN_LIMITS,
): Promise<number> {
  const { progress } = itemsOf(dynamo, { progress: passProgressItem });
  const start = await progress.get({ task }, true);
  if (start?.finished) return 0;
  let step = start?.step ?? 0;
  let after = start?.after ?? undefined;
  let held: Condition = start ? heldAt(step, after) : { if: 'attribute_not_exists(pk)' };
  let count = 0;
  for (let read = 0; read < limits.pages; read += 1) {
    const page = await steps[step]!.page({ after, limit: limits.pageSize });
    count += page.count;
    const [nextStep, nextAfter] = page.next === undefined ? [step + 1, undefined] : [step, page.next];
    const finished = nextStep === steps.length;
    const saved = { task, step: nextStep, after: nextAfter ?? null, finished, count: (start?.count ?? 0) + count, updatedAt: now().toISOString() };
    const moved = await writeOne(dynamo, progress.put(saved, held), ORDINARY_WRITES);
    // Another run moved on meanwhile: it carries on from further along.
    if (!moved.ok || finished) break;
    [step, after] = [nextStep, nextAfter];
    held = heldAt(step, after);
  }
  return count;
}
