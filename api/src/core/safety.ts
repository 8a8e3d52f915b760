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

const refusal = (status: number, code: string, message: string) => Object.freeze({ status, body: { errors: [{ message, extensions: { code } }] } });

/**
 * What a client hears when the way in refuses a request before GraphQL runs. The local server, the
 * Lambda and API Gateway's own answers (infra/lib/api.ts) say the same, in the GraphQL error shape.
 */
export const REFUSALS = Object.freeze({
  /** A body over SAFETY_LIMITS.maxBodyBytes. */
  bodyTooLarge: refusal(413, 'BAD_USER_INPUT', '请求内容太大了。'),
  /** A body that is not a JSON object. */
  badRequest: refusal(400, 'BAD_REQUEST', '请求格式不正确。'),
  /** One client's requests over its budget. */
  tooManyRequests: refusal(429, 'TOO_MANY_REQUESTS', '请求太频繁了，请稍等一会儿再试。'),
  /** A path nothing answers. */
  notFound: refusal(404, 'NOT_FOUND', '没有这个页面。'),
  /** A request the web application firewall blocked. */
  blocked: refusal(403, 'FORBIDDEN', '这个请求被拒绝了。'),
  /** Our fault, not the client's. */
  failed: refusal(500, 'INTERNAL_SERVER_ERROR', '系统暂时出了问题，请稍后再试。'),
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
