import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config';
import { createTableInput } from './table-definition';

export interface Dynamo {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** DynamoDB requests sent so far (benchmarks read it to count requests per operation). */
  requestCount(): number;
  /** Resolves once the table answers a read; health checks use it. */
  ping(): Promise<void>;
  destroy(): void;
}

/** One client per process: Lambda reuses it across invocations. */
export function createDynamo(config: Pick<Config, 'dynamoEndpoint' | 'region' | 'tableName'>): Dynamo {
  const local = config.dynamoEndpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region,
    endpoint: config.dynamoEndpoint,
    // DynamoDB Local accepts any credentials; on AWS the SDK finds the Lambda role's.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
  });
  let requests = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'govopenRequestCounter' },
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const ping = async () => {
    await doc.send(new GetCommand({ TableName: config.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }));
  };
  return { doc, tableName: config.tableName, requestCount: () => requests, ping, destroy: () => client.destroy() };
}

/** Creates the table from the shared definition unless it is there already, and waits until it is active. */
export async function ensureTable(dynamo: Dynamo): Promise<'created' | 'existing'> {
  const { tableName } = dynamo;
  try {
    await dynamo.doc.send(new DescribeTableCommand({ TableName: tableName }));
    return 'existing';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await dynamo.doc.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { Table } = await dynamo.doc.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return 'created';
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`table ${tableName} did not become active`);
}
