// The Lambda's cold start has a budget (issue 17): a feature few requests use keeps its store (and
// its item declarations) out of it, as resolvers.ts onFirstUse does for resolvers.

type Resolve = (...args: unknown[]) => unknown;

/**
 * A store built on first use: its module is imported when one of its methods is first called. Every method of such a store must be async.
 */
export function lazyStore<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  return new Proxy({} as T, {
    get(_target, name) {
      // Not a promise itself (await on the store must not call a method), and no symbols.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        loaded ??= load();
        return ((await loaded)[name as keyof T] as Resolve)(...args);
      };
    },
  });
}
