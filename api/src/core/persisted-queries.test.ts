import { createHash } from 'node:crypto';
import { persistedOperations } from '../generated/persisted-operations';
import { persistedQueryCache, REGISTERED_QUERY_BYTES } from './persisted-queries';

// What a client meets when it registers queries of its own (automatic persisted queries).

const keyOf = (query: string) => `apq:${createHash('sha256').update(query).digest('hex')}`;
/** A query just under the 100 KB body limit, different for each n. */
const bigQuery = (n: number) => `{ ok } # ${n} ${'x'.repeat(99 * 1024)}`;

it('keeps at most its byte budget of registered queries, however many a client sends, forgetting the oldest first', async () => {
  const cache = persistedQueryCache();
  const queries = Array.from({ length: 60 }, (_, n) => bigQuery(n));
  for (const query of queries) await cache.set(keyOf(query), query);

  const kept = [];
  for (const query of queries) if ((await cache.get(keyOf(query))) === query) kept.push(query);
  const keptBytes = kept.reduce((sum, query) => sum + Buffer.byteLength(query) + Buffer.byteLength(keyOf(query)), 0);
  expect(keptBytes).toBeLessThanOrEqual(REGISTERED_QUERY_BYTES);
  // 60 × 99 KB is about 6 MB: under a budget of 2 MB only the most recent ~20 stay.
  expect(kept.length).toBeGreaterThan(10);
  expect(kept.length).toBeLessThan(queries.length);
  expect(kept).toEqual(queries.slice(-kept.length));
});

it('counts bytes, not characters: Chinese text takes three bytes a character', async () => {
  const cache = persistedQueryCache(1000);
  const chinese = `{ ok } # ${'政'.repeat(400)}`; // ~1200 bytes, 409 characters
  await cache.set(keyOf(chinese), chinese);
  expect(await cache.get(keyOf(chinese))).toBeUndefined();
  const small = '{ ok } # 小';
  await cache.set(keyOf(small), small);
  expect(await cache.get(keyOf(small))).toBe(small);
});

it("always answers the mini-app's own operations, which never take room from the budget", async () => {
  const cache = persistedQueryCache(1);
  const [hash, query] = Object.entries(persistedOperations)[0]!;
  expect(await cache.get(`apq:${hash}`)).toBe(query);
  await cache.set(`apq:${hash}`, 'something else');
  expect(await cache.get(`apq:${hash}`)).toBe(query);
});
