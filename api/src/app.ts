import type { Config } from './core/config';
import type { AppContext, RequestContext } from './core/context';
import { createDynamo, type Dynamo } from './core/dynamo';
import { createLogger } from './core/logger';
import { createPolicyLoaders } from './policies/policy-loaders';
import { createPolicyStore } from './policies/policy-store';

/** Wires the stores to one DynamoDB client; built once per process (Lambda: per container). */
export function createApp(config: Config, dynamo: Dynamo = createDynamo(config)): AppContext & { dynamo: Dynamo } {
  return {
    config,
    dynamo,
    log: createLogger(config.logLevel),
    stores: {
      policies: createPolicyStore(dynamo),
    },
  };
}

export function createRequestContext(app: AppContext): RequestContext {
  return {
    config: app.config,
    log: app.log,
    stores: app.stores,
    loaders: createPolicyLoaders(app.stores.policies),
  };
}

/** 200 once the store answers, 503 (with a reason for operators) while it does not. */
export async function checkHealth(app: { dynamo: Dynamo; log: AppContext['log'] }): Promise<{ status: number; body: { status: string } }> {
  try {
    await app.dynamo.ping();
    return { status: 200, body: { status: 'ok' } };
  } catch (error) {
    app.log.warn({ err: error }, 'health check: the store does not answer');
    return { status: 503, body: { status: 'store unavailable' } };
  }
}
