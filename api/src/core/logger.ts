import { readableStack } from './stack-traces';

/** The `service` field of every line; CloudWatch metrics from the logs use it as their dimension. */
export const LOG_SERVICE = 'govopen-api';

/** CloudWatch namespace of the metrics GovOpen writes into its log lines (Embedded Metric Format). */
export const METRIC_NAMESPACE = 'GovOpen';

/** Metrics written into log lines; the alarms in infra/lib/monitoring.ts watch them. */
export const METRICS = Object.freeze({
  /** A Lambda container's first invocation. */
  coldStart: 'ColdStart',
  /** A line logged at error level while answering an invocation: something failed that the client could not cause. */
  errors: 'Errors',
});

/** Fields every line logged while answering one invocation carries (its request ids). */
export type LogScopeFields = Record<string, string | boolean>;

/** The fields of the invocation being answered, if any. */
let scope: LogScopeFields | undefined;

/**
 * Runs `work` with `fields` on every line logged until it settles, however deep the logging call
 * (resolvers, stores, Apollo's error formatter). Error lines within a scope also count as the Errors
 * metric. One scope at a time, as Lambda answers one invocation at a time in a container (its only
 * caller, api/src/lambda.ts): a plain variable, not an AsyncLocalStorage, whose promise hooks ran at
 * every promise and were ~5% of a cold start with a first DynamoDB read (decision 033). A function
 * answering several invocations at once (Lambda Managed Instances) would need the latter again.
 */
export async function withLogScope<T>(fields: LogScopeFields, work: () => Promise<T>): Promise<T> {
  scope = fields;
  try {
    return await work();
  } finally {
    scope = undefined;
  }
}

/**
 * The fields that make a log line a CloudWatch metric datum (Embedded Metric Format): CloudWatch
 * extracts the metric from the line, so counting costs no API call and nothing at cold start.
 */
export function metricFields(name: string, value = 1): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [{ Namespace: METRIC_NAMESPACE, Dimensions: [['service']], Metrics: [{ Name: name, Unit: 'Count' }] }],
    },
    [name]: value,
  };
}

/** pino's numeric levels, which the log queries in docs/deploy.md filter on (`level >= 50`). */
const LEVELS = Object.freeze({ debug: 20, info: 30, warn: 40, error: 50 });

type LevelName = keyof typeof LEVELS;

/** `log.info('message')` or `log.info({ fields }, 'message')`, as with pino. */
export type LogMethod = (fieldsOrMessage: string | Record<string, unknown>, message?: string) => void;

export type Logger = Record<LevelName, LogMethod>;

/** Where lines go: stdout, or (tests) any stream. */
export interface LogDestination {
  write(line: string): unknown;
}

/** An error as a log field: what an operator needs to find it (`err.message` in the queries, the stack in source places), with its cause. */
function errorFields(error: Error, depth = 0): Record<string, unknown> {
  const cause = error.cause instanceof Error && depth < 3 ? { cause: errorFields(error.cause, depth + 1) } : {};
  return { ...Object.fromEntries(Object.entries(error)), type: error.name, message: error.message, stack: readableStack(error.stack), ...cause };
}

/** JSON that never throws: errors as their fields, a circular reference as "[Circular]", a BigInt as text. */
function toJson(line: Record<string, unknown>): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(line, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    return value instanceof Error ? errorFields(value) : value;
  });
}

/**
 * Structured JSON logs, one line each, to stdout (tests may pass another destination), in pino's
 * shape (`level`, `time`, `service`, the fields, `msg`); on Lambda each line carries the
 * invocation's request ids (see withLogScope). Not pino itself: it and its streams were 59 KB of
 * every cold start (issue 17), for four methods. `silent` (tests) writes nothing.
 */
export function createLogger(level: string, destination: LogDestination = process.stdout): Logger {
  const threshold = level === 'silent' ? Infinity : (LEVELS[level as LevelName] ?? LEVELS.info);
  const method =
    (lineLevel: number): LogMethod =>
    (fieldsOrMessage, message) => {
      if (lineLevel < threshold) return;
      const fields = typeof fieldsOrMessage === 'string' ? {} : fieldsOrMessage;
      const scoped = scope;
      const metric = scoped && lineLevel >= LEVELS.error ? metricFields(METRICS.errors) : {};
      const msg = typeof fieldsOrMessage === 'string' ? fieldsOrMessage : message;
      destination.write(`${toJson({ level: lineLevel, time: Date.now(), service: LOG_SERVICE, ...scoped, ...metric, ...fields, ...(msg === undefined ? {} : { msg }) })}\n`);
    };
  return { debug: method(LEVELS.debug), info: method(LEVELS.info), warn: method(LEVELS.warn), error: method(LEVELS.error) };
}
