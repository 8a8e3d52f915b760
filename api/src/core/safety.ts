import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The API's limits against hostile or clumsy clients (OWASP GraphQL cheat sheet), in one place.
 * The mini-app's deepest operation (a policy with sections, tables and interpretations) needs depth 5
 * and costs about 200; the limits leave room for that and little more.
 */
export const SAFETY_LIMITS = Object.freeze({
  /** Nesting of selections. */
  maxDepth: 10,
  /** graphql-armor's cost estimate of an operation. */
  maxCost: 5000,
  /** Aliases per operation (each alias can repeat an expensive field). */
  maxAliases: 15,
  /** Directives per operation. */
  maxDirectives: 10,
  /** Tokens in the query text. */
  maxTokens: 2000,
  /** Bytes of a request body. */
  maxBodyBytes: 100 * 1024,
});

/** graphql-armor's validation rules and plugins, configured from SAFETY_LIMITS. */
export function armorProtection(production: boolean) {
  return new ApolloArmor({
    // Introspection counts too: the schema is written first, so no tool of ours needs deep introspection.
    maxDepth: { n: SAFETY_LIMITS.maxDepth, ignoreIntrospection: false },
    costLimit: { maxCost: SAFETY_LIMITS.maxCost, ignoreIntrospection: false },
    maxAliases: { n: SAFETY_LIMITS.maxAliases },
    maxDirectives: { n: SAFETY_LIMITS.maxDirectives },
    maxTokens: { n: SAFETY_LIMITS.maxTokens },
    // Suggestions ("did you mean …") map the schema for an attacker when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
