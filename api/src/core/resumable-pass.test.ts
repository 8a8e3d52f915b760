import { createTestDynamo, dropTestDynamo } from '../../../test/support/test-app';
import type { Dynamo } from './dynamo';
import { itemsOf } from './items';
import { passProgressItem, runResumablePass, type PassStep } from './resumable-pass';

// A backfill cut short by a timeout goes on where it stopped, an overlapping run never sets it back,
// and a finished one costs one read. The steps page over plain lists; the progress is in DynamoDB Local.

let dynamo: Dynamo;
beforeAll(async () => (dynamo = await createTestDynamo()));
afterAll(() => dropTestDynamo(dynamo));

const now = () => new Date('2026-12-05T08:00:00Z');

/** A step over a list, a page of `limit` entries from `after`; remembers what it was given. */
function listStep(entries: string[], seen: string[], during?: () => Promise<void>): PassStep {
  return {
    async page({ after, limit }) {
      const from = after === undefined ? 0 : Number(after);
      const page = entries.slice(from, from + limit);
      seen.push(...page);
      await during?.();
      return { count: page.length, ...(from + limit < entries.length ? { next: String(from + limit) } : {}) };
    },
  };
}

const progressOf = async (task: string) => itemsOf(dynamo, { progress: passProgressItem }).progress.get({ task }, true);

it('goes on where a run cut short stopped, step after step, and then only reads its progress', async () => {
  const seen: string[] = [];
  const steps = [listStep(['a', 'b', 'c', 'd', 'e'], seen), listStep(['1', '2', '3'], seen)];
  const run = () => runResumablePass({ dynamo, now }, 'LETTERS', steps, { pageSize: 2, pages: 2 });

  expect(await run()).toBe(4);
  expect(seen).toEqual(['a', 'b', 'c', 'd']);
  expect(await run()).toBe(3);
  expect(await run()).toBe(1);
  expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', '1', '2', '3']);
  expect(await progressOf('LETTERS')).toMatchObject({ finished: true, count: 8 });

  expect(await run()).toBe(0);
  expect(seen).toHaveLength(8);
});

it('never sets back the place an overlapping run moved on to', async () => {
  const seen: string[] = [];
  const entries = ['a', 'b', 'c', 'd', 'e', 'f'];
  const overlapping = () => runResumablePass({ dynamo, now }, 'OVERLAP', [listStep(entries, seen)], { pageSize: 2, pages: 2 });
  // The first run's first page takes long enough for a second run to read two pages meanwhile.
  const first = runResumablePass({ dynamo, now }, 'OVERLAP', [listStep(entries, seen, async () => void (await overlapping()))], { pageSize: 2, pages: 3 });

  expect(await first).toBe(2);
  expect(await progressOf('OVERLAP')).toMatchObject({ step: 0, after: '4', finished: false });
  // The next run goes on from the second run's place.
  expect(await overlapping()).toBe(2);
  expect(seen).toEqual(['a', 'b', 'a', 'b', 'c', 'd', 'e', 'f']);
  expect(await progressOf('OVERLAP')).toMatchObject({ finished: true });
});
