import * as z from 'zod';
import type { Dynamo } from './dynamo';
import { itemsOf } from './items';
import { itemType } from './item-type';
import { ORDINARY_WRITES, writeOne } from './transactions';

// Data a release keeps differently is moved by a scheduled task, not by hand (docs/deploy.md). While
// requests of the release before may still be running they can write the old shape, so a move is
// finished only when a run finds nothing left at least a quarter of an hour after the first run;
// from then on a run reads one item. Each move must be safe to run again and twice at once.

export const moveProgressItem = itemType({
  name: 'progress of moving data a release keeps differently',
  notes:
    'One per move (`task`): `done` once a run found nothing left, at least a quarter of an hour after the first run (longer than any request of the release before lasts); ' +
    'later runs read only this item. Deleted by hand to move again after a rollback (docs/deploy.md).',
  attributes: () => z.object({ task: z.string(), startedAt: z.string(), moved: z.number(), done: z.boolean(), updatedAt: z.string() }),
  keys: { pk: 'MOVE#{task}', sk: 'PROGRESS' },
});

/** Longer than any request of the release before can still be running (a Lambda runs 15 minutes at most). */
const SETTLED_MS = 15 * 60 * 1000;

/** Runs the move `task` unless it is done; answers how many items this run moved. */
export async function runMoveUntilSettled(
  { dynamo, now: clock }: { dynamo: Dynamo; now: () => Date },
  task: string,
  move: () => Promise<{ found: number; moved: number }>,
): Promise<number> {
  const { progress } = itemsOf(dynamo, { progress: moveProgressItem });
  const started = await progress.get({ task }, true);
  if (started?.done) return 0;
  const now = clock();
  const { found, moved } = await move();
  const startedAt = started?.startedAt ?? now.toISOString();
  const done = found === 0 && now.getTime() - Date.parse(startedAt) >= SETTLED_MS;
  await writeOne(dynamo, progress.put({ task, startedAt, moved: (started?.moved ?? 0) + moved, done, updatedAt: now.toISOString() }), ORDINARY_WRITES);
  return moved;
}
