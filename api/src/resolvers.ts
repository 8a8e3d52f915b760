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

/** Each feature's resolvers merged type by type; a field two of them resolve is refused (see mergeDistinct). */
export function mergeResolvers(features: readonly Resolvers[]): Resolvers {
  const typeNames = [...new Set(features.flatMap((feature) => Object.keys(feature)))];
  const byType = (typeName: string) => features.flatMap((feature) => (feature as Record<string, object>)[typeName] ?? []);
  return Object.fromEntries(typeNames.map((typeName) => [typeName, mergeDistinct(byType(typeName), `resolver ${typeName}.`)]));
}
