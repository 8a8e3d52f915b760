import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request to the fake WeChat: its method, path, query and JSON body (null for none). */
export interface WeChatRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  body: unknown;
}

/**
 * A local HTTP server that answers like WeChat's server APIs (JSON sent as text/plain, as WeChat
 * does): `answer` returns the JSON for a request, or undefined for 404. Point `WeChatConfig.apiBase`
 * at `base`.
 */
export async function startFakeWeChat(answer: (request: WeChatRequest) => object | undefined): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const reply = answer({ method: request.method ?? 'GET', path: url.pathname, params: url.searchParams, body: raw ? (JSON.parse(raw) as unknown) : null });
      if (!reply) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Answers /cgi-bin/token as WeChat does: a new token each time for the right app id and secret. */
export function fakeAccessTokens(appId: string, secret: string) {
  const tokens = {
    issued: 0,
    answer(params: URLSearchParams): object {
      if (params.get('appid') !== appId || params.get('secret') !== secret) return { errcode: 40013, errmsg: 'invalid appid' };
      tokens.issued += 1;
      return { access_token: `token-${tokens.issued}`, expires_in: 7200 };
    },
  };
  return tokens;
}
