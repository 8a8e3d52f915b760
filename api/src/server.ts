import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { resolvers, type RequestContext } from './app';
import { formatError } from './core/errors';
import { persistedQueryCache } from './core/persisted-queries';
import { armorProtection } from './core/safety';
import { typeDefs } from './generated/type-defs';

export interface ServerOptions {
  production: boolean;
  log: Logger;
}

/** The one GraphQL server definition, served by the local HTTP server and by Lambda alike. */
export function createGraphQLServer({ production, log }: ServerOptions): ApolloServer<RequestContext> {
  const armor = armorProtection(production);
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    // Apollo's own guard against fragments that spread into themselves many times over.
    maxRecursiveSelections: true,
    persistedQueries: { cache: persistedQueryCache(), ttl: null },
    formatError: formatError(production, (error) => log.error({ err: error }, 'unexpected error in a GraphQL request')),
    plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled()],
  });
}
