import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { checkHealth, createRequestContext, type App, type RequestContext } from '../app';
import { SAFETY_LIMITS } from '../core/safety';
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

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

async function serveGraphQL(parts: LocalServerParts, request: IncomingMessage, response: ServerResponse, url: URL) {
  const read = request.method === 'POST' ? await readLimited(request, MAX_BODY_BYTES) : Buffer.alloc(0);
  if (!read) return sendJson(response, 413, errorBody('BAD_USER_INPUT', '请求内容太大了。'), { connection: 'close' });
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
      return sendJson(response, 400, errorBody('BAD_REQUEST', '请求格式不正确。'));
    }
  }
  const result = await parts.graphql.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => createRequestContext(parts.app, request.headers.authorization),
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
        return sendJson(response, 429, errorBody('TOO_MANY_REQUESTS', '请求太频繁了，请稍等一会儿再试。'), { 'retry-after': '10' });
      }
      if (url.pathname === '/health') {
        const health = await checkHealth(parts.app);
        return sendJson(response, health.status, health.body);
      }
      if (url.pathname === '/graphql') return serveGraphQL(parts, request, response, url);
      if (await servePhotoRoutes(parts.app.photos, request, response, url)) return;
      if (parts.fallback) return parts.fallback(request, response);
      return sendJson(response, 404, errorBody('NOT_FOUND', '没有这个页面。'));
    };
    handle().catch((error: unknown) => {
      parts.app.log.error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, errorBody('INTERNAL_SERVER_ERROR', '系统暂时出了问题，请稍后再试。'));
      else response.end();
    });
  });
}
