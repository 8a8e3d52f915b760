import { createTestApi, createTestStaff, residentToken, type TestApi } from '../../../test/support/test-app';
import { auditEntry } from '../core/audit-entry';
import { createLogger } from '../core/logger';
import { ORDINARY_WRITES, transact } from '../core/transactions';
import { createOutboxStore } from '../notifications/outbox-store';
import { runScheduledTasks } from '../scheduled-tasks';
import { eventDetailsAttributes, registrationItem } from './event-items';
import { CANCEL_REGISTRATION, eventInput, failingNotices, openEventFor, person, register } from './event-test-support';
import type { StoredEvent } from './event-model';
import { freeSeatsToWaiters, handFreeSeats } from './free-seats';
import { openDayTable } from './open-day-table';

// Seats staff added stay free when the handover after the capacity's change did not finish (the
// waiting list's index lagging beyond its looks, or the request ending in between): newcomers cannot
// take them while somebody waits, and the scheduled task `freeSeatsToWaiters` gives them to the
// waiting list in order, tells each resident promoted, and promotes nobody twice.

let api: TestApi;
let staff: string;
const base = new Date();
const STAFF = { kind: 'staff', staffId: 'seats-staff', role: 'DEPARTMENT_EDITOR', department: '区民政局' } as const;

beforeAll(async () => {
  api = await createTestApi();
  staff = await createTestStaff(api, STAFF.staffId, STAFF.role, STAFF.department);
});
afterAll(() => api.close());

const outbox = () => createOutboxStore(api.app.dynamo, api.app.now);
const promotedNotices = async (residentId: string) => (await outbox().messagesFor(residentId)).filter((message) => message.template === 'EVENT_PROMOTED');

type Mine = { seatsLeft: number; waitlistLength: number; myRegistration: { id: string; status: string; waitlistPosition: number | null; checkInCode: string | null } };
const MINE = `query($id: ID!) { event(id: $id) { seatsLeft waitlistLength myRegistration { id status waitlistPosition checkInCode } } }`;
const mine = async (eventId: string, token: string) => (await api.run<{ event: Mine }>(MINE, { id: eventId }, { token })).data!.event;

/** An open day with one seat, taken, and `waiters` residents waiting; returns their tokens, the seat holder's first. */
async function fullEvent(title: string, residents: string, waiters: number) {
  const eventId = await openEventFor(api, staff, eventInput(base, { title, capacity: 1 }));
  const tokens: string[] = [];
  for (let i = 0; i <= waiters; i += 1) {
    tokens.push(await residentToken(api, `${residents}-${i}`));
    expect((await register(api, tokens[i]!, eventId, person(i))).data!.registerForEvent.status).toBe(i === 0 ? 'CONFIRMED' : 'WAITLISTED');
  }
  return { eventId, tokens };
}

/** Staff's capacity change as the event store writes it, without the handover that follows it (a request ended in between, or the index lagged). */
async function addSeatsOnly(eventId: string, capacity: number): Promise<StoredEvent> {
  const before = (await api.app.stores.events.get(eventId, true))!;
  const details = eventDetailsAttributes.parse(before);
  return api.app.stores.events.update(before, { ...details, capacity }, auditEntry(STAFF, 'event.update', eventId, { fields: ['capacity'] }), api.app.now());
}

it('gives seats left free while somebody waits to the waiting list in order, tells each resident promoted, and no one twice', async () => {
  const { eventId, tokens } = await fullEvent('空位补给开放日', 'added', 4);
  expect(await addSeatsOnly(eventId, 3)).toMatchObject({ capacity: 3, seatsLeft: 2, waitlistLength: 4 });
  // A newcomer cannot take a seat left free while others wait: they wait behind them.
  const newcomer = await residentToken(api, 'added-new');
  expect((await register(api, newcomer, eventId, person(9))).data!.registerForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 5 });

  expect(await runScheduledTasks(api.app, ['freeSeatsToWaiters'])).toEqual({ freeSeatsToWaiters: 2 });
  for (const [i, token] of tokens.slice(1, 3).entries()) {
    const seat = (await mine(eventId, token)).myRegistration;
    expect(seat).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, checkInCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{6}$/) });
    expect(await promotedNotices(`added-${i + 1}`)).toEqual([expect.objectContaining({ data: expect.objectContaining({ title: '空位补给开放日', checkInCode: seat.checkInCode }) })]);
  }
  expect((await mine(eventId, tokens[3]!)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
  expect((await mine(eventId, tokens[4]!)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
  expect(await mine(eventId, newcomer)).toMatchObject({ seatsLeft: 0, waitlistLength: 3, myRegistration: { status: 'WAITLISTED', waitlistPosition: 3 } });

  // Again: nothing left to give, nobody told twice.
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  for (const i of [1, 2]) expect(await promotedNotices(`added-${i}`)).toHaveLength(1);
  for (const i of [3, 4]) expect(await promotedNotices(`added-${i}`)).toEqual([]);
});

/** The waiting list's index behind (`behind`: the event's waiters off it, as DynamoDB's index lagging shows them) or caught up. */
async function indexOfWaiters(eventId: string, behind: boolean) {
  const table = openDayTable(api.app.dynamo);
  for (const registration of (await table.registrations.query({ where: { eventId }, consistent: true })).filter((r) => r.status === 'WAITLISTED')) {
    const index = registrationItem.indexUpdate({ ...registration, status: behind ? 'CANCELLED' : 'WAITLISTED' }, 'gsi2');
    const update = behind ? `REMOVE ${index.remove.join(', ')}` : `SET ${index.set.join(', ')}`;
    expect((await transact(api.app.dynamo, [table.registrations.update({ eventId, residentId: registration.residentId }, update, { values: behind ? undefined : index.values })], ORDINARY_WRITES)).ok).toBe(true);
  }
}

it('gives the seats staff added to those waiting once the index catches up, when it lagged past the handover after the change', async () => {
  const { eventId, tokens } = await fullEvent('索引滞后开放日', 'lagging', 3);
  await indexOfWaiters(eventId, true);
  // Staff add two seats: the handover looks at the index 10 times (about 3 s), sees nobody, and stops.
  const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { capacity seatsLeft waitlistLength } }`;
  const grown = await api.run(UPDATE, { id: eventId, input: eventInput(base, { title: '索引滞后开放日', capacity: 3 }) }, { token: staff });
  expect(grown).toEqual({ data: { updateEvent: { capacity: 3, seatsLeft: 2, waitlistLength: 3 } } });

  // Still behind: the sweep gives nothing, and says so to the operator.
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line)) });
  expect(await freeSeatsToWaiters({ ...api.app, log })).toBe(0);
  expect(lines).toEqual([expect.objectContaining({ level: 40, eventId, seatsLeft: 2, waitlistLength: 3, msg: 'open-day seats free while somebody waits, none given this run' })]);
  expect((await mine(eventId, tokens[1]!)).myRegistration).toMatchObject({ status: 'WAITLISTED' });

  await indexOfWaiters(eventId, false);
  expect(await freeSeatsToWaiters(api.app)).toBe(2);
  for (const i of [1, 2]) {
    const seat = (await mine(eventId, tokens[i]!)).myRegistration;
    expect(seat).toMatchObject({ status: 'CONFIRMED', checkInCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{6}$/) });
    expect(await promotedNotices(`lagging-${i}`)).toEqual([expect.objectContaining({ data: expect.objectContaining({ checkInCode: seat.checkInCode }) })]);
  }
  expect(await mine(eventId, tokens[3]!)).toMatchObject({ seatsLeft: 0, waitlistLength: 1, myRegistration: { status: 'WAITLISTED', waitlistPosition: 1 } });
});

it('promotes nobody twice and never exceeds the capacity when two sweeps run at once, alongside a sign-up and a cancellation', async () => {
  const { eventId, tokens } = await fullEvent('两次补给开放日', 'twice', 6);
  await addSeatsOnly(eventId, 4);
  const leaving = (await mine(eventId, tokens[6]!)).myRegistration.id;
  const newcomer = await residentToken(api, 'twice-new');
  const [first, second, signUp, cancelled] = await Promise.all([
    freeSeatsToWaiters(api.app),
    freeSeatsToWaiters(api.app),
    register(api, newcomer, eventId, person(8)),
    api.run(CANCEL_REGISTRATION, { id: leaving }, { token: tokens[6] }),
  ]);
  expect(first + second).toBe(3);
  expect(signUp.data!.registerForEvent.status).toBe('WAITLISTED');
  expect(cancelled.errors).toBeUndefined();

  const seen = await Promise.all(tokens.map((token) => mine(eventId, token)));
  expect(seen.map((event) => event.myRegistration.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED', 'CANCELLED']);
  expect(new Set(seen.slice(0, 4).map((event) => event.myRegistration.checkInCode)).size).toBe(4);
  expect(seen.slice(4, 6).map((event) => event.myRegistration.waitlistPosition)).toEqual([1, 2]);
  expect(await mine(eventId, newcomer)).toMatchObject({ seatsLeft: 0, waitlistLength: 3, myRegistration: { waitlistPosition: 3 } });
  for (const i of [1, 2, 3]) expect(await promotedNotices(`twice-${i}`)).toHaveLength(1);
  for (const i of [4, 5, 6]) expect(await promotedNotices(`twice-${i}`)).toEqual([]);
});

it('tells a resident promoted by a cancellation at the next sweep when the process stopped before the notice, once', async () => {
  const { eventId, tokens } = await fullEvent('转正未通知开放日', 'stopped', 2);
  // The cancellation's transaction is written (the seat handed to the first waiting), then the process stops.
  const leaving = (await api.app.stores.registrations.get(eventId, 'stopped-0', true))!;
  const { promoted } = await api.app.stores.registrations.cancel(leaving, api.app.now());
  expect(promoted).toMatchObject({ residentId: 'stopped-1', status: 'CONFIRMED' });
  const seat = (await mine(eventId, tokens[1]!)).myRegistration;
  expect(seat).toMatchObject({ status: 'CONFIRMED', checkInCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{6}$/) });
  expect(await promotedNotices('stopped-1')).toEqual([]);

  expect(await freeSeatsToWaiters(api.app)).toBe(1);
  expect(await promotedNotices('stopped-1')).toEqual([expect.objectContaining({ data: expect.objectContaining({ title: '转正未通知开放日', checkInCode: seat.checkInCode }) })]);
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  expect(await promotedNotices('stopped-1')).toHaveLength(1);
  expect(await promotedNotices('stopped-2')).toEqual([]);
  expect((await mine(eventId, tokens[2]!)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
});

it('tells residents whose promotion notice could not be written once, when two sweeps run at once', async () => {
  const { eventId, tokens } = await fullEvent('通知失败开放日', 'unsent', 3);
  const grown = await addSeatsOnly(eventId, 3);
  // Staff's handover gives the seats, but no notice can be written: the operator is told, the seats stay given.
  const { context, lines } = failingNotices(api);
  expect(await handFreeSeats(context, grown, api.app.now())).toBe(2);
  expect(lines).toEqual([expect.objectContaining({ level: 40, eventId }), expect.objectContaining({ level: 40, eventId })]);
  for (const i of [1, 2]) expect(await promotedNotices(`unsent-${i}`)).toEqual([]);

  const [first, second] = await Promise.all([freeSeatsToWaiters(api.app), freeSeatsToWaiters(api.app)]);
  expect(first + second).toBe(2);
  for (const i of [1, 2]) {
    const seat = (await mine(eventId, tokens[i]!)).myRegistration;
    expect(await promotedNotices(`unsent-${i}`)).toEqual([expect.objectContaining({ data: expect.objectContaining({ title: '通知失败开放日', checkInCode: seat.checkInCode }) })]);
  }
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  for (const i of [1, 2]) expect(await promotedNotices(`unsent-${i}`)).toHaveLength(1);
  expect(await promotedNotices('unsent-3')).toEqual([]);
});

it('keeps trying a notice the sweep could not write either, and never tells a resident who cancelled meanwhile', async () => {
  const { eventId, tokens } = await fullEvent('稍后通知开放日', 'later', 2);
  const grown = await addSeatsOnly(eventId, 3);
  const { context } = failingNotices(api);
  expect(await handFreeSeats(context, grown, api.app.now())).toBe(2);
  // The sweep's notices fail too: nothing is marked as told.
  expect(await freeSeatsToWaiters(context)).toBe(0);
  const gone = (await mine(eventId, tokens[2]!)).myRegistration.id;
  expect((await api.run(CANCEL_REGISTRATION, { id: gone }, { token: tokens[2] })).errors).toBeUndefined();

  expect(await freeSeatsToWaiters(api.app)).toBe(1);
  expect(await promotedNotices('later-1')).toHaveLength(1);
  expect(await promotedNotices('later-2')).toEqual([]);
});

it('reads only the open days to come, in a Query and a BatchGetItem, when no seat waits for anybody and everyone promoted was told', async () => {
  const { eventId, tokens } = await fullEvent('请求计数开放日', 'counted', 1);
  await freeSeatsToWaiters(api.app);
  const count = async () => {
    const requests = api.app.dynamo.requestCount();
    expect(await freeSeatsToWaiters(api.app)).toBe(0);
    return api.app.dynamo.requestCount() - requests;
  };
  expect(await count()).toBe(2);
  // A promotion told at once: the next sweep reads that event's registrations once (a Query) and notes them told (an UpdateItem).
  expect((await api.run(CANCEL_REGISTRATION, { id: (await mine(eventId, tokens[0]!)).myRegistration.id }, { token: tokens[0] })).errors).toBeUndefined();
  expect(await promotedNotices('counted-1')).toHaveLength(1);
  expect(await count()).toBe(4);
  expect(await count()).toBe(2);
});
