import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { checkHealth, createRequestContext, type App, type RequestContext } from '../app';
import { REFUSALS, SAFETY_LIMITS } from '../core/safety';
import { readLimited, servePhotoRoutes } from './photo-routes';
import { createRateLimiter } from './rate-limit';

const MAX_BODY_BYTES = SAFETY_LIMITS.maxBodyBytes;

export interface LocalServerParts {
  app: App;
  graphql: ApolloServer<RequestContext>;
  /** Serves the rest of the paths (the H5 build), when given. */
  fallback?: (request: IncomingMessage, response: ServerResponse) => void;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, refusal: (typeof REFUSALS)[keyof typeof REFUSALS], headers: Record<string, string> = {}) {
  sendJson(response, refusal.status, refusal.body, headers);
}

async function serveGraphQL(parts: LocalServerParts, request: IncomingMessage, response: ServerResponse, url: URL) {
  const read = request.method === 'POST' ? await readLimited(request, MAX_BODY_BYTES) : Buffer.alloc(0);
  if (!read) return refuse(response, REFUSALS.bodyTooLarge, { connection: 'close' });
  const raw = read.toString('utf8');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (headers.get('content-type')?.startsWith('application/json') && raw) {
    try {
      body = JSON.parse(raw);
    } catch {
      return refuse(response, REFUSALS.badRequest);
    }
  }
  const result = await parts.graphql.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => createRequestContext(parts.app, request.headers.authorization, request.socket.remoteAddress),
  });
  const outHeaders: Record<string, string> = {};
  for (const [name, value] of result.headers) outHeaders[name] = value;
  response.writeHead(result.status ?? 200, outHeaders);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** GovOpen on one machine: GraphQL at /graphql, GET /health, and the H5 app for everything else. */
export function createLocalServer(parts: LocalServerParts): Server {
  const limiter = createRateLimiter(parts.app.config.rateLimitPerMinute);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/graphql' && !limiter.take(request.socket.remoteAddress ?? 'unknown')) {
        return refuse(response, REFUSALS.tooManyRequests, { 'retry-after': '10' });
      }
      if (url.pathname === '/health') {
        const health = await checkHealth(parts.app);
        return sendJson(response, health.status, health.body);
      }
      if (url.pathname === '/graphql') return serveGraphQL(parts, request, response, url);
      if (await servePhotoRoutes(parts.app.photos, request, response, url)) return;
      if (parts.fallback) return parts.fallback(request, response);
      return refuse(response, REFUSALS.notFound);
    };
    handle().catch((error: unknown) => {
      parts.app.log.error({ err: error }, 'request failed');
      if (!response.headersSent) refuse(response, REFUSALS.failed);
      else response.end();
    });
  });
}
