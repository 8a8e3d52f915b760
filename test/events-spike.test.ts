// The spike: an open day with 50 seats, 300 residents signing up at once plus 60 double taps, all
// through the GraphQL layer with each resident's own session token.
import { createTestApi, createTestStaff, residentToken, type TestApi } from './support/test-app';
import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { drawOrder } from '../api/src/events/draw';
import { runSpike, signedInResident, SPIKE } from './bench/events-spike';
import { eventInput, openEventFor } from '../api/src/events/event-test-support';

let api: TestApi;
let staff: string;
const base = new Date();

beforeAll(async () => {
  api = await createTestApi();
  staff = await createTestStaff(api, 'spike-staff', 'DEPARTMENT_EDITOR', '区民政局');
});
afterAll(() => api.close());

type Reg = { id: string; status: string; waitlistPosition: number | null };

describe('300 residents and 60 double taps for 50 seats, at once', () => {
  let eventId: string;
  let spike: Awaited<ReturnType<typeof runSpike>>;

  beforeAll(async () => {
    eventId = await openEventFor(api, staff, eventInput(base, { title: '抢名额开放日', capacity: SPIKE.seats }));
    spike = await runSpike((query, variables, token) => api.run(query, variables, { token }), (id) => signedInResident(api.app, id), eventId);
  }, 60_000);

  it('answers every request without a server error', () => {
    expect(spike.errors).toEqual([]);
    expect(spike.responses).toBe(SPIKE.residents + SPIKE.doubleTaps);
  });

  it('confirms exactly 50, waitlists the rest, and registers nobody twice', async () => {
    const list = await api.run<{ eventRegistrations: Array<{ id: string; status: string; phone: string }> }>(`query($id: ID!) { eventRegistrations(eventId: $id) { id status phone } }`, { id: eventId }, { token: staff });
    const registrations = list.data!.eventRegistrations;
    expect(registrations.length).toBe(SPIKE.residents);
    expect(new Set(registrations.map((r) => r.id)).size).toBe(SPIKE.residents);
    expect(registrations.filter((r) => r.status === 'CONFIRMED').length).toBe(SPIKE.seats);
    expect(registrations.filter((r) => r.status === 'WAITLISTED').length).toBe(SPIKE.residents - SPIKE.seats);
    // A double tap got the same registration back as the first tap.
    const answeredTwice = [...spike.byResident.values()].filter((answers) => answers.length === 2);
    expect(answeredTwice.length).toBe(SPIKE.doubleTaps);
    for (const answers of answeredTwice) expect(answers[1]).toEqual(answers[0]);
    const event = await api.run<{ event: { seatsLeft: number; waitlistLength: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft waitlistLength } }`, { id: eventId });
    expect(event.data!.event).toEqual({ seatsLeft: 0, waitlistLength: SPIKE.residents - SPIKE.seats });
  });

  it('tells each of the 50 once that their seat is confirmed, double tap or not, and remembers every phone', async () => {
    const outbox = createOutboxStore(api.app.dynamo, api.app.now);
    for (const residentId of spike.confirmed) expect((await outbox.messagesFor(residentId)).map((m) => m.template)).toEqual(['EVENT_CONFIRMED']);
    for (const residentId of spike.waitlisted.slice(0, 10)) expect(await outbox.messagesFor(residentId)).toEqual([]);
    for (const residentId of [...spike.confirmed.slice(0, 5), ...spike.waitlisted.slice(0, 5)]) expect((await api.app.stores.identity.getResident(residentId))?.phone).toMatch(/^139\d{8}$/);
  });

  it('numbers the waiting list 1, 2, 3 … without gaps or repeats', async () => {
    const places = await Promise.all(
      spike.waitlisted.map(async (residentId) => {
        const mine = await api.run<{ event: { myRegistration: Reg } }>(`query($id: ID!) { event(id: $id) { myRegistration { id status waitlistPosition } } }`, { id: eventId }, { token: await residentToken(api, residentId) });
        return mine.data!.event.myRegistration.waitlistPosition;
      }),
    );
    expect([...places].sort((a, b) => a! - b!)).toEqual(Array.from({ length: SPIKE.residents - SPIKE.seats }, (_, i) => i + 1));
  });

  it('gives five cancelled seats to the first five waiting, in order, and tells them', async () => {
    const waiting = await Promise.all(
      spike.waitlisted.map(async (residentId) => {
        const mine = await api.run<{ event: { myRegistration: Reg } }>(`query($id: ID!) { event(id: $id) { myRegistration { waitlistPosition } } }`, { id: eventId }, { token: await residentToken(api, residentId) });
        return { residentId, place: mine.data!.event.myRegistration.waitlistPosition! };
      }),
    );
    const firstFive = waiting.sort((a, b) => a.place - b.place).slice(0, 5).map((w) => w.residentId);
    const cancelling = spike.confirmed.slice(0, 5);
    for (const [index, residentId] of cancelling.entries()) {
      const token = await residentToken(api, residentId);
      const cancelled = await api.run<{ cancelRegistration: { status: string } }>(`mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, { id: `${eventId}.${residentId}` }, { token });
      expect(cancelled.data!.cancelRegistration.status).toBe('CANCELLED');
      const promoted = firstFive[index]!;
      const mine = await api.run<{ event: { myRegistration: Reg } }>(`query($id: ID!) { event(id: $id) { myRegistration { status waitlistPosition } } }`, { id: eventId }, { token: await residentToken(api, promoted) });
      expect(mine.data!.event.myRegistration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    }
    const outbox = createOutboxStore(api.app.dynamo, api.app.now);
    for (const residentId of firstFive) expect((await outbox.messagesFor(residentId)).map((m) => m.template)).toEqual(['EVENT_PROMOTED']);
    const event = await api.run<{ event: { seatsLeft: number; waitlistLength: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft waitlistLength } }`, { id: eventId });
    expect(event.data!.event).toEqual({ seatsLeft: 0, waitlistLength: SPIKE.residents - SPIKE.seats - 5 });
  });

  it('gives ten seats cancelled at once to the next ten waiting, each once, in order', async () => {
    const placeOf = async (residentId: string) => {
      const mine = await api.run<{ event: { myRegistration: Reg } }>(`query($id: ID!) { event(id: $id) { myRegistration { status waitlistPosition } } }`, { id: eventId }, { token: await residentToken(api, residentId) });
      return { residentId, ...mine.data!.event.myRegistration };
    };
    const waiting = (await Promise.all(spike.waitlisted.map(placeOf))).filter((w) => w.status === 'WAITLISTED').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    const cancelling = spike.confirmed.slice(5, 15);
    // Each cancellation reads the first waiting from the index: several read the same one at once, and
    // all but one of them are refused by its condition and hand their seat to the next.
    const answers = await Promise.all(
      cancelling.map(async (residentId) => api.run(`mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, { id: `${eventId}.${residentId}` }, { token: await residentToken(api, residentId) })),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(cancelling.map(() => undefined));
    expect((await Promise.all(waiting.slice(0, 10).map((w) => placeOf(w.residentId)))).map((w) => w.status)).toEqual(Array(10).fill('CONFIRMED'));
    expect((await placeOf(waiting[10]!.residentId)).waitlistPosition).toBe(1);
    const event = await api.run<{ event: { seatsLeft: number; waitlistLength: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft waitlistLength } }`, { id: eventId });
    expect(event.data!.event).toEqual({ seatsLeft: 0, waitlistLength: SPIKE.residents - SPIKE.seats - 15 });
  });
});

describe('the same spike for a DRAW', () => {
  it('takes every application, then draws 50 reproducibly from the published seed', async () => {
    const start = new Date(base.getTime() + 10 * 86_400_000);
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '抽签开放日', capacity: SPIKE.seats, selectionMode: 'DRAW' }));
    const spike = await runSpike((query, variables, token) => api.run(query, variables, { token }), (id) => signedInResident(api.app, `draw-${id}`), eventId);
    expect(spike.errors).toEqual([]);
    expect(spike.applied.length).toBe(SPIKE.residents);
    // After the sign-up window (9 days on), staff run the draw.
    api.app.now = () => new Date(start.getTime() - 12 * 3600_000);
    try {
      const drawn = await api.run<{ drawEvent: { draw: { seed: string; applicants: number; selected: number }; seatsLeft: number; waitlistLength: number } }>(
        `mutation($id: ID!) { drawEvent(eventId: $id) { draw { seed applicants selected } seatsLeft waitlistLength } }`,
        { id: eventId },
        { token: staff },
      );
      expect(drawn.errors).toBeUndefined();
      const { draw } = drawn.data!.drawEvent;
      expect(draw).toMatchObject({ applicants: SPIKE.residents, selected: SPIKE.seats });
      const list = await api.run<{ eventRegistrations: Array<{ id: string; status: string; checkInCode: string | null }> }>(`query($id: ID!) { eventRegistrations(eventId: $id) { id status checkInCode } }`, { id: eventId }, { token: staff });
      const registrations = list.data!.eventRegistrations;
      const selected = new Set(registrations.filter((r) => r.status === 'SELECTED').map((r) => r.id));
      expect(selected.size).toBe(SPIKE.seats);
      // Each seat drawn comes with its own check-in code.
      const codes = registrations.filter((r) => r.status === 'SELECTED').map((r) => r.checkInCode);
      expect(codes.every((code) => /^[2-9A-HJKMNP-Z]{6}$/u.test(code ?? ''))).toBe(true);
      expect(new Set(codes).size).toBe(SPIKE.seats);
      // Anyone can repeat the draw from the seed and the applicants: the same 50, and the waiting list in the same order.
      const order = drawOrder(draw.seed, registrations.map((r) => r.id));
      expect(new Set(order.slice(0, SPIKE.seats))).toEqual(selected);
      expect(registrations.filter((r) => r.status === 'WAITLISTED').map((r) => r.id)).toEqual(order.slice(SPIKE.seats));
      expect(drawOrder(draw.seed, [...registrations.map((r) => r.id)].reverse())).toEqual(order);
    } finally {
      api.app.now = () => new Date();
    }
  }, 60_000);
});
