import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { graphql, graphqlData, staffLogin, startGovOpen, type RunningGovOpen } from './support/run-govopen';
import { createTestApi } from './support/test-app';
import { persistedOperations } from '../api/src/generated/persisted-operations';

// The safety rails as a hostile or clumsy client meets them, on a running server with NODE_ENV=production.

const deepQuery = (depth: number) => {
  let selection = '__typename';
  for (let level = 0; level < depth - 5; level += 1) selection = `ofType { ${selection} }`;
  return `{ __schema { types { fields { type { ${selection} } } } } }`;
};

const SECRET = 'a-long-production-secret-for-this-test-only';
const ADMIN = { username: 'admin', password: 'production-admin-password' };
let govopen: RunningGovOpen;
beforeAll(async () => {
  govopen = await startGovOpen({ NODE_ENV: 'production', SESSION_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '600', STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });
});
afterAll(() => govopen.stop());

const codeOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.code;

it('refuses introspection, without suggesting field names', async () => {
  const result = await graphql(govopen.base, '{ __schema { queryType { name } } }');
  expect(codeOf(result.body)).toBe('GRAPHQL_VALIDATION_FAILED');
  const typo = await graphql(govopen.base, '{ policys(first: 1) { edges { cursor } } }');
  expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  expect(codeOf(typo.body)).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('refuses dev: sign-in codes, and tells the H5 pages not to offer 测试登录', async () => {
  const result = await graphql(govopen.base, 'mutation { login(code: "dev:wang") { token } }');
  expect(codeOf(result.body)).toBe('BAD_USER_INPUT');
  const options = await graphql<{ signInOptions: { developmentSignIn: boolean } }>(govopen.base, '{ signInOptions { developmentSignIn } }');
  expect(options.body.data).toEqual({ signInOptions: { developmentSignIn: false } });
});

it('rejects a 20-deep query and one with too many aliases, with a code and no internals', async () => {
  const deep = await graphql(govopen.base, deepQuery(20));
  expect(codeOf(deep.body)).toBe('GRAPHQL_VALIDATION_FAILED');
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: policyFacets { years { value } }`).join(' ');
  const many = await graphql(govopen.base, `{ ${aliases} }`);
  expect(codeOf(many.body)).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(many.body)).not.toMatch(/stack|node_modules|\.ts:/);
});

it('refuses an oversized body and a batch of operations', async () => {
  const huge = await fetch(`${govopen.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ok }`, pad: 'x'.repeat(200_000) }) });
  expect(huge.status).toBe(413);
  expect(codeOf((await huge.json()) as never)).toBe('BAD_USER_INPUT');
  const batch = await fetch(`${govopen.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ ok }' }, { query: '{ ok }' }]) });
  expect(batch.status).toBe(400);
});

it('refuses a sign-in WeChat cannot confirm, and a forged session', async () => {
  const wang = await graphql<{ login: { token: string } }>(govopen.base, 'mutation { login(code: "wrong-code") { token } }');
  expect(codeOf(wang.body)).toBe('SERVICE_UNAVAILABLE'); // no WeChat app configured here: the exchange is refused cleanly
  const me = await graphql(govopen.base, '{ me { id } }', undefined, 'forged.token.value');
  expect(codeOf(me.body)).toBe('UNAUTHENTICATED');
});

it('starts with no made-up content: no demo policies, open days, rated services or projects', async () => {
  const lists = await graphqlData<Record<string, { edges: unknown[] }>>(
    govopen.base,
    '{ policies(first: 1) { edges { cursor } } events(first: 1) { edges { cursor } } services(first: 1) { edges { cursor } } projects(first: 1) { edges { cursor } } }',
  );
  expect(lists).toEqual({ policies: { edges: [] }, events: { edges: [] }, services: { edges: [] }, projects: { edges: [] } });
});

/** A window service and an open day (first come, first served), made by the district admin as a clerk would. */
async function staffMadeServiceAndOpenDay(): Promise<{ serviceId: string; eventId: string }> {
  const { token } = await staffLogin(govopen.base, ADMIN);
  const { createService } = await graphqlData<{ createService: { id: string } }>(
    govopen.base,
    'mutation($input: ServiceInput!) { createService(input: $input) { id } }',
    { input: { name: '高龄津贴申领', channel: 'WINDOW', windows: ['1'] } },
    token,
  );
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const input = {
    theme: '民生保障',
    title: '养老服务开放日',
    description: '请居民来看看养老服务中心。',
    startsAt: at(10),
    endsAt: at(10.1),
    venue: { address: '示例区人民路 1 号', latitude: 29.0794, longitude: 119.6474 },
    capacity: 5,
    signUpClosesAt: at(9),
    selectionMode: 'FIRST_COME',
  };
  const { createEvent } = await graphqlData<{ createEvent: { id: string } }>(govopen.base, 'mutation($input: EventInput!) { createEvent(input: $input) { id } }', { input }, token);
  await graphqlData(govopen.base, 'mutation($id: ID!) { openEvent(id: $id) { id } }', { id: createEvent.id }, token);
  return { serviceId: createService.id, eventId: createEvent.id };
}

it("answers a resident asking for another resident's rating or registration as not found", async () => {
  // Residents normally sign in through WeChat; here their sessions are signed with the server's secret.
  const sessionFor = (residentId: string) =>
    new SignJWT({ kind: 'resident' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('govopen').setSubject(residentId).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
  const [wang, li] = [await sessionFor('wang-resident-id'), await sessionFor('li-resident-id')];

  const { serviceId, eventId } = await staffMadeServiceAndOpenDay();
  const rated = await graphql<{ rateService: { id: string } }>(govopen.base, 'mutation($s: ID!) { rateService(serviceId: $s, input: { level: SATISFIED }) { id } }', { s: serviceId }, wang);
  const ratingId = rated.body.data!.rateService.id;
  expect((await graphql(govopen.base, 'query($id: ID!) { rating(id: $id) { id } }', { id: ratingId }, wang)).body.data).toEqual({ rating: { id: ratingId } });
  expect(codeOf((await graphql(govopen.base, 'query($id: ID!) { rating(id: $id) { id } }', { id: ratingId }, li)).body)).toBe('NOT_FOUND');

  const registered = await graphql<{ registerForEvent: { id: string } }>(
    govopen.base,
    'mutation($e: ID!) { registerForEvent(eventId: $e, input: { name: "王阿姨", phone: "13812345678", questions: "" }) { id } }',
    { e: eventId },
    wang,
  );
  const registrationId = registered.body.data!.registerForEvent.id;
  expect(codeOf((await graphql(govopen.base, 'mutation($id: ID!) { cancelRegistration(id: $id) { id } }', { id: registrationId }, li)).body)).toBe('NOT_FOUND');
});

it("serves the mini-app's own operations from their hash alone", async () => {
  const [hash, text] = Object.entries(persistedOperations).find(([, query]) => query.startsWith('query PolicyFacets'))!;
  expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
  const response = await fetch(`${govopen.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  const body = (await response.json()) as { data?: { policyFacets: { years: unknown[] } } };
  expect(body.data?.policyFacets.years).toEqual([]); // answered; a production store holds no demo policies to count
  const unknown = await graphql(govopen.base, '', undefined);
  expect(unknown.status).toBe(400);
});

it('limits how fast one client may call', async () => {
  const limited = await startGovOpen({ NODE_ENV: 'production', SESSION_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '5' });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await graphql(limited.base, '{ ok }')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  } finally {
    await limited.stop();
  }
});

it('names the limit a query broke to developers outside production', async () => {
  const api = await createTestApi();
  try {
    const result = await api.run(deepQuery(12));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', debug: expect.stringMatching(/depth/i) });
  } finally {
    await api.close();
  }
});
