import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';

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

const ERROR_LEVEL = 50;

/** Fields every line logged while answering one invocation carries (its request ids). */
export type LogScopeFields = Record<string, string | boolean>;

const scope = new AsyncLocalStorage<LogScopeFields>();

/**
 * Runs `work` with `fields` on every line logged during it, however deep the logging call (resolvers,
 * stores, Apollo's error formatter). Error lines within a scope also count as the Errors metric.
 */
export function withLogScope<T>(fields: LogScopeFields, work: () => T): T {
  return scope.run(fields, work);
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

/** Structured JSON logs to stdout (tests may pass another destination); on Lambda each line carries the invocation's request ids (see withLogScope). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: LOG_SERVICE },
    mixin(_fields, lineLevel) {
      const fields = scope.getStore();
      // A copy each time: pino merges the line's own fields into what this returns.
      if (!fields) return {};
      return lineLevel >= ERROR_LEVEL ? { ...fields, ...metricFields(METRICS.errors) } : { ...fields };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
