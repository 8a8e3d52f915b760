import { createTestApi, createTestStaff, residentToken, type TestApi } from '../../../test/support/test-app';
import { auditEntry } from '../core/audit-entry';
import { createOutboxStore } from '../notifications/outbox-store';
import { CANCEL_REGISTRATION, eventInput, failingNotices, openEventFor, person, register } from './event-test-support';
import { freeSeatsToWaiters } from './free-seats';
import { tellEachOwed } from './owed-notices';

// 抽签 tells every applicant whether they got a seat (with its check-in code) or wait, once, even when
// the request stops after the draw's transactions (a Lambda's timeout, a crash) or a notice cannot be
// written: each application is marked untold in the draw's own update, and the scheduled sweep
// `freeSeatsToWaiters` tells what is still marked (decision 032).

let api: TestApi;
let staff: string;
const base = new Date();
const STAFF = { kind: 'staff', staffId: 'draw-staff', role: 'DEPARTMENT_EDITOR', department: '区民政局' } as const;

beforeAll(async () => {
  api = await createTestApi();
  staff = await createTestStaff(api, STAFF.staffId, STAFF.role, STAFF.department);
});
afterAll(() => api.close());

const outbox = () => createOutboxStore(api.app.dynamo, api.app.now);
/** What a resident was sent about the draw and the seats (WeChat's message, as the outbox keeps it): template and what it says. */
const noticesOf = async (residentId: string) =>
  (await outbox().messagesFor(residentId)).map((message) => ({ template: message.template, checkInCode: message.data.checkInCode, note: message.data.note }));

type Mine = { status: string; waitlistPosition: number | null; checkInCode: string | null };
const MINE = `query($id: ID!) { event(id: $id) { myRegistration { status waitlistPosition checkInCode } } }`;

/** An open day by draw with `capacity` seats, `applicants` residents applied (`<prefix>-0` …) and sign-up closed; returns its id and what each resident sees of their registration. */
async function closedDraw(title: string, prefix: string, applicants: number, capacity: number) {
  const eventId = await openEventFor(api, staff, eventInput(base, { title, capacity, selectionMode: 'DRAW' }));
  const tokens = new Map<string, string>();
  for (let i = 0; i < applicants; i += 1) {
    const token = await residentToken(api, `${prefix}-${i}`);
    tokens.set(`${prefix}-${i}`, token);
    expect((await register(api, token, eventId, person(i))).data!.registerForEvent.status).toBe('APPLIED');
  }
  expect((await api.run(`mutation($id: ID!) { closeEvent(id: $id) { id } }`, { id: eventId }, { token: staff })).errors).toBeUndefined();
  const mine = async (residentId: string) => (await api.run<{ event: { myRegistration: Mine } }>(MINE, { id: eventId }, { token: tokens.get(residentId) })).data!.event.myRegistration;
  const residents = [...tokens.keys()];
  return { eventId, tokens, mine, residents };
}

/** The draw's transactions as the store writes them, without the notices the request sends after them (it stopped in between). */
async function drawOnly(eventId: string) {
  const event = (await api.app.stores.events.get(eventId, true))!;
  return api.app.stores.registrations.draw(event, api.app.now(), auditEntry(STAFF, 'event.draw', eventId));
}

/** What each resident should have been told of the draw, from what they see of their registration. */
const expectedNotice = (registration: Mine) =>
  registration.status === 'SELECTED'
    ? { template: 'EVENT_CONFIRMED', checkInCode: registration.checkInCode, note: undefined }
    : { template: 'EVENT_WAITLISTED', checkInCode: undefined, note: `未抽中，候补第 ${registration.waitlistPosition} 位` };

/** A sweep with nothing to do: how many DynamoDB requests it made. */
async function idleSweep() {
  const requests = api.app.dynamo.requestCount();
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  return api.app.dynamo.requestCount() - requests;
}

it('tells each applicant of the draw once, in the draw\'s request: a seat with its check-in code, or the place on the waiting list', async () => {
  const { eventId, mine, residents } = await closedDraw('抽签通知开放日', 'told', 6, 2);
  expect(await idleSweep()).toBe(2);
  const requests = api.app.dynamo.requestCount();
  expect((await api.run(`mutation($id: ID!) { drawEvent(eventId: $id) { id } }`, { id: eventId }, { token: staff })).errors).toBeUndefined();
  // As before the applications were marked: the staff member's event, the seed's claim, the applications
  // (a Query), each one's update, the result's transaction and the event read again; then per applicant
  // its notice's transaction and the 亲友帮办 helpers' Query.
  expect(api.app.dynamo.requestCount() - requests).toBe(24);
  const seen = await Promise.all(residents.map(mine));
  expect(seen.map((registration) => registration.status).sort()).toEqual(['SELECTED', 'SELECTED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
  for (const [i, residentId] of residents.entries()) expect(await noticesOf(residentId)).toEqual([expectedNotice(seen[i]!)]);

  // The next sweep finds the draw told (a Query of its registrations, an UpdateItem), and is idle again after.
  const requestsBefore = api.app.dynamo.requestCount();
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  expect(api.app.dynamo.requestCount() - requestsBefore).toBe(4);
  expect(await idleSweep()).toBe(2);
  for (const [i, residentId] of residents.entries()) expect(await noticesOf(residentId)).toEqual([expectedNotice(seen[i]!)]);
});

it('tells the applicants at the next sweep when the request stopped after the draw, once; not one who cancelled meanwhile, and one promoted meanwhile of the seat only', async () => {
  const { eventId, tokens, mine, residents } = await closedDraw('抽签中断开放日', 'stopped', 5, 2);
  const outcome = await drawOnly(eventId);
  const [kept, leaving] = outcome.selected.map((registration) => registration.residentId) as [string, string];
  const [promoted, gone, waiting] = outcome.waitlisted.map((registration) => registration.residentId) as [string, string, string];
  for (const residentId of residents) expect(await noticesOf(residentId)).toEqual([]);

  // Meanwhile one drawn cancels (the first waiting gets the seat and is told of it) and one waiting cancels.
  for (const residentId of [leaving, gone]) expect((await api.run(CANCEL_REGISTRATION, { id: `${eventId}.${residentId}` }, { token: tokens.get(residentId) })).errors).toBeUndefined();
  const seat = await mine(promoted);
  expect(seat).toMatchObject({ status: 'SELECTED', checkInCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{6}$/) });
  expect(await noticesOf(promoted)).toEqual([{ template: 'EVENT_PROMOTED', checkInCode: seat.checkInCode, note: undefined }]);

  expect(await freeSeatsToWaiters(api.app)).toBe(2);
  expect(await noticesOf(kept)).toEqual([{ template: 'EVENT_CONFIRMED', checkInCode: (await mine(kept)).checkInCode, note: undefined }]);
  expect(await noticesOf(waiting)).toEqual([{ template: 'EVENT_WAITLISTED', checkInCode: undefined, note: '未抽中，候补第 1 位' }]);
  for (const residentId of [leaving, gone]) expect(await noticesOf(residentId)).toEqual([]);
  expect(await noticesOf(promoted)).toHaveLength(1);

  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  for (const residentId of [kept, waiting, promoted]) expect(await noticesOf(residentId)).toHaveLength(1);
  expect(await idleSweep()).toBe(2);
});

it('tells applicants whose notices could not be written once, when two sweeps run at once', async () => {
  const { eventId, mine, residents } = await closedDraw('抽签通知失败开放日', 'unsent', 5, 2);
  const outcome = await drawOnly(eventId);
  // The draw's request cannot write any notice: the operator is told, the draw stands.
  const { context, lines } = failingNotices(api);
  expect(await tellEachOwed(context, outcome.event, [...outcome.selected, ...outcome.waitlisted])).toEqual(Array(5).fill('failed'));
  expect(lines).toEqual(Array(5).fill(expect.objectContaining({ level: 40, eventId })));
  // A sweep whose notices fail too leaves them for the next one.
  expect(await freeSeatsToWaiters(context)).toBe(0);
  for (const residentId of residents) expect(await noticesOf(residentId)).toEqual([]);

  const [first, second] = await Promise.all([freeSeatsToWaiters(api.app), freeSeatsToWaiters(api.app)]);
  expect(first + second).toBe(5);
  for (const residentId of residents) expect(await noticesOf(residentId)).toEqual([expectedNotice(await mine(residentId))]);
  expect(await freeSeatsToWaiters(api.app)).toBe(0);
  for (const residentId of residents) expect(await noticesOf(residentId)).toHaveLength(1);
  expect(await idleSweep()).toBe(2);
});
