// Issue 11, finding 5: DynamoDB dies in the middle of an open-day sign-up burst. Every resident gets
// a plain answer (never a server error, never a hang), /health says 503 at once, nothing is half
// written, and once the store is back everything works again. The emulator here is this test's own
// (its data on disk), killed by its process id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkHealth } from '../api/src/app';
import { createGraphQLServer } from '../api/src/server';
import { createLocalServer } from '../api/src/local/http-server';
import { DEFAULT_CONFIG } from '../api/src/core/config';
import { createDynamo, ensureTable } from '../api/src/core/dynamo';
import { eventInput, openEventFor, person, REGISTER, type RegistrationResult } from '../api/src/events/event-test-support';
import { freePort, startDynamoLocal, type DynamoLocal } from '../api/src/local/dynamo-local';
import { createTestApi, createTestStaff, residentToken, type TestApi } from './support/test-app';

const SEATS = 30;
const RESIDENTS = 150;

let dataDir: string;
let port: number;
let emulator: DynamoLocal;
let api: TestApi;
let http: Server;
let graphqlUrl: string;

/** A sign-up as a phone sends it: over HTTP to the local server, which builds the request's context as Lambda's handler does. */
async function register(token: string, eventId: string, input: Record<string, unknown>) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REGISTER, variables: { id: eventId, input } }),
  });
  return (await response.json()) as { data?: { registerForEvent: RegistrationResult }; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'govopen-outage-'));
  port = await freePort();
  emulator = await startDynamoLocal({ port, dataDir });
  const dynamo = createDynamo({ dynamoEndpoint: emulator.endpoint, region: DEFAULT_CONFIG.region, tableName: 'outage' });
  await ensureTable(dynamo);
  api = await createTestApi({ dynamoEndpoint: emulator.endpoint, rateLimitPerMinute: 100_000 }, dynamo);
  const graphql = createGraphQLServer({ production: false, log: api.app.log });
  await graphql.start();
  http = createLocalServer({ app: api.app, graphql });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  graphqlUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => http?.close(resolve));
  await api?.close().catch(() => undefined);
  await emulator?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers SERVICE_UNAVAILABLE in plain words while the store is dead, half-writes nothing, and works again once it is back', async () => {
  const staff = await createTestStaff(api, 'outage-staff', 'DEPARTMENT_EDITOR', '区民政局');
  const eventId = await openEventFor(api, staff, eventInput(new Date(), { capacity: SEATS }));
  const residents = Array.from({ length: RESIDENTS }, (_, i) => `outage-${i}`);
  const tokens = await Promise.all(residents.map((id) => residentToken(api, id)));

  // The burst leaves in waves; the store is killed after the first.
  const started = Date.now();
  const answers = residents.map(async (_, i) => {
    await new Promise((resolve) => setTimeout(resolve, Math.floor(i / 30) * 150));
    return { i, ...(await register(tokens[i]!, eventId, person(i))) };
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  process.kill(emulator.pid, 'SIGKILL');
  const settled = await Promise.all(answers);
  expect(Date.now() - started).toBeLessThan(30_000);

  const failed = settled.filter((answer) => answer.errors);
  expect(failed.length).toBeGreaterThan(0);
  for (const answer of failed) {
    expect(answer.errors![0]).toMatchObject({ message: '系统暂时连不上，请稍等一会儿再试。', extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }

  const healthStarted = Date.now();
  expect((await checkHealth(api.app)).status).toBe(503);
  expect(Date.now() - healthStarted).toBeLessThan(2500);

  emulator = await startDynamoLocal({ port, dataDir });
  expect((await checkHealth(api.app)).status).toBe(200);

  // What was written is whole: the seats taken are the confirmed registrations, the waiting list its entries.
  const list = await api.run<{ eventRegistrations: Array<{ id: string; status: string }> }>(`query($id: ID!) { eventRegistrations(eventId: $id) { id status } }`, { id: eventId }, { token: staff });
  const registrations = list.data!.eventRegistrations;
  const event = await api.run<{ event: { seatsLeft: number; waitlistLength: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft waitlistLength } }`, { id: eventId });
  const { seatsLeft, waitlistLength } = event.data!.event;
  expect(registrations.filter((r) => r.status === 'CONFIRMED').length).toBe(SEATS - seatsLeft);
  expect(registrations.filter((r) => r.status === 'WAITLISTED').length).toBe(waitlistLength);
  // Everyone told they were signed up is.
  const ids = new Set(registrations.map((r) => r.id));
  for (const answer of settled.filter((a) => !a.errors)) expect(ids.has(answer.data!.registerForEvent.id)).toBe(true);

  // Those turned away sign up now.
  for (const answer of failed) {
    const again = await register(tokens[answer.i]!, eventId, person(answer.i));
    expect(again.errors).toBeUndefined();
  }
  const after = await api.run<{ eventRegistrations: Array<{ id: string }> }>(`query($id: ID!) { eventRegistrations(eventId: $id) { id } }`, { id: eventId }, { token: staff });
  expect(after.data!.eventRegistrations.length).toBe(RESIDENTS);
}, 120_000);
