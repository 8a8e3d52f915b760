import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

// The closed set of codes a client can see in `extensions.code`.
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the person using GovOpen: a code and a short plain-Chinese message. */
export class UserFacingError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, cause?: unknown) {
    super(message, { extensions: { code, ...details }, originalError: cause instanceof Error ? cause : undefined });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new UserFacingError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new UserFacingError('NOT_FOUND', message);
export const conflict = (message: string) => new UserFacingError('CONFLICT', message);

const INTERNAL_MESSAGE = '系统暂时出了问题，请稍后再试。';
const STORE_UNAVAILABLE_MESSAGE = '系统暂时连不上，请稍等一会儿再试。';

// Apollo's own codes for requests it rejects before any resolver runs, in words a resident understands.
const APOLLO_MESSAGES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '请求格式不正确。',
  GRAPHQL_VALIDATION_FAILED: '请求的内容不正确。',
  BAD_USER_INPUT: '填写的内容不正确。',
  BAD_REQUEST: '请求格式不正确。',
  PERSISTED_QUERY_NOT_FOUND: '请求已过期，请重试。',
  PERSISTED_QUERY_NOT_SUPPORTED: '请求格式不正确。',
  OPERATION_RESOLUTION_FAILURE: '请求格式不正确。',
};

/** A store call's network failures and timeouts (the AWS SDK's, Node's); also in the text of the SDK's wrapper for errors of another realm (jest). */
const STORE_DOWN = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|TimeoutError|RequestTimeout|AbortError)\b/;

/** True when the store did not answer (down, frozen, unreachable) or failed on its side: not our bug and not the client's. */
export function isStoreUnavailable(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; $fault?: unknown; $metadata?: unknown; cause?: unknown; originalError?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const wrapped = String(e.message).startsWith('AWS SDK error wrapper') ? e.message : '';
  if (STORE_DOWN.test(`${e.code} ${e.name} ${wrapped}`) || (e.$metadata && e.$fault === 'server')) return true;
  // Wrapped by Apollo (a failure while building the request's context), or with a cause.
  return [e.originalError, e.cause].some((inner) => inner && inner !== error && isStoreUnavailable(inner));
}

/** graphql-js's own words when a request's variables hold more than 50 mistakes; it gives the error no code, and Apollo none either. */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

function isClientRefusal(error: unknown): boolean {
  if (error instanceof GraphQLError && error.originalError === undefined && error.message === TOO_MANY_VARIABLE_ERRORS) return true;
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Turns every error into what a client may see: our own errors as they are; Apollo's request errors
 * with their code; anything else becomes INTERNAL_SERVER_ERROR without internals. In development the
 * original message is kept (under `extensions.debug`) to help whoever is building a client.
 */
export function formatError(production: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof UserFacingError) return { ...formatted, extensions: { ...original.extensions } };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code in APOLLO_MESSAGES) {
      const debug = production ? {} : { debug: formatted.message };
      return { message: APOLLO_MESSAGES[code] ?? INTERNAL_MESSAGE, locations: formatted.locations, extensions: { code, ...debug } };
    }
    // Apollo's own refusals without a code (a persisted query whose hash is not its query's, an
    // unknown protocol version) carry a 4xx status; variables with too many mistakes to list: the
    // client's mistake, not ours.
    if (isClientRefusal(original)) {
      return { message: APOLLO_MESSAGES.BAD_REQUEST ?? INTERNAL_MESSAGE, extensions: { code: 'BAD_USER_INPUT', ...(production ? {} : { debug: formatted.message }) } };
    }
    if (isStoreUnavailable(original)) {
      log(original);
      return { message: STORE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    log(original);
    return {
      message: INTERNAL_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(production ? {} : { debug: formatted.message }) },
    };
  };
}
