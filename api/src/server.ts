import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from './core/logger';
import { resolvers, settleActor, type RequestContext } from './app';
import { formatError } from './core/errors';
import { persistedQueryCache } from './core/persisted-queries';
import { armorProtection, SAFETY_LIMITS } from './core/safety';
import { executableSchema } from './type-schema';

export interface ServerOptions {
  production: boolean;
  log: Logger;
}

/** The one GraphQL server definition, served by the local HTTP server and by Lambda alike. */
export function createGraphQLServer({ production, log }: ServerOptions): ApolloServer<RequestContext> {
  const armor = armorProtection(production);
  return new ApolloServer<RequestContext>({
    // Built with less work than Apollo's own `typeDefs`/`resolvers` path (which merges the type
    // definitions, then copies the whole schema to attach resolvers): a third of a cold start before (issue 17).
    schema: executableSchema(production, resolvers),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    // Apollo's own guard against fragments that spread into themselves many times over.
    maxRecursiveSelections: true,
    // Over the limit is a syntax error of the client's request: GRAPHQL_PARSE_FAILED, HTTP 400.
    parseOptions: { maxTokens: SAFETY_LIMITS.maxTokens },
    persistedQueries: { cache: persistedQueryCache(), ttl: null },
    formatError: formatError(production, (error) => log.error({ err: error }, 'unexpected error in a GraphQL request')),
    plugins: [
      ...armor.plugins,
      // Who is asking is settled once the operation is known, before any resolver runs (app.ts).
      { requestDidStart: async () => ({ didResolveOperation: ({ contextValue, operation }) => settleActor(contextValue, operation) }) },
      ApolloServerPluginLandingPageDisabled(),
      // No answer may be kept by a cache: GovOpen's schema gives no cache hints. Apollo's cache-control
      // plugin would say the same (`no-store` when no field has a hint), after reading every field of
      // the schema at start and hooking every field resolved (decision 025).
      ApolloServerPluginCacheControlDisabled(),
      { requestDidStart: async () => ({ willSendResponse: async ({ response }) => void response.http.headers.set('cache-control', 'no-store') }) },
      // GovOpen sends nothing to Apollo GraphOS, whatever APOLLO_* variables a machine has; Apollo
      // then never loads these plugins, which the Lambda bundle leaves out (infra/lib/lambda-shims).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
