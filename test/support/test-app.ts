import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createApp, createRequestContext } from '../../api/src/app';
import { DEFAULT_CONFIG, type Config } from '../../api/src/core/config';
import { createDynamo, ensureTable, type Dynamo } from '../../api/src/core/dynamo';
import { createGraphQLServer } from '../../api/src/server';

/**
 * A fresh table in the DynamoDB Local that jest's global setup started, so test files can run in
 * parallel without seeing each other's data. Refuses to run without the emulator: no test fakes the store.
 */
export async function createTestDynamo(): Promise<Dynamo> {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run the tests through jest, whose global setup starts DynamoDB Local');
  const dynamo = createDynamo({ dynamoEndpoint: endpoint, region: DEFAULT_CONFIG.region, tableName: `test-${randomUUID()}` });
  await ensureTable(dynamo);
  return dynamo;
}

export async function dropTestDynamo(dynamo: Dynamo): Promise<void> {
  await dynamo.doc.send(new DeleteTableCommand({ TableName: dynamo.tableName }));
  dynamo.destroy();
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  /** Runs one GraphQL operation as a client would and returns its data and errors. */
  run<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: TData; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

export async function createTestApi(overrides: Partial<Config> = {}): Promise<TestApi> {
  const dynamo = await createTestDynamo();
  const config: Config = { ...DEFAULT_CONFIG, logLevel: 'silent', tableName: dynamo.tableName, dynamoEndpoint: process.env.DYNAMODB_ENDPOINT, ...overrides };
  const app = createApp(config, dynamo);
  const server = createGraphQLServer({ production: config.production, log: app.log });
  await server.start();
  return {
    app,
    async run(query, variables) {
      const response = await server.executeOperation({ query, variables }, { contextValue: createRequestContext(app) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    async close() {
      await server.stop();
      await dropTestDynamo(dynamo);
    },
  };
}
