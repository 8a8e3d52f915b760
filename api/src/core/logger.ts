import pino, { type Logger } from 'pino';

/** Structured JSON logs; on Lambda each line is tagged with the request id by the caller. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'govopen-api' } });
}
