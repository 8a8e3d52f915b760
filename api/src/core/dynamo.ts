import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config';
import { UserFacingError } from './errors';
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

/**
 * How long a store request may take. A store that does not answer costs a request at most about
 * (connect + answer) × attempts plus the SDK's backoff — some 10 s, under the Lambda's timeout and
 * API Gateway's 29 s — and then the client hears SERVICE_UNAVAILABLE (errors.ts), never a hang.
 */
export const STORE_TIMEOUTS = Object.freeze({ connectionMs: 1000, requestMs: 3000, maxAttempts: 3, healthMs: 1500, localLateMs: 30_000 });

/** One client per process: Lambda reuses it across invocations. */
export function createDynamo(config: Pick<Config, 'dynamoEndpoint' | 'region' | 'tableName'>): Dynamo {
  const local = config.dynamoEndpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region,
    endpoint: config.dynamoEndpoint,
    // DynamoDB Local accepts any credentials; on AWS the SDK finds the Lambda role's.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: STORE_TIMEOUTS.maxAttempts,
    requestHandler: local
      ? // One local server takes hundreds of requests at once, and the SDK counts the wait for a free
        // socket towards the connection timeout: without room to connect, a sign-up burst on a busy
        // machine was cut off as "store unavailable" while DynamoDB Local was fine. A slow local answer
        // is waited for; on AWS it is cut off. DynamoDB Local answers the writes of one item in turn,
        // so in a burst of hundreds on one open day the last wait seconds in its queue (the raw
        // yardstick's too): only an answer later than localLateMs is logged, as an emulator stuck.
        { connectionTimeout: STORE_TIMEOUTS.requestMs, requestTimeout: STORE_TIMEOUTS.localLateMs, httpAgent: { keepAlive: true, maxSockets: 512 } }
      : // Without throwOnRequestTimeout the SDK only logs a late answer and keeps waiting.
        { connectionTimeout: STORE_TIMEOUTS.connectionMs, requestTimeout: STORE_TIMEOUTS.requestMs, throwOnRequestTimeout: true },
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
  // One try, cut off after healthMs: a health check must answer fast, above all when the store does not.
  const ping = async () => {
    await doc.send(new GetCommand({ TableName: config.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }), { abortSignal: AbortSignal.timeout(STORE_TIMEOUTS.healthMs) });
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

/** BatchGetItem takes at most this many keys a request. */
const BATCH_GET_KEYS = 100;

export interface BatchGetRetry {
  /** Requests per chunk of keys, the first included, before giving up on keys DynamoDB keeps leaving unprocessed. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const BATCH_GET_RETRY: Readonly<BatchGetRetry> = Object.freeze({ attempts: 8, baseMs: 20, maxMs: 1000 });

/**
 * The items with these keys (those that exist, in no particular order), read 100 keys a request. Keys
 * DynamoDB leaves unprocessed (throttling, the 16 MB answer limit) are asked for again after a short
 * random wait (full jitter), a bounded number of times; then SERVICE_UNAVAILABLE. The keys must be
 * distinct: BatchGetItem refuses a request that names one key twice.
 */
export async function batchGetItems(
  dynamo: Pick<Dynamo, 'doc' | 'tableName'>,
  keys: ReadonlyArray<Record<string, unknown>>,
  retry: BatchGetRetry = BATCH_GET_RETRY,
): Promise<Array<Record<string, unknown>>> {
  const { doc, tableName } = dynamo;
  const found: Array<Record<string, unknown>> = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_KEYS) {
    let pending: Array<Record<string, unknown>> = keys.slice(start, start + BATCH_GET_KEYS);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= retry.attempts) throw new UserFacingError('SERVICE_UNAVAILABLE', '现在访问的人很多，请稍等几秒再试一次。');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(retry.maxMs, retry.baseMs * 2 ** (attempt - 1))));
      const result = await doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
      found.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return found;
}

/** Every item a Query finds, page after page until DynamoDB says there is no more. */
export async function queryAll(
  dynamo: Pick<Dynamo, 'doc' | 'tableName'>,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.doc.send(new QueryCommand({ TableName: dynamo.tableName, ...input, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
