import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
import { checkHealth, createApp, createRequestContext } from './app';
import { configFromEnv } from './core/config';
import { bootstrapFirstAdmin } from './identity/bootstrap-staff';
import { createGraphQLServer } from './server';

// Built once per Lambda container and reused by every invocation it serves.
const app = createApp(configFromEnv());
const server = createGraphQLServer({ production: app.config.production, log: app.log });

// Once per container; a failure is retried by the next invocation rather than cached.
let bootstrapped: Promise<unknown> | undefined;
const ensureBootstrapped = () =>
  (bootstrapped ??= bootstrapFirstAdmin(app).catch((error: unknown) => {
    bootstrapped = undefined;
    throw error;
  }));

const graphqlHandler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async ({ event }) => {
    await ensureBootstrapped();
    return createRequestContext(app, event.headers.authorization);
  },
});

type HttpEvent = Parameters<typeof graphqlHandler>[0];

/** POST /graphql goes to Apollo; GET /health answers 200 once the table answers. */
export const handler = async (event: HttpEvent, context: Parameters<typeof graphqlHandler>[1]) => {
  if (event.rawPath === '/health') {
    const health = await checkHealth(app);
    return { statusCode: health.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(health.body) };
  }
  return graphqlHandler(event, context, () => undefined);
};
