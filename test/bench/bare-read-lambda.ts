import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildSchema } from 'graphql';

// The second yardstick for GovOpen's cold start (test/bench/lambda-cold-start.ts): bare-lambda.ts's
// Apollo Server whose one field reads one item through the AWS SDK's DynamoDB document client, built
// the plain way. It shows what any Apollo handler over DynamoDB pays at a cold start before any code
// of its own: GovOpen's first real read is set against it.
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT }));
const schema = buildSchema('type Query { hello: String }');
schema.getQueryType()!.getFields().hello!.resolve = async () => {
  const { Item } = await doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'HELLO', sk: 'HELLO' } }));
  return Item ? 'world' : null;
};
const server = new ApolloServer({
  schema,
  plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginInlineTraceDisabled()],
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler());
