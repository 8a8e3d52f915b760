// `npm start`: GovOpen on one machine — DynamoDB Local, demo content (not in production), the API and the H5 app.
import type { Server } from 'node:http';
import { createApp, type App } from '../app';
import { configFromEnv } from '../core/config';
import { createDynamo, ensureTable } from '../core/dynamo';
import { loadDemoContent } from '../demo/load-demo';
import { bootstrapFirstAdmin } from '../identity/bootstrap-staff';
import { runScheduledTasks } from '../scheduled-tasks';
import { ALL_TASKS_EVERY_MINUTES, PROMPT_TASKS, PROMPT_TASKS_EVERY_MINUTES } from '../core/task-cadence';
import { createGraphQLServer } from '../server';
import { freePort, JavaMissingError, startDynamoLocal, type DynamoLocal } from './dynamo-local';
import { buildH5, h5BuildIsStale, serveH5 } from './h5-app';
import { createLocalServer } from './http-server';

/** Made-up open days, ratings and projects would read as real to residents: production never gets them. */
const loadDemoContentOutsideProduction = (app: App) => (app.config.production ? Promise.resolve('none in production') : loadDemoContent(app));

async function main() {
  // PORT=0 asks for any free port; it is chosen now, because photo and rating links name the address.
  const config = configFromEnv(process.env.PORT === '0' ? { ...process.env, PORT: String(await freePort()) } : process.env);
  let emulator: DynamoLocal | undefined = config.dynamoEndpoint
    ? undefined
    : await startDynamoLocal({ port: config.dynamoLocalPort || undefined, dataDir: config.dataDir });
  const dynamo = createDynamo({ ...config, dynamoEndpoint: config.dynamoEndpoint ?? emulator?.endpoint });
  const app = createApp(config, dynamo);

  let server: Server | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    dynamo.destroy();
    await emulator?.stop();
    process.exit(signal === 'DynamoDB Local failing' ? 1 : 0);
  };
  // The emulator is a child process that can die on its own (killed, out of memory): start it again on
  // the same port and data folder, so requests meanwhile answer SERVICE_UNAVAILABLE and then work again.
  // In memory the data is gone with it: the table, demo content (outside production) and first admin are made again.
  const restarts: number[] = [];
  const supervise = (running: DynamoLocal) =>
    void running.exited.then(async (code) => {
      if (stopping) return;
      restarts.push(Date.now());
      if (restarts.filter((at) => at > Date.now() - 60_000).length > 3) {
        console.error('DynamoDB Local keeps stopping (4 times within a minute): GovOpen stops too. Check the Java process and the data folder, then run npm start again.');
        return stop('DynamoDB Local failing');
      }
      app.log.error({ code, pid: running.pid }, `DynamoDB Local stopped; starting it again${config.dataDir ? '' : ' (in memory: its data is lost)'}`);
      try {
        emulator = await startDynamoLocal({ port: Number(new URL(running.endpoint).port), dataDir: config.dataDir });
        supervise(emulator);
        await ensureTable(dynamo);
        if (!config.dataDir) {
          await loadDemoContentOutsideProduction(app);
          await bootstrapFirstAdmin(app);
        }
        app.log.info({ pid: emulator.pid }, 'DynamoDB Local is back');
      } catch (error) {
        console.error('DynamoDB Local could not be started again:', error instanceof Error ? error.message : error);
        await stop('DynamoDB Local failing');
      }
    });
  if (emulator) supervise(emulator);
  const runTasks = (only?: readonly string[]) => runScheduledTasks(app, only).catch((error: unknown) => app.log.error({ err: error }, 'scheduled tasks failed'));
  setInterval(runTasks, ALL_TASKS_EVERY_MINUTES * 60_000).unref();
  setInterval(() => runTasks(PROMPT_TASKS), PROMPT_TASKS_EVERY_MINUTES * 60_000).unref();
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const table = await ensureTable(dynamo);
    const demo = await loadDemoContentOutsideProduction(app);
    await bootstrapFirstAdmin(app);
    app.log.info({ table, demo }, 'store ready');
    const graphql = createGraphQLServer({ production: config.production, log: app.log });
    await graphql.start();
    if (h5BuildIsStale()) buildH5((message) => console.log(message));
    server = createLocalServer({ app, graphql, fallback: serveH5 });
    void runTasks();
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await emulator?.stop();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host}:${port}`;
  console.log(`GovOpen is running:\n  mini-app (H5)  ${base}/\n  GraphQL        ${base}/graphql\n  health         ${base}/health\n  DynamoDB       ${dynamo.tableName} at ${config.dynamoEndpoint ?? emulator?.endpoint}${config.dataDir ? ` (data in ${config.dataDir})` : ' (in memory)'}\nPress Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  if (error instanceof JavaMissingError) console.error(error.message);
  else console.error('GovOpen could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
