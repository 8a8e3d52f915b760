// npm run bench: figures for the speed and size targets, printed rather than asserted (see README).
import { createApp } from '../../api/src/app';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo, ensureTable } from '../../api/src/core/dynamo';
import { loadDemoContent } from '../../api/src/demo/load-demo';
import { startDynamoLocal } from '../../api/src/local/dynamo-local';
import { createGraphQLServer } from '../../api/src/server';
import { policyCosts } from './policy-requests';

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const emulator = await startDynamoLocal();
  try {
    const config = { ...DEFAULT_CONFIG, logLevel: 'silent', dynamoEndpoint: emulator.endpoint, tableName: 'bench' };
    const dynamo = createDynamo(config);
    await ensureTable(dynamo);
    const app = createApp(config, dynamo);
    await loadDemoContent(app);
    const server = createGraphQLServer({ production: true, log: app.log });
    await server.start();

    console.log('\nDynamoDB requests per GraphQL operation (counted by SDK middleware, demo content)');
    console.table((await policyCosts(app, server)).map((c) => ({ operation: c.operation, 'DynamoDB requests': c.dynamoRequests, target: c.target ?? '', ms: Math.round(c.milliseconds) })));
    await server.stop();
    dynamo.destroy();
  } finally {
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
