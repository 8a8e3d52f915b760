import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

/** Apollo stores automatic persisted queries under this prefix. */
const APQ_PREFIX = 'apq:';

/**
 * Bytes the queries other clients register at run time may take, keys included; the least recently
 * used is forgotten first. A count would not do: one query may be up to the 100 KB body limit.
 */
export const REGISTERED_QUERY_BYTES = 2 * 1024 * 1024;

/**
 * The persisted-query store: the mini-app's own operations are known from the build (so it sends
 * only their SHA-256 and never a whole query), and other clients may still register theirs (APQ).
 */
export function persistedQueryCache(maxBytes = REGISTERED_QUERY_BYTES): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>({
    maxSize: maxBytes,
    sizeCalculation: (query: string, key: string) => Buffer.byteLength(query) + Buffer.byteLength(key),
  });
  // The mini-app's operations are data, read with the first persisted query rather than at a cold start (issue 17).
  let operations: Promise<Readonly<Record<string, string>>> | undefined;
  const known = async (key: string) =>
    key.startsWith(APQ_PREFIX) ? (await (operations ??= import('../generated/persisted-operations').then((module) => module.persistedOperations)))[key.slice(APQ_PREFIX.length)] : undefined;
  return {
    async get(key) {
      return (await known(key)) ?? registered.get(key);
    },
    async set(key, value) {
      if (!(await known(key))) await registered.set(key, value);
    },
    async delete(key) {
      return registered.delete(key);
    },
  };
}
