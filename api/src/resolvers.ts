import { defaultFieldResolver, isObjectType, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { builtOnRead } from './core/lazy-load';
import type { Resolvers } from './generated/resolvers';

/**
 * The parts' properties in one object. A name two parts define is a mistake in wiring the app: it
 * stops the start with the name, rather than one part silently replacing the other.
 */
export function mergeDistinct<T extends object>(parts: readonly T[], what: string): T {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (name in merged) throw new Error(`${what}${name} is defined twice`);
      merged[name] = value;
    }
  }
  return merged as T;
}

/**
 * Each feature's resolvers merged type by type, each type when first read (a request reaches a few
 * types; attachResolvers, the tests' path, reads them all at the start); a field two of them
 * resolve is refused then (see mergeDistinct).
 */
export function mergeResolvers(features: readonly Resolvers[]): Resolvers {
  const typeNames = [...new Set(features.flatMap((feature) => Object.keys(feature)))];
  const byType = (typeName: string) => features.flatMap((feature) => (feature as Record<string, object>)[typeName] ?? []);
  return builtOnRead(typeNames, (typeName) => mergeDistinct(byType(typeName), `resolver ${typeName}.`)) as Resolvers;
}

/** The object-type fields one .graphql file defines or extends, by type (api/src/generated/schema-fields.ts). */
export type SchemaFields = Readonly<Record<string, readonly string[]>>;

type FieldResolver = (source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Resolvers loaded the first time one of `fields` is asked for, so a staff-only or rarely used
 * feature costs nothing at a cold start (issue 17): `load` is `import()`ed then, once, and every
 * field of `fields` — the ones the feature's own .graphql file defines — answers through a
 * stand-in until then and directly after. A field the loaded resolvers leave out is answered from
 * its parent's property, as usual; a field they resolve that `fields` lacks stops the first use,
 * because nothing would ever call it (resolvers.test.ts loads every such feature).
 */
/** Every feature's load, for the test that loads them all (a mistake in one shows only at its first use). */
const firstUses: Array<() => Promise<unknown>> = [];

/** Loads every feature's resolvers now, as their first requests would. */
export const loadEveryFirstUse = (): Promise<unknown[]> => Promise.all(firstUses.map((load) => load()));

export function onFirstUse(fields: SchemaFields, load: () => Promise<readonly Resolvers[]>): Resolvers {
  let loaded: Readonly<Record<string, Readonly<Record<string, FieldResolver>>>> | undefined;
  let loading: Promise<NonNullable<typeof loaded>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (parts) => {
        const merged = mergeResolvers(parts) as Record<string, Record<string, FieldResolver>>;
        for (const [type, resolved] of Object.entries(merged)) {
          for (const field of Object.keys(resolved)) if (!fields[type]?.includes(field)) throw new Error(`resolver ${type}.${field} is loaded on first use, but its feature's schema does not define it`);
        }
        return (loaded = merged);
      },
      (error: unknown) => {
        // A failed load (a chunk that could not be read) is tried again by the next request.
        loading = undefined;
        throw error;
      },
    ));
  firstUses.push(loadOnce);
  const standIn = (type: string, field: string): FieldResolver => (source, args, context, info) => {
    if (loaded) return (loaded[type]?.[field] ?? defaultFieldResolver)(source, args, context, info);
    return loadOnce().then((resolvers) => (resolvers[type]?.[field] ?? defaultFieldResolver)(source, args, context, info));
  };
  // A type's stand-ins are made when the type is first read (mergeResolvers: when a request reaches it).
  // Typed once at the end: inferring the nested fromEntries against Resolvers is too complex for tsc.
  const standInsOf = (type: string): Record<string, FieldResolver> => Object.fromEntries(fields[type]!.map((field) => [field, standIn(type, field)]));
  const standIns: Record<string, Record<string, FieldResolver>> = builtOnRead(Object.keys(fields), standInsOf);
  return standIns as Resolvers;
}

/**
 * Stops the start on a resolver that names no object type's field of the schema, or is not a
 * function. `fieldsOf(type)`: the fields of the object type so named, or undefined if there is none.
 */
export function checkResolvers(resolvers: Resolvers, fieldsOf: (type: string) => ReadonlySet<string> | undefined): void {
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, FieldResolver>>)) {
    const defined = fieldsOf(typeName);
    if (!defined) throw notAnObjectType(typeName);
    checkFieldResolvers(typeName, fields, defined);
  }
}

export const notAnObjectType = (typeName: string) => new Error(`resolvers given for ${typeName}, which is not an object type of the schema`);

/** checkResolvers for one object type's resolvers, against the names of its fields. */
export function checkFieldResolvers(typeName: string, fields: Readonly<Record<string, unknown>>, defined: ReadonlySet<string>): void {
  for (const [name, resolve] of Object.entries(fields)) {
    if (!defined.has(name)) throw new Error(`resolver ${typeName}.${name} names a field the schema does not define`);
    if (typeof resolve !== 'function') throw new Error(`resolver ${typeName}.${name} is not a function`);
  }
}

/**
 * Sets each resolver on its field of `schema`, in place: the one step of Apollo's `typeDefs` +
 * `resolvers` path GovOpen needs (that path merges the type definitions and then copies the whole
 * schema). Every resolver must name an object type's field of the schema, or the start stops.
 * (The Lambda's schema is given its resolvers as it is built: api/src/core/compact-schema.ts.)
 */
export function attachResolvers(schema: GraphQLSchema, resolvers: Resolvers): GraphQLSchema {
  checkResolvers(resolvers, (name) => {
    const type = schema.getType(name);
    return isObjectType(type) ? new Set(Object.keys(type.getFields())) : undefined;
  });
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, FieldResolver>>)) {
    const defined = (schema.getType(typeName) as GraphQLObjectType).getFields();
    for (const [name, resolve] of Object.entries(fields)) defined[name]!.resolve = resolve;
  }
  return schema;
}
