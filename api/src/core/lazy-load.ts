// The Lambda's cold start has a budget (issue 17): a feature few requests use keeps its store (and
// its item declarations) out of it, as resolvers.ts onFirstUse does for resolvers; the other stores
// are built by the first call that uses them, not by every start (decision 029).

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

/**
 * A store (or a request's loaders) made by the first read of one of its members, not when the app
 * (or the request's context) is built: a cold start answers one request, which uses one or two of
 * the features' stores (decision 029). Its code stays in the cold start, and it works as before,
 * synchronous methods included; only copying it (`{ ...store }`) finds nothing: replace methods
 * with `withMethods`.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let store: T | undefined;
  return new Proxy({} as T, {
    get(_target, name) {
      store ??= build();
      const value: unknown = Reflect.get(store, name);
      return typeof value === 'function' ? value.bind(store) : value;
    },
  });
}

/**
 * `store` with some of its methods replaced (a feature following another's writes: search, 政策找人).
 * A proxy, not a copy: a store built on first use has no methods to copy until it is loaded.
 */
export function withMethods<T extends object>(store: T, methods: Partial<T>): T {
  return new Proxy(store, { get: (target, name, receiver) => (Object.hasOwn(methods, name) ? methods[name as keyof T] : Reflect.get(target, name, receiver)) });
}
