// The open-day sign-up spike, shared by the spike test (test/events-spike.test.ts) and `npm run bench`:
// 300 residents sign up at once for 50 seats, 60 of them tapping twice.
import type { Dynamo } from '../../api/src/core/dynamo';
import { itemsOf } from '../../api/src/core/items';
import { ORDINARY_WRITES, writeOne } from '../../api/src/core/transactions';
import { residentItem } from '../../api/src/identity/identity-items';

export const SPIKE = Object.freeze({ residents: 300, doubleTaps: 60, seats: 50 });

const REGISTER = `mutation($id: ID!, $input: RegistrationInput!) { registerForEvent(eventId: $id, input: $input) { id status } }`;

type Answer = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
/** Runs one operation as the resident whose session token is given. */
export type Run = (query: string, variables: Record<string, unknown>, token: string) => Promise<Answer>;

export interface SpikeResult {
  responses: number;
  /** Every error answer (there should be none). */
  errors: Array<{ residentId: string; code: unknown; message: string }>;
  /** What each resident was answered, taps in order. */
  byResident: Map<string, Array<{ id: string; status: string }>>;
  confirmed: string[];
  waitlisted: string[];
  applied: string[];
  milliseconds: number;
}

/**
 * A resident as WeChat sign-in leaves one (a record: their phone is remembered when they sign up),
 * with a session token. The spike's residents are these: a real sign-up comes from a signed-in resident.
 */
export async function signedInResident(app: { dynamo: Dynamo; sessions: BenchApp['sessions'] }, residentId: string): Promise<string> {
  const at = new Date().toISOString();
  const { residents } = itemsOf(app.dynamo, { residents: residentItem });
  await writeOne(app.dynamo, residents.put({ id: residentId, openid: `o-${residentId}`, unionid: null, createdAt: at, lastSignedInAt: at, phone: null, sessionVersion: 0 }), ORDINARY_WRITES);
  return (await app.sessions.issue({ kind: 'resident', residentId })).token;
}

/** `started` is called once every resident has a token, just before the taps leave. */
export async function runSpike(run: Run, tokenFor: (residentId: string) => Promise<string>, eventId: string, started: () => void = () => undefined): Promise<SpikeResult> {
  const residents = Array.from({ length: SPIKE.residents }, (_, i) => `spike-${String(i).padStart(3, '0')}`);
  // Residents are made 25 at a time: 600 writes at once before the spike make a loaded emulator drop connections.
  const tokens = new Map<string, string>();
  for (let i = 0; i < residents.length; i += 25) {
    for (const [id, token] of await Promise.all(residents.slice(i, i + 25).map(async (id) => [id, await tokenFor(id)] as const))) tokens.set(id, token);
  }
  // Each of the first 60 residents taps twice; all taps leave at once, in a shuffled order.
  const taps = [...residents, ...residents.slice(0, SPIKE.doubleTaps)].sort(() => Math.random() - 0.5);
  const byResident = new Map<string, Array<{ id: string; status: string }>>();
  const errors: SpikeResult['errors'] = [];
  started();
  const startedAt = performance.now();
  await Promise.all(
    taps.map(async (residentId, index) => {
      const answer = await run(REGISTER, { id: eventId, input: { name: '王小华', phone: `139${String(10_000_000 + index).slice(-8)}` } }, tokens.get(residentId) as string);
      if (answer.errors?.length) {
        for (const error of answer.errors) errors.push({ residentId, code: error.extensions?.code, message: error.message });
        return;
      }
      const registration = (answer.data as { registerForEvent: { id: string; status: string } }).registerForEvent;
      byResident.set(residentId, [...(byResident.get(residentId) ?? []), registration]);
    }),
  );
  const milliseconds = performance.now() - startedAt;
  const final = (status: string) => [...byResident].filter(([, answers]) => answers[0]?.status === status).map(([id]) => id);
  return {
    responses: taps.length - new Set(errors.map((e) => e.residentId)).size,
    errors,
    byResident,
    confirmed: final('CONFIRMED'),
    waitlisted: final('WAITLISTED'),
    applied: final('APPLIED'),
    milliseconds,
  };
}

/** What `npm run bench` prints for the spike. */
export interface SpikeFigures {
  mode: 'FIRST_COME' | 'DRAW';
  taps: number;
  seconds: number;
  signUpsPerSecond: number;
  dynamoRequestsPerSignUp: number;
  confirmedOrApplied: number;
  errors: number;
  /** DRAW only: the draw of all applications. */
  drawSeconds?: number;
  drawRequestsPerApplicant?: number;
}

interface BenchApp {
  dynamo: Dynamo;
  sessions: { issue(actor: { kind: 'resident'; residentId: string } | { kind: 'staff'; staffId: string; role: 'DISTRICT_ADMIN'; department: string }): Promise<{ token: string }> };
  stores: { identity: { createStaff(member: { username: string; displayName: string; role: 'DISTRICT_ADMIN'; department: string; passwordHash: string }): Promise<boolean> } };
  now: () => Date;
}

const OPEN_DAY = (base: Date, mode: 'FIRST_COME' | 'DRAW') => ({
  theme: '民生保障',
  title: `压力测试开放日（${mode}）`,
  description: '基准测试用。',
  startsAt: new Date(base.getTime() + 10 * 86_400_000).toISOString(),
  endsAt: new Date(base.getTime() + 10 * 86_400_000 + 3 * 3_600_000).toISOString(),
  venue: { address: '示例区人民路 1 号', latitude: 29.08, longitude: 119.65 },
  capacity: SPIKE.seats,
  signUpOpensAt: new Date(base.getTime() - 86_400_000).toISOString(),
  signUpClosesAt: new Date(base.getTime() + 9 * 86_400_000).toISOString(),
  selectionMode: mode,
});

/** The bench's district admin, who opens each round's open day and runs its draw. */
export async function benchAdmin(app: BenchApp): Promise<string> {
  await app.stores.identity.createStaff({ username: 'bench-admin', displayName: 'bench', role: 'DISTRICT_ADMIN', department: '区政府办公室', passwordHash: 'unused' });
  return (await app.sessions.issue({ kind: 'staff', staffId: 'bench-admin', role: 'DISTRICT_ADMIN', department: '区政府办公室' })).token;
}

/**
 * One spike against a running app: the admin opens an event, then 360 taps arrive at once through
 * `runAs` (the bench: over HTTP). `round` keeps each round's residents apart. DynamoDB requests are
 * counted by the SDK middleware of the app's client.
 */
export async function spikeRound(app: BenchApp, runAs: (query: string, variables: Record<string, unknown>, token?: string) => Promise<Answer>, admin: string, mode: 'FIRST_COME' | 'DRAW', round: string): Promise<SpikeFigures> {
  const base = new Date();
  const created = await runAs(`mutation($input: EventInput!) { createEvent(input: $input) { id } }`, { input: OPEN_DAY(base, mode) }, admin);
  const eventId = (created.data as { createEvent: { id: string } } | undefined)?.createEvent.id;
  if (!eventId) throw new Error(`createEvent failed: ${JSON.stringify(created.errors)}`);
  await runAs(`mutation($id: ID!) { openEvent(id: $id) { id } }`, { id: eventId }, admin);
  let before = 0;
  const spike = await runSpike(runAs, (id) => signedInResident(app, `${round}-${mode}-${id}`), eventId, () => (before = app.dynamo.requestCount()));
  const taps = SPIKE.residents + SPIKE.doubleTaps;
  const figure: SpikeFigures = {
    mode,
    taps,
    seconds: spike.milliseconds / 1000,
    signUpsPerSecond: taps / (spike.milliseconds / 1000),
    dynamoRequestsPerSignUp: (app.dynamo.requestCount() - before) / taps,
    confirmedOrApplied: mode === 'DRAW' ? spike.applied.length : spike.confirmed.length,
    errors: spike.errors.length,
  };
  if (mode === 'DRAW') {
    const realNow = app.now;
    app.now = () => new Date(base.getTime() + 9.5 * 86_400_000);
    try {
      const drawBefore = app.dynamo.requestCount();
      const started = performance.now();
      const drawn = await runAs(`mutation($id: ID!) { drawEvent(eventId: $id) { id } }`, { id: eventId }, admin);
      if (drawn.errors) throw new Error(`drawEvent failed: ${JSON.stringify(drawn.errors)}`);
      figure.drawSeconds = (performance.now() - started) / 1000;
      figure.drawRequestsPerApplicant = (app.dynamo.requestCount() - drawBefore) / SPIKE.residents;
    } finally {
      app.now = realNow;
    }
  }
  return figure;
}
