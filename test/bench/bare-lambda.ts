import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { buildSchema } from 'graphql';

// The yardstick for GovOpen's cold start (test/bench/lambda-cold-start.ts): a bare Apollo Server on
// the same Lambda integration, bundled the same way (infra/lib/lambda-bundle.ts, which leaves out
// the GraphOS reporting plugins, so they are disabled here as in api/src/server.ts, and Apollo's
// makeExecutableSchema, so the schema is built and given as there).
const schema = buildSchema('type Query { hello: String }');
schema.getQueryType()!.getFields().hello!.resolve = () => 'world';
const server = new ApolloServer({
  schema,
  plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler());
