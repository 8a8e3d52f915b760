import type { Config } from '../core/config';
import { createDynamo, ensureTable, type Dynamo } from '../core/dynamo';
import { startDynamoLocal, type DynamoLocal } from './dynamo-local';

/** A DynamoDB for command-line tools: the one given, the one `npm start` runs, or one of our own on DATA_DIR. */
export async function connectLocalStore(config: Config): Promise<{ dynamo: Dynamo; release(): Promise<void> }> {
  const endpoint = config.dynamoEndpoint ?? `http://127.0.0.1:${config.dynamoLocalPort}`;
  const running = createDynamo({ ...config, dynamoEndpoint: endpoint });
  try {
    await ensureTable(running);
    return { dynamo: running, release: async () => running.destroy() };
  } catch (error) {
    running.destroy();
    if (config.dynamoEndpoint) throw new Error(`DynamoDB at ${endpoint} does not answer: ${(error as Error).message}`);
  }
  if (!config.dataDir) {
    throw new Error('No store is running: start GovOpen with `npm start` first, or set DATA_DIR (a data folder) or DYNAMODB_ENDPOINT.');
  }
  const emulator: DynamoLocal = await startDynamoLocal({ dataDir: config.dataDir });
  const dynamo = createDynamo({ ...config, dynamoEndpoint: emulator.endpoint });
  await ensureTable(dynamo);
  return {
    dynamo,
    release: async () => {
      dynamo.destroy();
      await emulator.stop();
    },
  };
}
