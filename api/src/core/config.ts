// Environment is read here, once, at start-up; everything else receives a Config.

export interface Config {
  /** `production` turns off development conveniences (introspection, stack traces …). */
  production: boolean;
  /** The DynamoDB table; CDK injects it on Lambda. */
  tableName: string;
  /** Where DynamoDB answers; unset on AWS, where the SDK finds the regional endpoint. */
  dynamoEndpoint: string | undefined;
  region: string;
  /** Local server only. */
  host: string;
  port: number;
  /** Folder DynamoDB Local keeps its data in; in memory when unset. */
  dataDir: string | undefined;
  /** Port of the DynamoDB Local that `npm start` runs (0: any free port). */
  dynamoLocalPort: number;
  logLevel: string;
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  production: false,
  tableName: 'govopen',
  dynamoEndpoint: undefined,
  region: 'cn-north-1',
  host: '127.0.0.1',
  port: 4000,
  dataDir: undefined,
  dynamoLocalPort: 8000,
  logLevel: 'info',
});

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, not "${raw}"`);
  return port;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    production: env.NODE_ENV === 'production',
    tableName: env.TABLE_NAME || DEFAULT_CONFIG.tableName,
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION || DEFAULT_CONFIG.region,
    host: env.HOST || DEFAULT_CONFIG.host,
    port: portFrom(env, 'PORT', DEFAULT_CONFIG.port),
    dataDir: env.DATA_DIR || undefined,
    dynamoLocalPort: portFrom(env, 'DYNAMODB_PORT', DEFAULT_CONFIG.dynamoLocalPort),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : DEFAULT_CONFIG.logLevel),
  };
}
