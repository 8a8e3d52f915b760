import { request } from 'node:http';

// The spike's taps as residents send them (issue 17): real HTTP POSTs to /graphql of the server
// `npm start` runs (api/src/local/http-server.ts), each session from its own address. All of
// 127.0.0.0/8 is this machine, so resident n taps from 127.1.x.y: the server's per-address rate
// limit (300 a minute) applies to each resident as it would to a phone, and is not raised for the bench.

type Answer = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

/** `base` is the server's http://127.0.0.1:port; requests without a token (staff sign-in) come from 127.0.0.1. */
export function httpTaps(base: string) {
  const url = new URL('/graphql', base);
  const addresses = new Map<string, string>();
  const addressOf = (token: string | undefined) => {
    if (!token) return '127.0.0.1';
    let address = addresses.get(token);
    if (!address) {
      const n = addresses.size + 1;
      address = `127.1.${n >> 8}.${n & 255}`;
      addresses.set(token, address);
    }
    return address;
  };
  return (query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) };
      // A connection of its own, as each phone has.
      const sent = request(url, { method: 'POST', headers, localAddress: addressOf(token), agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          let answer: Answer;
          try {
            answer = JSON.parse(text) as Answer;
          } catch {
            answer = { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP ${status}` } }] };
          }
          // A refusal or a server error without GraphQL errors still counts as an error answer.
          resolve(status >= 400 && !answer.errors?.length ? { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP ${status}` } }] } : answer);
        });
        response.on('error', reject);
      });
      sent.on('error', reject);
      sent.end(body);
    });
}
