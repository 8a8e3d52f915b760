import { codeOf, createTestApi, createTestStaff, residentToken, type TestApi } from '../../../test/support/test-app';
import { itemsOf } from '../core/items';
import { moveProgressItem } from '../core/settling-move';
import { ORDINARY_WRITES, transact } from '../core/transactions';
import { runScheduledTasks } from '../scheduled-tasks';
import { registrationItem } from './event-items';
import { CANCEL_REGISTRATION, eventInput, openEventFor, person, register } from './event-test-support';
import { openDayTable } from './open-day-table';
import { moveWaitingPlaces } from './waiting-places-move';

// Decision 027: the waiting list is the registrations' own index. Waiters stored before it, each
// with a waiting-list place item and no index keys, are put on the index by a scheduled task: their
// places and the seat handed over to the first of them are as they were, and running it again moves
// nothing.

let api: TestApi;
let staff: string;
const base = new Date();

beforeAll(async () => {
  api = await createTestApi();
  staff = await createTestStaff(api, 'move-staff', 'DEPARTMENT_EDITOR', '区民政局');
});
afterAll(() => api.close());

const MINE = `query($id: ID!) { event(id: $id) { seatsLeft waitlistLength myRegistration { status waitlistPosition checkInCode } } }`;
const mine = async (eventId: string, token: string) =>
  (await api.run<{ event: { seatsLeft: number; waitlistLength: number; myRegistration: { status: string; waitlistPosition: number | null; checkInCode: string | null } } }>(MINE, { id: eventId }, { token })).data!.event;

/** Stores the event's waiters as the release before kept them: off the index, each with a place item. */
async function keepAsBefore(eventId: string): Promise<number> {
  const table = openDayTable(api.app.dynamo);
  const waiting = (await table.registrations.query({ where: { eventId }, consistent: true })).filter((r) => r.status === 'WAITLISTED');
  for (const registration of waiting) {
    const { remove } = registrationItem.indexUpdate({ ...registration, status: 'CANCELLED' }, 'gsi2');
    await transact(
      api.app.dynamo,
      [
        table.registrations.update({ eventId, residentId: registration.residentId }, `REMOVE ${remove.join(', ')}`),
        table.waitingPlaces.put({ eventId, seq: registration.waitlistSeq!, residentId: registration.residentId }),
      ],
      ORDINARY_WRITES,
    );
  }
  return waiting.length;
}

it('puts waiters stored before on the waiting list with their places, hands the next freed seat to the first of them, and moves nothing twice', async () => {
  const eventId = await openEventFor(api, staff, eventInput(base, { title: '候补搬迁开放日', capacity: 1 }));
  const tokens = await Promise.all([0, 1, 2, 3].map((i) => residentToken(api, `move-waiter-${i}`)));
  for (const [i, token] of tokens.entries()) expect((await register(api, token, eventId, person(i))).errors).toBeUndefined();
  expect(await keepAsBefore(eventId)).toBe(3);
  // A place whose registration no longer waits (a draw the release before left half done) is dropped.
  const seated = (await openDayTable(api.app.dynamo).registrations.get({ eventId, residentId: 'move-waiter-0' }, true))!;
  await transact(api.app.dynamo, [openDayTable(api.app.dynamo).waitingPlaces.put({ eventId, seq: 99, residentId: seated.residentId })], ORDINARY_WRITES);

  // Before the move the index shows none of those the event counts as waiting: the seat holder's
  // cancellation is answered 稍后再试, and the seat is neither freed nor given to a newcomer.
  const refused = await api.run(CANCEL_REGISTRATION, { id: seated.id }, { token: tokens[0] });
  expect(codeOf(refused.errors)).toBe('SERVICE_UNAVAILABLE');
  expect(await mine(eventId, tokens[0]!)).toMatchObject({ seatsLeft: 0, waitlistLength: 3, myRegistration: { status: 'CONFIRMED' } });

  expect((await runScheduledTasks(api.app, ['waitingPlacesMove'])).waitingPlacesMove).toBe(3);
  for (const [i, token] of tokens.slice(1).entries()) expect((await mine(eventId, token)).myRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: i + 1, checkInCode: null });

  expect((await api.run(CANCEL_REGISTRATION, { id: seated.id }, { token: tokens[0] })).errors).toBeUndefined();
  expect((await mine(eventId, tokens[1]!)).myRegistration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, checkInCode: expect.stringMatching(/^[A-Z0-9]{6}$/) });
  expect((await mine(eventId, tokens[2]!)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
  expect(await mine(eventId, tokens[3]!)).toMatchObject({ seatsLeft: 0, waitlistLength: 2, myRegistration: { status: 'WAITLISTED', waitlistPosition: 2 } });

  // Again: nothing left to move; once a quarter of an hour has passed, the task is done and reads only its progress.
  expect(await moveWaitingPlaces(api.app)).toBe(0);
  const later = new Date(api.app.now().getTime() + 16 * 60_000);
  expect(await moveWaitingPlaces({ dynamo: api.app.dynamo, now: () => later })).toBe(0);
  expect(await itemsOf(api.app.dynamo, { progress: moveProgressItem }).progress.get({ task: 'WAITING_PLACES' }, true)).toMatchObject({ moved: 3, done: true });
  const requests = api.app.dynamo.requestCount();
  expect(await moveWaitingPlaces(api.app)).toBe(0);
  expect(api.app.dynamo.requestCount() - requests).toBe(1);
  expect((await mine(eventId, tokens[3]!)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
});
