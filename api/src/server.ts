import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { RequestContext } from './core/context';
import { formatError } from './core/errors';
import type { Logger } from 'pino';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';

export interface ServerOptions {
  production: boolean;
  log: Logger;
}

/** The one GraphQL server definition, served by the local HTTP server and by Lambda alike. */
export function createGraphQLServer({ production, log }: ServerOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(production, (error) => log.error({ err: error }, 'unexpected error in a GraphQL request')),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
