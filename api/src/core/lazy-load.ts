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

/**
 * A record whose keys are known now and whose values are each built by the first read of that key
 * (the resolvers of a schema type: a request reaches a few of its ~250 types, decision 033). The
 * keys are there as usual (`Object.keys`, `in`); reading every value (`Object.entries`, a spread)
 * builds them all. A build that throws throws at each read of its key.
 */
export function builtOnRead<T>(keys: readonly string[], build: (key: string) => T): Record<string, T> {
  // Without a prototype the object starts as a dictionary: defining hundreds of accessors on an
  // ordinary object makes V8 copy and sort its hidden class at each one (decision 033).
  const record = Object.create(null) as Record<string, T>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = build(key);
        Object.defineProperty(record, key, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return record;
}
