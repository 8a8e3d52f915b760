import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { PolicyDraft } from '@govopen/shared';
import { createApp } from '../api/src/app';
import { DEFAULT_CONFIG } from '../api/src/core/config';
import type { Dynamo } from '../api/src/core/dynamo';
import { createSessionTokens } from '../api/src/identity/session-token';
import { createTestDynamo, dropTestDynamo, savePolicy } from './support/test-app';

// The exported Lambda handler, invoked exactly as API Gateway's REST API (Lambda proxy, payload 1.0) calls it.

function httpEvent(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): APIGatewayProxyEvent {
  return {
    resource: path,
    path,
    httpMethod: method,
    // Header names arrive as the client wrote them.
    headers: { 'Content-Type': 'application/json', Host: 'api.example.gov.cn', ...headers },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authorizer: null,
      domainName: 'api.example.gov.cn',
      httpMethod: method,
      identity: { sourceIp: '203.0.113.9', userAgent: 'jest' } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/prod${path}`,
      protocol: 'HTTP/1.1',
      requestId: 'api-req-1',
      requestTimeEpoch: 1795428000000,
      resourceId: 'r1',
      resourcePath: path,
      stage: 'prod',
    },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

const lambdaContext = { awsRequestId: 'req-1', functionName: 'govopen-api', getRemainingTimeInMillis: () => 10000 } as unknown as Context;

const SECRET = 'a-production-secret-for-the-lambda-test-only';
let dynamo: Dynamo;
let residentId: string;
let handler: (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
const policy: PolicyDraft = {
  title: '关于做好高龄津贴发放工作的通知',
  documentNumber: '示民发〔2022〕5号',
  indexNumber: null,
  issuer: '示范区民政局',
  writtenDate: '2022-04-01',
  publishedDate: '2022-04-02',
  validity: 'VALID',
  repealedDate: null,
  disclosure: 'PROACTIVE',
  topics: ['养老服务'],
  targetGroups: ['老年人'],
  body: '年满八十周岁的老人按月领取高龄津贴。',
  sections: [],
  tables: [],
};

beforeAll(async () => {
  dynamo = await createTestDynamo();
  const app = createApp({ ...DEFAULT_CONFIG, tableName: dynamo.tableName }, dynamo);
  await savePolicy(app, policy);
  residentId = (await app.stores.identity.signInResident({ openid: 'o-wang', sessionKey: 'session-key' })).id;
  process.env.TABLE_NAME = dynamo.tableName;
  process.env.NODE_ENV = 'production';
  process.env.SESSION_SECRET = SECRET;
  process.env.LOG_LEVEL = 'silent';
  ({ handler } = (await import('../api/src/lambda')) as unknown as { handler: typeof handler });
});

afterAll(async () => {
  delete process.env.TABLE_NAME;
  process.env.NODE_ENV = 'test';
  await dropTestDynamo(dynamo);
});

it('answers a GraphQL POST with the policies from DynamoDB', async () => {
  const result = await handler(httpEvent('POST', '/graphql', { query: '{ policies(first: 5) { edges { node { title issuer publishedDate } } } }' }), lambdaContext);
  expect(result.statusCode).toBe(200);
  expect(JSON.parse(result.body!)).toEqual({
    data: { policies: { edges: [{ node: { title: policy.title, issuer: '示范区民政局', publishedDate: '2022-04-02' } }] } },
  });
  // Nothing between the API and a phone keeps an answer: the next request asks again.
  expect(result.headers?.['cache-control']).toBe('no-store');
});

it('answers bad input with a coded error and no internals in production', async () => {
  const result = await handler(httpEvent('POST', '/graphql', { query: '{ policies(first: 500) { edges { cursor } } }' }), lambdaContext);
  const body = JSON.parse(result.body!);
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts/);
  expect(result.headers?.['cache-control']).toBe('no-store');
});

it('refuses introspection in production', async () => {
  const result = await handler(httpEvent('POST', '/graphql', { query: '{ __schema { types { name } } }' }), lambdaContext);
  const body = JSON.parse(result.body!);
  expect(body.data).toBeUndefined();
  expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('reports healthy once the table answers', async () => {
  const result = await handler(httpEvent('GET', '/health'), lambdaContext);
  expect(result.statusCode).toBe(200);
  expect(JSON.parse(result.body!)).toEqual({ status: 'ok' });
});

it('runs the scheduled tasks when EventBridge invokes it, not GraphQL', async () => {
  const scheduled = { version: '0', id: 'e1', 'detail-type': 'Scheduled Event', source: 'aws.events', account: '123456789012', time: '2026-11-23T01:00:00Z', region: 'cn-north-1', resources: [], detail: {} };
  const result = await handler(scheduled as unknown as APIGatewayProxyEvent, lambdaContext);
  expect(result).toEqual({ departmentListBackfill: 0, eventReminders: 0, waitingPlacesMove: 0, freeSeatsToWaiters: 0, ratingFiguresMove: 0, informationRequestLapses: 0, informationReportFigures: 1, removeUnattachedPhotos: 0, closeEndedDrafts: 0, tellDraftCommenters: 0, tellSubscribers: 0, publishersFill: 1 });
  // The 5-minute rule names the subscribers' delivery and the open days' free seats only (infra/lib/schedule.ts).
  const prompt = await handler({ ...scheduled, detail: { tasks: ['tellSubscribers', 'freeSeatsToWaiters'] } } as unknown as APIGatewayProxyEvent, lambdaContext);
  expect(prompt).toEqual({ tellSubscribers: 0, freeSeatsToWaiters: 0 });
});

describe('the 100 KB body limit, on the Lambda path too', () => {
  const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', extensions: { pad: 'x'.repeat(bytes) } });

  it('refuses a 5 MB body with 413 and BAD_USER_INPUT in plain Chinese, without running it', async () => {
    const result = await handler(httpEvent('POST', '/graphql', padded(5 * 1024 * 1024)), lambdaContext);
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body)).toEqual({ errors: [{ message: '请求内容太大了。', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('measures a base64 body by the bytes it stands for', async () => {
    const encoded = Buffer.from(padded(150 * 1024)).toString('base64');
    const result = await handler({ ...httpEvent('POST', '/graphql'), body: encoded, isBase64Encoded: true }, lambdaContext);
    expect(result.statusCode).toBe(413);
  });

  it('runs a body just under the limit, Chinese text counted in bytes', async () => {
    const result = await handler(httpEvent('POST', '/graphql', padded(90 * 1024)), lambdaContext);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { __typename: 'Query' } });
    // 35,000 Chinese characters are 105,000 bytes: over, though under 100 K characters.
    const chinese = JSON.stringify({ query: '{ __typename }', extensions: { pad: '政'.repeat(35_000) } });
    expect((await handler(httpEvent('POST', '/graphql', chinese), lambdaContext)).statusCode).toBe(413);
  });
});

it('reads the Authorization header whatever case the client wrote it in', async () => {
  const { token } = await createSessionTokens(SECRET, { resident: 1, staff: 1 }).issue({ kind: 'resident', residentId });
  for (const name of ['Authorization', 'authorization', 'AUTHORIZATION']) {
    const result = await handler(httpEvent('POST', '/graphql', { query: '{ me { id } }' }, { [name]: `Bearer ${token}` }), lambdaContext);
    expect(JSON.parse(result.body)).toEqual({ data: { me: { id: residentId } } });
  }
});

it("logs JSON lines that each carry the invocation's request ids, and counts a container's cold start once (Embedded Metric Format)", () => {
  // A fresh process, as Lambda starts one: two health checks against a table that does not exist.
  const events = [httpEvent('GET', '/health'), { ...httpEvent('GET', '/health'), requestContext: { ...httpEvent('GET', '/health').requestContext, requestId: 'api-req-2' } }];
  const script = `
    const { handler } = require('./api/src/lambda.ts');
    const events = ${JSON.stringify(events)};
    (async () => {
      for (const [i, event] of events.entries()) await handler(event, { awsRequestId: 'invocation-' + (i + 1) });
    })();`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: path.resolve(__dirname, '..'),
    env: { PATH: process.env.PATH, NODE_ENV: 'production', SESSION_SECRET: SECRET, LOG_LEVEL: 'info', TABLE_NAME: 'no-such-table', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT, AWS_REGION: 'cn-north-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.length).toBeGreaterThanOrEqual(3);
  for (const line of lines) {
    expect(line.service).toBe('govopen-api');
    expect(line.requestId).toMatch(/^invocation-[12]$/);
    expect(line.apiRequestId).toBe(line.requestId === 'invocation-1' ? 'api-req-1' : 'api-req-2');
  }
  const coldStarts = lines.filter((line) => line.ColdStart !== undefined);
  expect(coldStarts).toEqual([expect.objectContaining({ requestId: 'invocation-1', ColdStart: 1 })]);
  expect(coldStarts[0]._aws.CloudWatchMetrics).toEqual([{ Namespace: 'GovOpen', Dimensions: [['service']], Metrics: [{ Name: 'ColdStart', Unit: 'Count' }] }]);
  // The health check's complaint, once for each invocation.
  expect(lines.filter((line) => line.msg === 'health check: the store does not answer').map((line) => line.requestId)).toEqual(['invocation-1', 'invocation-2']);
});
