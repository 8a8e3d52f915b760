import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { persistedOperations } from '../generated/persisted-operations';

/** Apollo stores automatic persisted queries under this prefix. */
const APQ_PREFIX = 'apq:';
/** Queries other clients register at run time; the oldest is forgotten first. */
const MAX_REGISTERED = 1000;

/**
 * The persisted-query store: the mini-app's own operations are known from the build (so it sends
 * only their SHA-256 and never a whole query), and other clients may still register theirs (APQ).
 */
export function persistedQueryCache(): KeyValueCache<string> {
  const registered = new Map<string, string>();
  const known = (key: string) => (key.startsWith(APQ_PREFIX) ? persistedOperations[key.slice(APQ_PREFIX.length)] : undefined);
  return {
    async get(key) {
      return known(key) ?? registered.get(key);
    },
    async set(key, value) {
      if (known(key)) return;
      registered.delete(key);
      registered.set(key, value);
      if (registered.size > MAX_REGISTERED) registered.delete(registered.keys().next().value as string);
    },
    async delete(key) {
      return registered.delete(key);
    },
  };
}
