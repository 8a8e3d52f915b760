import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
import { checkHealth, createApp, createRequestContext, type App } from './app';
import { configFromEnv } from './core/config';
import { withResolvedSecrets } from './core/secrets';
import { bootstrapFirstAdmin } from './identity/bootstrap-staff';
import { isScheduledInvocation, runScheduledTasks } from './scheduled-tasks';
import { createGraphQLServer } from './server';

const createGraphQLHandler = (app: App) =>
  startServerAndCreateLambdaHandler(createGraphQLServer({ production: app.config.production, log: app.log }), handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => createRequestContext(app, event.headers.authorization),
  });

type GraphQLHandler = ReturnType<typeof createGraphQLHandler>;
type HttpEvent = Parameters<GraphQLHandler>[0];
type LambdaContext = Parameters<GraphQLHandler>[1];

/**
 * Built once per Lambda container, on its first invocation (the session secret is read from Secrets
 * Manager then), and reused by every invocation after. A failure is retried by the next invocation.
 */
async function prepare(): Promise<{ app: App; graphql: GraphQLHandler }> {
  const app = createApp(configFromEnv(await withResolvedSecrets(process.env)));
  await bootstrapFirstAdmin(app);
  return { app, graphql: createGraphQLHandler(app) };
}

let ready: ReturnType<typeof prepare> | undefined;

/** POST /graphql goes to Apollo; GET /health answers 200 once the table answers; the schedule runs the clock's tasks. */
export const handler = async (event: HttpEvent, context: LambdaContext) => {
  const { app, graphql } = await (ready ??= prepare().catch((error: unknown) => {
    ready = undefined;
    throw error;
  }));
  if (isScheduledInvocation(event)) return runScheduledTasks(app);
  if (event.rawPath === '/health') {
    const health = await checkHealth(app);
    return { statusCode: health.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(health.body) };
  }
  return graphql(event, context, () => undefined);
};
