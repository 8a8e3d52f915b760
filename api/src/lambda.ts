import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { checkHealth, createApp, createRequestContext, type App } from './app';
import { configFromEnv } from './core/config';
import { metricFields, METRICS, withLogScope } from './core/logger';
import { REFUSALS, SAFETY_LIMITS } from './core/safety';
import { withResolvedSecrets } from './core/secrets';
import { isScheduledInvocation, runScheduledTasks, scheduledTasksNamed } from './scheduled-tasks';
import { createGraphQLServer } from './server';

// The API Gateway REST API (payload 1.0) invokes this for POST /graphql and GET /health, and the
// EventBridge schedule invokes it for the clock's tasks. See infra/lib/api.ts.

/** A header of the request whatever its case (API Gateway passes header names as the client sent them). */
function headerOf(event: APIGatewayProxyEvent, name: string): string | undefined {
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

const createGraphQLHandler = (app: App) =>
  startServerAndCreateLambdaHandler(createGraphQLServer({ production: app.config.production, log: app.log }), handlers.createAPIGatewayProxyEventRequestHandler(), {
    context: async ({ event }) => createRequestContext(app, headerOf(event, 'authorization'), event.requestContext?.identity?.sourceIp),
  });

type GraphQLHandler = ReturnType<typeof createGraphQLHandler>;

/**
 * Built once per Lambda container, on its first invocation (the session secret is read from Secrets
 * Manager then), and reused by every invocation after. A failure is retried by the next invocation.
 */
async function prepare(): Promise<{ app: App; graphql: GraphQLHandler }> {
  const app = createApp(configFromEnv(await withResolvedSecrets(process.env)));
  // A password in the function's settings is what `npm run create-admin` exists to avoid.
  if (app.config.staffBootstrap) app.log.warn('STAFF_BOOTSTRAP is ignored on Lambda: create the first admin with npm run create-admin (docs/deploy.md)');
  return { app, graphql: createGraphQLHandler(app) };
}

let ready: ReturnType<typeof prepare> | undefined;
let coldStart = true;

/** Bytes of the body as the client sent it (API Gateway hands binary bodies over in base64). */
function bodyBytes(event: APIGatewayProxyEvent): number {
  if (!event.body) return 0;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').length : Buffer.byteLength(event.body);
}

const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({ statusCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });

async function answer(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult | Record<string, number>> {
  const { app, graphql } = await (ready ??= prepare().catch((error: unknown) => {
    ready = undefined;
    throw error;
  }));
  if (coldStart) {
    coldStart = false;
    app.log.info(metricFields(METRICS.coldStart), 'cold start');
  }
  if (isScheduledInvocation(event)) return runScheduledTasks(app, scheduledTasksNamed(event));
  if (event.resource === '/health') {
    const health = await checkHealth(app);
    return json(health.status, health.body);
  }
  // The local server refuses these while reading; here API Gateway has already read up to 10 MB.
  if (bodyBytes(event) > SAFETY_LIMITS.maxBodyBytes) return json(REFUSALS.bodyTooLarge.status, REFUSALS.bodyTooLarge.body);
  return graphql(event, context, () => undefined) as Promise<APIGatewayProxyResult>;
}

/** POST /graphql goes to Apollo; GET /health answers 200 once the table answers; the schedule runs the clock's tasks. */
export const handler = (event: APIGatewayProxyEvent, context: Context) =>
  withLogScope({ requestId: context.awsRequestId, ...(event.requestContext?.requestId ? { apiRequestId: event.requestContext.requestId } : {}) }, () => answer(event, context));
