import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { PolicyDraft } from '@govopen/shared';
import { createApp } from '../api/src/app';
import { DEFAULT_CONFIG } from '../api/src/core/config';
import type { Dynamo } from '../api/src/core/dynamo';
import { createTestDynamo, dropTestDynamo, savePolicy } from './support/test-app';

// The exported Lambda handler, invoked exactly as API Gateway's HTTP API (payload v2) calls it.

function httpEvent(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'jest' },
      requestId: 'req-1',
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '23/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795428000000,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

const lambdaContext = { awsRequestId: 'req-1', functionName: 'govopen-api', getRemainingTimeInMillis: () => 10000 } as unknown as Context;

let dynamo: Dynamo;
let handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
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
  await savePolicy(createApp({ ...DEFAULT_CONFIG, tableName: dynamo.tableName }, dynamo), policy);
  process.env.TABLE_NAME = dynamo.tableName;
  process.env.NODE_ENV = 'production';
  process.env.SESSION_SECRET = 'a-production-secret-for-the-lambda-test-only';
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
});

it('answers bad input with a coded error and no internals in production', async () => {
  const result = await handler(httpEvent('POST', '/graphql', { query: '{ policies(first: 500) { edges { cursor } } }' }), lambdaContext);
  const body = JSON.parse(result.body!);
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts/);
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
  const result = await handler(scheduled as unknown as APIGatewayProxyEventV2, lambdaContext);
  expect(result).toEqual({ eventReminders: 0 });
});
