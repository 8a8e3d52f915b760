import type { Resolvers } from '../generated/resolvers';

// The Lambda's cold start has a budget (issue 17): a feature few requests use keeps its resolvers
// (and whatever they import) out of it, and imports them when one of its fields is first asked for.

type Resolve = (...args: unknown[]) => unknown;

/**
 * Resolvers for the fields named (by type) that import `load` on first use and then answer as its
 * resolvers do. The names must be exactly the fields `load` resolves (its test checks that).
 */
export function lazyResolvers(load: () => Promise<Resolvers>, fields: Readonly<Record<string, readonly string[]>>): Resolvers {
  let loaded: Promise<Resolvers> | undefined;
  const resolverOf = async (type: string, name: string) => {
    loaded ??= load();
    return ((await loaded) as Record<string, Record<string, Resolve>>)[type]![name]!;
  };
  const lazy: Record<string, Record<string, Resolve>> = {};
  for (const [type, names] of Object.entries(fields)) {
    const typeFields: Record<string, Resolve> = {};
    for (const name of names) typeFields[name] = async (...args: unknown[]) => (await resolverOf(type, name))(...args);
    lazy[type] = typeFields;
  }
  return lazy as Resolvers;
}

/** The fields a resolver map defines, by type, as lazyResolvers names them. */
export const fieldsOf = (resolvers: Resolvers): Record<string, string[]> =>
  Object.fromEntries(Object.entries(resolvers).map(([type, fields]) => [type, Object.keys(fields as object).sort()]));

/**
 * A store built on first use, for the same reason: its module (the store, its item declarations)
 * is imported when one of its methods is first called. Every method of such a store must be async.
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
