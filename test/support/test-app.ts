import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createApp, createRequestContext } from '../../api/src/app';
import { beijingInstant } from '../../api/src/core/clock';
import { DEFAULT_CONFIG, type Config } from '../../api/src/core/config';
import { createDynamo, ensureTable, type Dynamo } from '../../api/src/core/dynamo';
import { createGraphQLServer } from '../../api/src/server';
import type { PolicyDraft } from '@govopen/shared';
import { policyIdFor } from '../../api/src/policies/policy-id';
import type { PolicyStore } from '../../api/src/policies/policy-store';
import type { StaffRole } from '../../api/src/core/actor';
import { hashPassword } from '../../api/src/identity/password';

/**
 * A fresh table in the DynamoDB Local that jest's global setup started, so test files can run in
 * parallel without seeing each other's data. Refuses to run without the emulator: no test fakes the store.
 */
export async function createTestDynamo(): Promise<Dynamo> {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run the tests through jest, whose global setup starts DynamoDB Local');
  const dynamo = createDynamo({ dynamoEndpoint: endpoint, region: DEFAULT_CONFIG.region, tableName: `test-${randomUUID()}` });
  await ensureTable(dynamo);
  return dynamo;
}

export async function dropTestDynamo(dynamo: Dynamo): Promise<void> {
  await dynamo.doc.send(new DeleteTableCommand({ TableName: dynamo.tableName }));
  dynamo.destroy();
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  /** Runs one GraphQL operation as a client would and returns its data and errors. */
  run<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: { token?: string; source?: string }): Promise<{ data?: TData; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/** The API over a fresh table: in the shared DynamoDB Local, or in the one given (with its table made). */
export async function createTestApi(overrides: Partial<Config> = {}, store?: Dynamo): Promise<TestApi> {
  const dynamo = store ?? (await createTestDynamo());
  const config: Config = { ...DEFAULT_CONFIG, logLevel: 'silent', tableName: dynamo.tableName, dynamoEndpoint: process.env.DYNAMODB_ENDPOINT, ...overrides };
  const app = createApp(config, dynamo);
  const server = createGraphQLServer({ production: config.production, log: app.log });
  await server.start();
  return {
    app,
    async run(query, variables, as) {
      const authorization = as?.token ? `Bearer ${as.token}` : undefined;
      const response = await server.executeOperation({ query, variables }, { contextValue: await createRequestContext(app, authorization, as?.source) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    async close() {
      await server.stop();
      await dropTestDynamo(dynamo);
    },
  };
}

/** Stores a policy as an import would, owned by `department`. */
export async function savePolicy(app: { stores: { policies: PolicyStore } }, draft: PolicyDraft, department = '区政府办公室') {
  const { outcome } = await app.stores.policies.save({ id: policyIdFor(draft), draft, department, mode: 'upsert' });
  return outcome;
}

export type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
/** The `extensions.code` of the first error, as a client reads it. */
export const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

/** A session token for a made-up resident: all that most resident operations need. */
export async function residentToken(api: TestApi, residentId: string): Promise<string> {
  return (await api.app.sessions.issue({ kind: 'resident', residentId })).token;
}

/** Sets the API's clock to a Beijing date and time of day (`2024-09-30 10:00`). */
export function setBeijingTime(api: TestApi, beijing: string): void {
  const [date = '', time] = beijing.split(' ');
  const instant = beijingInstant(date, time);
  if (Number.isNaN(instant.getTime())) throw new Error(`not a time: ${beijing}`);
  api.app.now = () => instant;
}

/** The staff most tests need, signed in: a district admin, and the editors of 区民政局 and 区财政局. */
export async function signInStaff(api: TestApi): Promise<Record<'admin' | 'civilAffairs' | 'finance', string>> {
  return {
    admin: await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室'),
    civilAffairs: await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局'),
    finance: await createTestStaff(api, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局'),
  };
}

/** Creates a staff account straight in the store and signs it in; returns the session token. */
export async function createTestStaff(api: TestApi, username: string, role: StaffRole, department: string, displayName = username): Promise<string> {
  const password = `${username}-password`;
  await api.app.stores.identity.createStaff({ username, displayName, role, department, passwordHash: await hashPassword(password) });
  const result = await api.run<{ staffLogin: { token: string } }>(`mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token } }`, { u: username, p: password });
  if (!result.data) throw new Error(`staff sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.staffLogin.token;
}
