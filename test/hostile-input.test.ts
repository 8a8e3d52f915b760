import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { typeDefs } from '../api/src/generated/type-defs';
import { createGraphQLServer } from '../api/src/server';
import { createLocalServer } from '../api/src/local/http-server';
import { loadDemoContent } from '../api/src/demo/load-demo';
import { countedEntry, policyListing } from '../api/src/policies/policy-listing';
import { facetCounterItem, policyItem, policyListEntryItem } from '../api/src/policies/policy-items';
import { createHash } from 'node:crypto';
import { eventInput } from '../api/src/events/event-test-support';
import { SAFETY_LIMITS } from '../api/src/core/safety';
import { renovation } from './projects-support';
import { createTestApi, createTestStaff, type TestApi } from './support/test-app';

// Random and hostile variables thrown at every query and mutation of the schema, over HTTP, as
// anonymous callers, residents and staff: no 5xx, no INTERNAL_SERVER_ERROR, no unhandled rejection,
// and the store stays consistent (no half-written policy).

const schema: GraphQLSchema = buildSchema(typeDefs);

/** An operation calling one root field with every argument as a variable, selecting its leaf fields. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = (type: ReturnType<typeof getNamedType>, depth: number): string => {
    if (isLeafType(type) || !isObjectType(type) || depth > 2) return '';
    const fields = Object.values(type.getFields()).filter((f) => f.args.length === 0);
    const parts = fields.map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      const inner = selection(named, depth + 1);
      return inner ? `${f.name} ${inner}` : '';
    });
    return `{ ${parts.filter(Boolean).join(' ') || '__typename'} }`;
  };
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(getNamedType(field.type), 0)} }`;
}


const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', "' OR 1=1 --", '${jndi:ldap://x}', '../../etc/passwd', '政務公開', 'dev:wang', 'dev:', 'POLICY#x', 'a'.repeat(5000), '13812345678', '0'.repeat(16), '2022-02-30', 'Bearer x'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53, 0.5, 101, 100, 1),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('title', 'body', 'kind', 'role', 'text', 'year', 'validity', 'username', 'password', 'department', 'issuer', 'x'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Values of the argument's own type (so most calls get past GraphQL's checks and into our code), or anything at all. */
function arbitraryFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const shaped = (): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return arbitraryFor(type.ofType);
    if (isListType(type)) return fc.array(arbitraryFor(type.ofType), { maxLength: 8 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type)])), { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
    }
    switch (getNamedType(type).name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: -2147483648, max: 2147483647 }), fc.constantFrom(0, 1, 20, 100, 101, 2022, -1));
      case 'Boolean':
        return fc.boolean();
      default:
        return hostileString;
    }
  };
  return fc.oneof({ weight: 4, arbitrary: shaped() }, { weight: 1, arbitrary: hostileValue });
}

const roots = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ field, text: operationFor('query', field) })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ field, text: operationFor('mutation', field) })),
].map(({ field, text }) => ({
  name: field.name,
  text,
  variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryFor(arg.type)])), { requiredKeys: [] }),
}));

let api: TestApi;
let server: Server;
let base: string;
let tokens: Array<string | undefined>;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  api = await createTestApi({ rateLimitPerMinute: 1_000_000 });
  await loadDemoContent(api.app);
  const graphql = createGraphQLServer({ production: false, log: api.app.log });
  await graphql.start();
  server = createLocalServer({ app: api.app, graphql });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const resident = await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:fuzz") { token } }`);
  tokens = [undefined, resident.data!.login.token, await createTestStaff(api, 'fuzz.admin', 'DISTRICT_ADMIN', '区政府办公室'), await createTestStaff(api, 'fuzz.editor', 'DEPARTMENT_EDITOR', '区民政局')];
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

it('never answers 5xx or an internal error, whatever the variables and whoever asks', async () => {
  const seen = new Set<string>();
  const reached = { total: 0, resolvers: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...roots).chain((root) => fc.tuple(fc.constant(root), root.variables)),
      fc.nat(tokens.length - 1),
      fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 }),
      async ([root, own], who, extra) => {
        seen.add(root.name);
        const variables = { ...extra, ...own };
        const token = tokens[who];
        reached.total += 1;
        const response = await fetch(base, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: root.text, variables }),
        });
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        if (!body.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'BAD_REQUEST')) reached.resolvers += 1;
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code).toEqual(expect.any(String));
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      },
    ),
    // Every root field once with no variables from each kind of caller in turn (so a new field never
    // goes unasked, whatever the seed draws), then random runs.
    { numRuns: Math.max(400, roots.length * 8), seed: 20261123, examples: roots.map((root, i) => [[root, {}], i % tokens.length, {}]) },
  );
  expect([...seen].sort()).toEqual(roots.map((r) => r.name).sort());
  // Most calls must get past GraphQL's own checks, or the property says little about our code.
  expect(reached.resolvers / reached.total).toBeGreaterThan(0.5);
  expect(unhandled).toEqual([]);
});

it('leaves no half-written policy: every policy has exactly its list entries and the counters add up', async () => {
  const items: Array<Record<string, unknown>> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    // A Scan is fine here: this test audits the whole table, no product screen does.
    const page = await api.app.dynamo.doc.send(new ScanCommand({ TableName: api.app.dynamo.tableName, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const policies = items.filter(policyItem.is).map(policyItem.decode);
  expect(policies.length).toBeGreaterThanOrEqual(3);
  const entries = items.filter(policyListEntryItem.is).map(policyListEntryItem.decode);
  const counts = new Map<string, number>();
  for (const policy of policies) {
    const listing = policyListing(policy);
    const actual = entries.filter((entry) => entry.id === policy.id).map((entry) => `${entry.bucket}#${entry.facet}`).sort();
    expect(actual).toEqual(listing.map((entry) => `${entry.bucket}#${entry.facet}`).sort());
    for (const entry of listing.filter(countedEntry)) counts.set(`${entry.bucket}#${entry.facet}`, (counts.get(`${entry.bucket}#${entry.facet}`) ?? 0) + 1);
  }
  const counters = items.filter(facetCounterItem.is).map(facetCounterItem.decode).filter((c) => c.bucket === 'CURRENT' && c.count !== 0);
  expect(new Map(counters.map((c) => [`${c.bucket}#${c.facet}`, c.count]))).toEqual(counts);
});

describe('client mistakes found by the security review answer 4xx and BAD_USER_INPUT, never a server error', () => {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  };
  const codes = (answer: Awaited<ReturnType<typeof post>>) => (answer.body.errors ?? []).map((e) => e.extensions?.code);
  const admin = () => tokens[2];
  // The hostile draws above may have signed the admin out (signOut is a root field like any other).
  beforeAll(async () => {
    const again = await api.run<{ staffLogin: { token: string } }>(`mutation { staffLogin(username: "fuzz.admin", password: "fuzz.admin-password") { token } }`);
    tokens[2] = again.data!.staffLogin.token;
  });

  it.each([
    ['latitude', { venue: { address: '示例区人民路 1 号', latitude: 1e-300, longitude: 119.6474 } }],
    ['longitude', { venue: { address: '示例区人民路 1 号', latitude: 29.0794, longitude: -1e-300 } }],
  ])('refuses a %s like 1e-300 in plain words', async (_, overrides) => {
    const answer = await post({ query: `mutation($input: EventInput!) { createEvent(input: $input) { id } }`, variables: { input: eventInput(new Date(), overrides) } }, admin());
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['a budget', { budgetPlanned: 1e-300 }],
    ['a target quantity', { target: { quantity: 1e-300, unit: '个', text: '完成改造' } }],
  ])('refuses %s like 1e-300 in plain words', async (_, overrides) => {
    const answer = await post({ query: `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`, variables: { input: renovation(overrides) } }, admin());
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a progress figure like 1e-300 in plain words, and stores no update', async () => {
    const created = await post({ query: `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`, variables: { input: renovation({ title: '数据测试项目' }) } }, admin());
    const projectId = (created.body.data?.createProject as { id: string }).id;
    const update = `mutation($id: ID!, $input: ProjectUpdateInput!) { postProjectUpdate(projectId: $id, input: $input) { id } }`;
    const answer = await post({ query: update, variables: { id: projectId, input: { text: '开工。', figures: [{ label: '完成', value: 1e-300, unit: '个' }] } } }, admin());
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    const read = await post({ query: `query($id: ID!) { project(id: $id) { updates { edges { node { id } } } } }`, variables: { id: projectId } });
    expect((read.body.data?.project as { updates: { edges: unknown[] } }).updates.edges).toEqual([]);
  });

  it.each([60_000, 90_000])('refuses a %d-character username without a server error', async (length) => {
    const answer = await post({ query: `mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }`, variables: { u: 'a'.repeat(length), p: 'x' } });
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['policies', `query($after: String) { policies(first: 1, after: $after) { pageInfo { endCursor } } }`],
    ['events', `query($after: String) { events(first: 1, after: $after) { pageInfo { endCursor } } }`],
  ])('refuses a forged %s cursor with extra keys', async (list, query) => {
    const first = await post({ query });
    const cursor = (first.body.data?.[list] as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    const key = JSON.parse(Buffer.from(cursor!, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const extra of [{ x: 'y' }, { gsi9pk: 'POLICY#x' }, { ...Object.fromEntries(Object.keys(key).map((name) => [`${name}2`, 'x'])) }]) {
      const forged = Buffer.from(JSON.stringify({ ...key, ...extra }), 'utf8').toString('base64url');
      const answer = await post({ query, variables: { after: forged } });
      expect(answer.status).toBeLessThan(500);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses a query over the token limit with 400, not 500', async () => {
    const query = `{ ${Array.from({ length: SAFETY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses variables with more mistakes than GraphQL lists (over 50) as bad input, not an internal error', async () => {
    const query = 'query($input: PolicyInput!) { policyChecks(input: $input) { canPublish } }';
    const answer = await post({ query, variables: { input: { title: 'x', body: 'x', tables: [{ title: 'x', columns: Array.from({ length: 60 }, () => null), rows: [] }] } } });
    expect(answer.status).toBeLessThan(500);
    expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it("refuses a persisted query whose hash is not the query's with 400, not 500", async () => {
    const query = '{ __typename }';
    const wrong = createHash('sha256').update('{ something else }').digest('hex');
    const answer = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});
