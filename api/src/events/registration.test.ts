import { codeOf, createTestApi, createTestStaff, residentToken, type TestApi } from '../../../test/support/test-app';
import { signedInResident } from '../../../test/bench/events-spike';
import { createOutboxStore } from '../notifications/outbox-store';
import { ORDINARY_WRITES, transact } from '../core/transactions';
import { openDayTable } from './open-day-table';
import { waitlistNumbers } from './sign-up';
import { CANCEL_REGISTRATION, DAY, eventInput, openEventFor, person, register } from './event-test-support';

let api: TestApi;
let staff: string;
const base = new Date();

beforeAll(async () => {
  api = await createTestApi();
  staff = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
});
afterAll(() => api.close());

const outbox = () => createOutboxStore(api.app.dynamo, api.app.now);

describe('signing up first come, first served', () => {
  let eventId: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    eventId = await openEventFor(api, staff, eventInput(base, { title: '先到先得开放日', capacity: 2 }));
    // Residents as WeChat sign-in leaves them: a record, where signing up remembers their phone.
    for (let i = 0; i < 5; i += 1) tokens.push(await signedInResident(api.app, `fc-resident-${i}`));
  });

  it('confirms while seats last, with a check-in code and masked name and phone, and sends a confirmation, in one transaction', async () => {
    const requestsBefore = api.app.dynamo.requestCount();
    const result = await register(api, tokens[0]!, eventId, { name: '王小华', phone: '+86 139-1234-5678', questions: '高龄津贴什么时候发？' });
    // The event (1 GetItem), the seat's transaction holding the session's check with the phone
    // remembered, the confirmation in 我的消息 and in the outbox (1), who helps this resident (1
    // Query), and the event the answer shows (1 BatchGetItem).
    expect(api.app.dynamo.requestCount() - requestsBefore).toBe(4);
    expect(result.errors).toBeUndefined();
    const registration = result.data!.registerForEvent;
    expect(registration).toMatchObject({ status: 'CONFIRMED', name: '王*华', phone: '139****5678', waitlistPosition: null, event: { seatsLeft: 1, waitlistLength: 0 } });
    expect(registration.checkInCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const messages = await outbox().messagesFor('fc-resident-0');
    expect(messages).toEqual([expect.objectContaining({ template: 'EVENT_CONFIRMED', data: expect.objectContaining({ checkInCode: registration.checkInCode, title: '先到先得开放日' }) })]);
    const inbox = await api.run<{ myMessages: { edges: Array<{ node: { heading: string; detail: string } }> }; unreadMessageCount: number }>(
      `{ myMessages(first: 5) { edges { node { heading detail } } } unreadMessageCount }`,
      {},
      { token: tokens[0] },
    );
    expect(inbox.data).toEqual({ myMessages: { edges: [{ node: { heading: '开放日报名成功', detail: expect.stringContaining(`签到码 ${registration.checkInCode}`) } }] }, unreadMessageCount: 1 });
  });

  it('returns the same registration for a double tap, however fast', async () => {
    const [a, b] = await Promise.all([register(api, tokens[1]!, eventId, person(1)), register(api, tokens[1]!, eventId, person(1))]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.registerForEvent.id).toBe(b.data!.registerForEvent.id);
    expect(a.data!.registerForEvent.checkInCode).toBe(b.data!.registerForEvent.checkInCode);
    const again = await register(api, tokens[1]!, eventId, { ...person(1), questions: '换了问题' });
    expect(again.data!.registerForEvent.id).toBe(a.data!.registerForEvent.id);
    const event = await api.run<{ event: { seatsLeft: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft } }`, { id: eventId });
    expect(event.data!.event.seatsLeft).toBe(0);
    expect((await outbox().messagesFor('fc-resident-1')).length).toBe(1);
  });

  it('puts later sign-ups on the waiting list in order, without a check-in code', async () => {
    for (const i of [2, 3, 4]) {
      const result = await register(api, tokens[i]!, eventId, person(i));
      expect(result.data!.registerForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: i - 1, checkInCode: null });
    }
  });

  it('gives a cancelled seat to the first waiting at once and tells them; the others move up', async () => {
    const mine = await api.run<{ event: { myRegistration: { id: string } } }>(`query($id: ID!) { event(id: $id) { myRegistration { id } } }`, { id: eventId }, { token: tokens[0] });
    const requestsBefore = api.app.dynamo.requestCount();
    const cancelled = await api.run(CANCEL_REGISTRATION, { id: mine.data!.event.myRegistration.id }, { token: tokens[0] });
    // As many requests as before the notice was made to survive a stopped process (decision 030): the
    // handover's transaction marks the resident as not yet told, and the notice's own transaction
    // (its 我的消息 entry and the outbox's copy) removes the mark; and two for the resident who
    // cancelled: their messages about the sign-up, marked in the cancellation's transaction (1 Query),
    // and who helps them, for copies of the notice (1 Query).
    expect(api.app.dynamo.requestCount() - requestsBefore).toBe(12);
    expect(cancelled.data).toEqual({ cancelRegistration: { id: mine.data!.event.myRegistration.id, status: 'CANCELLED' } });
    const promoted = await api.run<{ event: { seatsLeft: number; waitlistLength: number; myRegistration: { status: string; checkInCode: string } } }>(
      `query($id: ID!) { event(id: $id) { seatsLeft waitlistLength myRegistration { status checkInCode } } }`,
      { id: eventId },
      { token: tokens[2] },
    );
    expect(promoted.data!.event).toMatchObject({ seatsLeft: 0, waitlistLength: 2, myRegistration: { status: 'CONFIRMED' } });
    expect(await outbox().messagesFor('fc-resident-2')).toEqual([
      expect.objectContaining({ template: 'EVENT_PROMOTED', data: expect.objectContaining({ checkInCode: promoted.data!.event.myRegistration.checkInCode }) }),
    ]);
    const next = await api.run<{ event: { myRegistration: { waitlistPosition: number } } }>(`query($id: ID!) { event(id: $id) { myRegistration { waitlistPosition } } }`, { id: eventId }, { token: tokens[4] });
    expect(next.data!.event.myRegistration.waitlistPosition).toBe(2);
  });

  it("answers another resident's cancellation attempt as not found, and needs a sign-in", async () => {
    const theirs = await api.run<{ event: { myRegistration: { id: string } } }>(`query($id: ID!) { event(id: $id) { myRegistration { id } } }`, { id: eventId }, { token: tokens[1] });
    const id = theirs.data!.event.myRegistration.id;
    expect(codeOf((await api.run(CANCEL_REGISTRATION, { id }, { token: tokens[3] })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(CANCEL_REGISTRATION, { id })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(CANCEL_REGISTRATION, { id: 'nonsense' }, { token: tokens[3] })).errors)).toBe('NOT_FOUND');
  });

  it('lets a resident who cancelled sign up again, at the back of the line', async () => {
    const again = await register(api, tokens[0]!, eventId, person(0));
    expect(again.data!.registerForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 3 });
  });

  it('lists a resident’s own registrations for 我的', async () => {
    const mine = await api.run<{ myRegistrations: Array<{ status: string; event: { title: string } }> }>(`{ myRegistrations { status event { title } } }`, {}, { token: tokens[2] });
    expect(mine.data!.myRegistrations).toEqual([{ status: 'CONFIRMED', event: { title: '先到先得开放日' } }]);
    expect(codeOf((await api.run(`{ myRegistrations { id } }`)).errors)).toBe('UNAUTHENTICATED');
  });
});

describe('a waiter who signed up before check-in codes came with the seat (decision 026)', () => {
  it('gets a code of its own with the handed-over seat; the code reserved at that sign-up finds nobody', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '旧候补开放日', capacity: 1 }));
    const [seat, waiter] = [await signedInResident(api.app, 'old-seat'), await signedInResident(api.app, 'old-waiter')];
    const taken = await register(api, seat, eventId, person(1));
    await register(api, waiter, eventId, person(2));
    // As stored before: the waiter's registration with a code, and that code's item.
    const table = openDayTable(api.app.dynamo);
    const stored = await table.registrations.get({ eventId, residentId: 'old-waiter' }, true);
    await transact(api.app.dynamo, [table.registrations.put({ ...stored!, checkInCode: 'K7M2PQ' }), table.codes.put({ eventId, code: 'K7M2PQ', residentId: 'old-waiter' })], ORDINARY_WRITES);
    await api.run(CANCEL_REGISTRATION, { id: taken.data!.registerForEvent.id }, { token: seat });
    const mine = await api.run<{ event: { myRegistration: { status: string; checkInCode: string } } }>(`query($id: ID!) { event(id: $id) { myRegistration { status checkInCode } } }`, { id: eventId }, { token: waiter });
    const { status, checkInCode } = mine.data!.event.myRegistration;
    expect(status).toBe('CONFIRMED');
    expect(checkInCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const event = (await api.app.stores.events.get(eventId, true))!;
    const door = new Date(new Date(event.startsAt).getTime() + 3_600_000);
    expect(await api.app.stores.registrations.checkIn(event, 'K7M2PQ', door)).toBeNull();
    expect(await api.app.stores.registrations.checkIn(event, checkInCode, door)).toMatchObject({ already: false, registration: { residentId: 'old-waiter' } });
  });
});

describe('sign-up rules', () => {
  let token: string;
  beforeAll(async () => {
    token = await residentToken(api, 'rules-resident');
  });

  it('needs a signed-in resident; staff cannot sign up', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '规则开放日' }));
    expect(codeOf((await register(api, '', eventId, person(1))).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await register(api, staff, eventId, person(1))).errors)).toBe('FORBIDDEN');
  });

  it('refuses a signed-out token at once, whatever else the sign-up would have met, and takes no seat', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '退出登录开放日', capacity: 1 }));
    const old = await signedInResident(api.app, 'signed-out');
    expect((await api.run(`mutation { signOut }`, {}, { token: old })).data).toEqual({ signOut: true });
    const refused = await register(api, old, eventId, person(1));
    expect(refused.errors?.[0]).toMatchObject({ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } });
    const [tap, doubleTap] = await Promise.all([register(api, old, eventId, person(1)), register(api, old, eventId, person(1))]);
    expect([codeOf(tap.errors), codeOf(doubleTap.errors)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codeOf((await register(api, old, eventId, { name: '王', phone: '12345' })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await register(api, old, '000000000000', person(1))).errors)).toBe('UNAUTHENTICATED');
    const event = await api.run<{ event: { seatsLeft: number } }>(`query($id: ID!) { event(id: $id) { seatsLeft } }`, { id: eventId });
    expect(event.data!.event.seatsLeft).toBe(1);
    // A sign-up sent with anything else is checked by the read, as every other operation.
    const two = await api.run(`mutation($id: ID!, $input: RegistrationInput!) { a: registerForEvent(eventId: $id, input: $input) { id } b: registerForEvent(eventId: $id, input: $input) { id } }`, { id: eventId, input: person(1) }, { token: old });
    expect(codeOf(two.errors)).toBe('UNAUTHENTICATED');
    // Signed in again, the resident signs up as anyone would.
    const fresh = (await api.app.sessions.issue({ kind: 'resident', residentId: 'signed-out' }, 1)).token;
    expect((await register(api, fresh, eventId, person(1))).data!.registerForEvent.status).toBe('CONFIRMED');
  });

  it('refuses bad input with plain-Chinese messages and the field', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '输入检查开放日' }));
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ name: '王小华', phone: '12345' }, 'phone', /手机号要是 11 位数字/],
      [{ name: '王小华', phone: '2381234567' }, 'phone', /手机号要是 11 位数字/],
      [{ name: '王', phone: '13912345678' }, 'name', /姓名/],
      [{ name: '王小华1', phone: '13912345678' }, 'name', /姓名只能写文字/],
      [{ name: '王'.repeat(31), phone: '13912345678' }, 'name', /^姓名不能超过 30 个字。$/],
      [{ name: '王小华', phone: '13912345678', questions: '问'.repeat(501) }, 'questions', /不能超过 500 个字/],
    ];
    for (const [input, field, message] of cases) {
      const result = await register(api, token, eventId, input);
      expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(result.errors![0]!.message).toMatch(message);
    }
  });

  it('says when sign-up has not started, has closed, or the event does not exist', async () => {
    const later = await openEventFor(api, staff, eventInput(base, { title: '未开始报名开放日', signUpOpensAt: new Date(base.getTime() + DAY).toISOString() }));
    expect((await register(api, token, later, person(1))).errors?.[0]?.message).toBe('报名还没有开始，请到时再来。');
    const closed = await openEventFor(api, staff, eventInput(base, { title: '已截止开放日' }));
    await api.run(`mutation($id: ID!) { closeEvent(id: $id) { status } }`, { id: closed }, { token: staff });
    expect((await register(api, token, closed, person(1))).errors?.[0]?.message).toBe('报名已经截止了。');
    expect(codeOf((await register(api, token, '000000000000', person(1))).errors)).toBe('NOT_FOUND');
  });

  it('refuses a sign-up moments after staff closed the event, though the last sign-up had just read it open', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '刚截止开放日', capacity: 5 }));
    const first = await signedInResident(api.app, 'just-before-close');
    expect((await register(api, first, eventId, person(1))).data!.registerForEvent.status).toBe('CONFIRMED');
    // The next sign-up moments later does not read the event again: only the transaction (the
    // session checked in it), the helpers and the event the answer shows.
    const second = await signedInResident(api.app, 'moments-later');
    const requestsBefore = api.app.dynamo.requestCount();
    expect((await register(api, second, eventId, person(2))).data!.registerForEvent.status).toBe('CONFIRMED');
    expect(api.app.dynamo.requestCount() - requestsBefore).toBe(3);
    await api.run(`mutation($id: ID!) { closeEvent(id: $id) { status } }`, { id: eventId }, { token: staff });
    expect((await register(api, token, eventId, person(3))).errors?.[0]?.message).toBe('报名已经截止了。');
  });

  it('numbers waiters who arrive together from one request to the event\'s counter, each number once', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '候补编号开放日', capacity: 1 }));
    const numbers = waitlistNumbers(openDayTable(api.app.dynamo));
    expect(await numbers(eventId)).toBe(1);
    const requestsBefore = api.app.dynamo.requestCount();
    // The first asks at once; the seven asking while it is in flight share the next request.
    const burst = await Promise.all(Array.from({ length: 8 }, () => numbers(eventId)));
    expect(burst).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(api.app.dynamo.requestCount() - requestsBefore).toBe(2);
  });

  it('keeps drafts from residents: not listed, not found, no sign-up', async () => {
    const created = await api.run<{ createEvent: { id: string } }>(`mutation($input: EventInput!) { createEvent(input: $input) { id } }`, { input: eventInput(base, { title: '草稿开放日' }) }, { token: staff });
    const id = created.data!.createEvent.id;
    expect((await api.run(`query($id: ID!) { event(id: $id) { id } }`, { id }, { token })).data).toEqual({ event: null });
    expect(codeOf((await register(api, token, id, person(1))).errors)).toBe('NOT_FOUND');
    const list = await api.run<{ events: { edges: Array<{ node: { id: string } }> } }>(`{ events(first: 100) { edges { node { id } } } }`);
    expect(list.data!.events.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await api.run<{ event: { status: string } }>(`query($id: ID!) { event(id: $id) { status } }`, { id }, { token: staff })).data!.event.status).toBe('DRAFT');
  });
});

describe('我的 after signing up', () => {
  it("shows the resident's registrations and their mobile number, masked", async () => {
    const login = await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:xiulan") { token } }`);
    const token = login.data!.login.token;
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '我的页面开放日', capacity: 5 }));
    await register(api, token, eventId, { name: '王秀兰', phone: '13912345678', questions: null });
    const me = await api.run<{ me: { phone: string; registrations: Array<{ status: string; phone: string }> } }>(`{ me { phone registrations { status phone } } }`, {}, { token });
    expect(me.data!.me).toEqual({ phone: '139****5678', registrations: [{ status: 'CONFIRMED', phone: '139****5678' }] });
  });
});

describe('我的消息 after the resident cancels their sign-up', () => {
  type Inbox = { myMessages: { edges: Array<{ node: { heading: string; title: string; detail: string | null; overtaken: string | null } }> }; unreadMessageCount: number };
  const INBOX = `{ myMessages(first: 10) { edges { node { heading title detail overtaken } } } unreadMessageCount }`;

  it('says the sign-up is cancelled, once however often 取消报名 is tapped, and the earlier 报名成功 no longer reads as a seat held', async () => {
    const eventId = await openEventFor(api, staff, eventInput(base, { title: '取消报名消息开放日', capacity: 5 }));
    const token = await signedInResident(api.app, 'cancels-own');
    const signedUp = (await register(api, token, eventId, person(1))).data!.registerForEvent;
    const [tap, doubleTap] = await Promise.all([api.run(CANCEL_REGISTRATION, { id: signedUp.id }, { token }), api.run(CANCEL_REGISTRATION, { id: signedUp.id }, { token })]);
    expect([tap.errors, doubleTap.errors]).toEqual([undefined, undefined]);
    expect((await api.run(CANCEL_REGISTRATION, { id: signedUp.id }, { token })).errors).toBeUndefined();
    const inbox = (await api.run<Inbox>(INBOX, {}, { token })).data!;
    expect(inbox.myMessages.edges.map((edge) => edge.node)).toEqual([
      { heading: '开放日报名已取消', title: '取消报名消息开放日', detail: expect.stringContaining('您已取消报名'), overtaken: null },
      { heading: '开放日报名成功', title: '取消报名消息开放日', detail: expect.not.stringContaining('签到码'), overtaken: '这次报名后来已取消，座位不再为您保留' },
    ]);
    expect(inbox.unreadMessageCount).toBe(2);
    // Signed up again: the new seat's message reads as held, the old one stays overtaken.
    const again = (await register(api, token, eventId, person(1))).data!.registerForEvent;
    const after = (await api.run<Inbox>(INBOX, {}, { token })).data!.myMessages.edges.map((edge) => edge.node);
    expect(after[0]).toEqual({ heading: '开放日报名成功', title: '取消报名消息开放日', detail: expect.stringContaining(`签到码 ${again.checkInCode}`), overtaken: null });
    expect(after.map((node) => node.overtaken)).toEqual([null, null, '这次报名后来已取消，座位不再为您保留']);
  });
});
