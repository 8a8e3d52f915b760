import { codeOf, createTestApi, residentToken, signInStaff, type TestApi } from '../../../test/support/test-app';
import { createOutboxStore } from '../notifications/outbox-store';
import { sendEventReminders } from './reminders';
import { CREATE, DAY, HOUR, at, eventInput, openEventFor, person, register } from './event-test-support';

let api: TestApi;
let tokens: Record<'admin' | 'civilAffairs' | 'finance' | 'resident', string>;
const base = new Date();

beforeAll(async () => {
  api = await createTestApi();
  tokens = { ...(await signInStaff(api)), resident: await residentToken(api, 'staff-test-resident') };
});
afterAll(() => api.close());

const outbox = () => createOutboxStore(api.app.dynamo, api.app.now);
const CHECK_IN = `mutation($id: ID!, $code: String!) { checkIn(eventId: $id, code: $code) { alreadyCheckedIn message registration { name status checkedInAt } } }`;
const withClock = async <T>(instant: Date, run: () => Promise<T>): Promise<T> => {
  api.app.now = () => instant;
  try {
    return await run();
  } finally {
    api.app.now = () => new Date();
  }
};

describe('creating events', () => {
  it("holds an editor's event for their own department, as a draft, and records it", async () => {
    const result = await api.run<{ createEvent: { id: string; status: string; department: string } }>(CREATE, { input: eventInput(base, { title: '编辑创建的开放日' }) }, { token: tokens.civilAffairs });
    expect(result.data!.createEvent).toMatchObject({ status: 'DRAFT', department: '区民政局' });
    expect(await api.app.audit.trail('event', result.data!.createEvent.id)).toEqual([expect.objectContaining({ action: 'event.create' })]);
    const again = await api.run<{ createEvent: { id: string } }>(CREATE, { input: eventInput(base, { title: '编辑创建的开放日' }) }, { token: tokens.civilAffairs });
    expect(again.data!.createEvent.id).toBe(result.data!.createEvent.id);
  });

  it('lets a district admin hold one for any department, and for the district office by default', async () => {
    const forCivil = await api.run<{ createEvent: { department: string } }>(CREATE, { input: eventInput(base, { title: '区里代办', department: '区民政局' }) }, { token: tokens.admin });
    expect(forCivil.data!.createEvent.department).toBe('区民政局');
    const own = await api.run<{ createEvent: { department: string } }>(CREATE, { input: eventInput(base, { title: '区政府开放日' }) }, { token: tokens.admin });
    expect(own.data!.createEvent.department).toBe('区政府办公室');
  });

  it('refuses other departments, residents and anonymous callers', async () => {
    const input = eventInput(base, { title: '越权开放日', department: '区民政局' });
    expect(codeOf((await api.run(CREATE, { input }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE, { input }, { token: tokens.resident })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE, { input })).errors)).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with plain-Chinese messages and the field', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ title: ' ' }, 'title', /请填写标题/],
      [{ endsAt: at(base, 9 * DAY) }, 'endsAt', /结束时间要晚于开始时间/],
      [{ startsAt: '明天上午' }, 'startsAt', /开始时间要写成/],
      [{ venue: null, liveUrl: null }, 'venue', /请填写活动地点/],
      [{ liveUrl: 'http://live.example.com/1' }, 'liveUrl', /https/],
      [{ capacity: 0 }, 'capacity', /名额至少 1 人/],
      [{ signUpClosesAt: at(base, 11 * DAY) }, 'signUpClosesAt', /不能晚于开始时间/],
      [{ description: '联系人张三，电话13812345678。' }, 'description', /未遮挡的个人信息/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await api.run(CREATE, { input: eventInput(base, { title: `输入检查${field}`, ...overrides }) }, { token: tokens.civilAffairs });
      expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(result.errors![0]!.message).toMatch(message);
    }
    // A district admin names the holding department: `#` separates key parts, an invisible character makes a look-alike.
    for (const [department, message] of [['区民政局#二科', '部门名称里不能有 # 号。'], ['区民政局\u200b二科', '部门名称里不能有换行、制表符等看不见的字符。']] as const) {
      const result = await api.run(CREATE, { input: eventInput(base, { title: '部门名称检查', department }) }, { token: tokens.admin });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'department' } });
    }
  });

  it('keeps the agenda and who will attend, and shows them to residents once published; a bad row is refused in words', async () => {
    const agenda = [
      { time: '09:30', item: '参观办事大厅' },
      { time: null, item: '政策解读和答问' },
    ];
    const officials = [{ name: '张明', position: '区民政局副局长' }];
    const id = await openEventFor(api, tokens.civilAffairs, eventInput(base, { title: '议程和出席人员', agenda, officials }));
    const shown = await api.run<{ event: Record<string, unknown> }>(`query($id: ID!) { event(id: $id) { agenda { time item } officials { name position } } }`, { id }, { token: tokens.resident });
    expect(shown.data!.event).toEqual({ agenda, officials });
    const refused: Array<[Record<string, unknown>, RegExp]> = [
      [{ agenda: [{ time: '9点半', item: '参观' }] }, /议程时间要写成 09:30 这样/],
      [{ officials: [{ name: '张明', position: ' ' }] }, /请填写出席人员的职务/],
    ];
    for (const [overrides, message] of refused) {
      const result = await api.run(CREATE, { input: eventInput(base, { title: '议程检查', ...overrides }) }, { token: tokens.civilAffairs });
      expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(message);
    }
  });
});

describe('every staff operation is for the holding department only', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await openEventFor(api, tokens.civilAffairs, eventInput(base, { title: '权限开放日' }));
  });

  const operations: Array<[string, string, () => Record<string, unknown>]> = [
    ['updateEvent', `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`, () => ({ input: eventInput(base, { title: '权限开放日', capacity: 5 }) })],
    ['openEvent', `mutation($id: ID!) { openEvent(id: $id) { id } }`, () => ({})],
    ['closeEvent', `mutation($id: ID!) { closeEvent(id: $id) { id } }`, () => ({})],
    ['cancelEvent', `mutation($id: ID!) { cancelEvent(id: $id) { id } }`, () => ({})],
    ['drawEvent', `mutation($id: ID!) { drawEvent(eventId: $id) { id } }`, () => ({})],
    ['checkIn', `mutation($id: ID!) { checkIn(eventId: $id, code: "ABCDEF") { message } }`, () => ({})],
    ['publishEventSummary', `mutation($id: ID!) { publishEventSummary(eventId: $id, input: { raised: "意见", adopted: [] }) { id } }`, () => ({})],
    ['eventRegistrations', `query($id: ID!) { eventRegistrations(eventId: $id) { id } }`, () => ({})],
    ['eventRegistrationsCsv', `query($id: ID!) { eventRegistrationsCsv(eventId: $id) }`, () => ({})],
    ['eventFeedback', `query($id: ID!) { eventFeedback(eventId: $id) { count } }`, () => ({})],
  ];

  it.each(operations)('%s: another department FORBIDDEN, a resident FORBIDDEN, anonymous UNAUTHENTICATED', async (_name, query, variables) => {
    expect(codeOf((await api.run(query, { id: eventId, ...variables() }, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(query, { id: eventId, ...variables() }, { token: tokens.resident })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(query, { id: eventId, ...variables() })).errors)).toBe('UNAUTHENTICATED');
  });

  it('shows attendance, and that staff may run it and read the registration list (viewerCan), only to the holding department', async () => {
    const query = `query($id: ID!) { event(id: $id) { attendance { confirmed checkedIn } viewerCan { manage readPersonalData } } }`;
    const staffView = { attendance: { confirmed: 0, checkedIn: 0 }, viewerCan: { manage: true, readPersonalData: true } };
    const outsiders = { event: { attendance: null, viewerCan: { manage: false, readPersonalData: false } } };
    for (const token of [tokens.finance, tokens.resident, undefined]) expect((await api.run(query, { id: eventId }, { token })).data).toEqual(outsiders);
    expect((await api.run(query, { id: eventId }, { token: tokens.civilAffairs })).data).toEqual({ event: staffView });
    expect((await api.run(query, { id: eventId }, { token: tokens.admin })).data).toEqual({ event: staffView });
  });

  it("lists a department's events, drafts included, for its staff", async () => {
    await api.run(CREATE, { input: eventInput(base, { title: '部门草稿' }) }, { token: tokens.civilAffairs });
    const list = await api.run<{ departmentEvents: { edges: Array<{ node: { title: string; status: string } }> } }>(`{ departmentEvents(first: 50) { edges { node { title status } } } }`, {}, { token: tokens.civilAffairs });
    expect(list.data!.departmentEvents.edges.map((e) => e.node)).toEqual(expect.arrayContaining([{ title: '部门草稿', status: 'DRAFT' }, { title: '权限开放日', status: 'OPEN' }]));
    expect(codeOf((await api.run(`{ departmentEvents(department: "区民政局") { edges { cursor } } }`, {}, { token: tokens.finance })).errors)).toBe('FORBIDDEN');
  });
});

describe('registrations seen by staff', () => {
  let eventId: string;
  const residents = ['reg-a', 'reg-b', 'reg-c', 'reg-d'];

  beforeAll(async () => {
    eventId = await openEventFor(api, tokens.civilAffairs, eventInput(base, { title: '名单开放日', capacity: 3 }));
    await register(api, await residentToken(api, residents[0]!), eventId, { name: '王小华', phone: '13912345678', questions: '补贴标准，能否提高？' });
    await register(api, await residentToken(api, residents[1]!), eventId, { name: '欧阳娜娜', phone: '13800001111', questions: '=HYPERLINK("http://x")' });
    await register(api, await residentToken(api, residents[2]!), eventId, { name: '李四', phone: '13700002222' });
    await register(api, await residentToken(api, residents[3]!), eventId, { name: '张三丰', phone: '13600003333' });
  });

  it('masks name and phone for the resident themself', async () => {
    const mine = await api.run<{ event: { myRegistration: { name: string; phone: string } } }>(`query($id: ID!) { event(id: $id) { myRegistration { name phone } } }`, { id: eventId }, { token: await residentToken(api, 'reg-b') });
    expect(mine.data!.event.myRegistration).toEqual({ name: '欧阳**', phone: '138****1111' });
  });

  it('shows full names and numbers to the holding department, and records each read', async () => {
    const before = (await api.app.audit.trail('event', eventId)).length;
    const list = await api.run<{ eventRegistrations: Array<{ name: string; phone: string; status: string; waitlistPosition: number | null }> }>(
      `query($id: ID!) { eventRegistrations(eventId: $id) { name phone status waitlistPosition } }`,
      { id: eventId },
      { token: tokens.civilAffairs },
    );
    expect(list.data!.eventRegistrations).toEqual([
      { name: '王小华', phone: '13912345678', status: 'CONFIRMED', waitlistPosition: null },
      { name: '欧阳娜娜', phone: '13800001111', status: 'CONFIRMED', waitlistPosition: null },
      { name: '李四', phone: '13700002222', status: 'CONFIRMED', waitlistPosition: null },
      { name: '张三丰', phone: '13600003333', status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
    const trail = await api.app.audit.trail('event', eventId);
    expect(trail.length).toBe(before + 1);
    expect(trail.at(-1)).toMatchObject({ action: 'event.registrations.read', actor: expect.objectContaining({ staffId: 'minzheng' }), details: { registrations: 4 } });
  });

  it('exports them as a CSV for Excel: BOM, header, full data, formulas defused, audited', async () => {
    const result = await api.run<{ eventRegistrationsCsv: string }>(`query($id: ID!) { eventRegistrationsCsv(eventId: $id) }`, { id: eventId }, { token: tokens.admin });
    const csv = result.data!.eventRegistrationsCsv;
    expect(csv.startsWith('\uFEFF序号,姓名,手机号,状态,候补顺序,签到码,签到时间,报名时间,想提的问题\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows.length).toBe(5);
    expect(rows[1]).toMatch(/^1,王小华,13912345678,报名成功,,[2-9A-Z]{6},,\d{4}-\d{2}-\d{2} \d{2}:\d{2},"补贴标准，能否提高？"$|^1,王小华,13912345678,报名成功,,[2-9A-Z]{6},,\d{4}-\d{2}-\d{2} \d{2}:\d{2},补贴标准，能否提高？$/);
    expect(rows[2]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(rows[4]).toMatch(/^4,张三丰,13600003333,候补,1,,/);
    expect((await api.app.audit.trail('event', eventId)).at(-1)).toMatchObject({ action: 'event.registrations.export', actor: expect.objectContaining({ staffId: 'admin' }) });
  });
});

describe('the day of the event and after', () => {
  let eventId: string;
  let start: Date;
  const codes: Record<string, string> = {};
  const residentIds = ['day-a', 'day-b', 'day-c'];

  beforeAll(async () => {
    // The only event of this file starting that day, so the reminder run touches it alone.
    const input = eventInput(base, { title: '签到开放日', capacity: 2, startsAt: at(base, 12 * DAY), endsAt: at(base, 12 * DAY + 3 * HOUR) });
    start = new Date(input.startsAt);
    eventId = await openEventFor(api, tokens.civilAffairs, input);
    for (const [i, id] of residentIds.entries()) {
      const result = await register(api, await residentToken(api, id), eventId, person(i));
      codes[id] = result.data!.registerForEvent.checkInCode ?? '';
    }
  });

  const FEEDBACK = `mutation($id: ID!, $input: EventFeedbackInput!) { submitEventFeedback(eventId: $id, input: $input) { satisfaction useful suggestions } }`;

  it('reminds each seat holder once, the day before (Beijing time)', async () => {
    const dayBefore = new Date(start.getTime() - DAY);
    const first = await withClock(dayBefore, () => sendEventReminders(api.app));
    expect(first.reminded).toBe(2);
    const second = await withClock(dayBefore, () => sendEventReminders(api.app));
    expect(second.reminded).toBe(0);
    expect((await outbox().messagesFor('day-a')).map((m) => m.template)).toEqual(['EVENT_CONFIRMED', 'EVENT_REMINDER']);
    expect((await outbox().messagesFor('day-c')).map((m) => m.template)).toEqual([]);
    const twoDaysBefore = await withClock(new Date(start.getTime() - 2 * DAY), () => sendEventReminders(api.app));
    expect(twoDaysBefore.reminded).toBe(0);
  });

  it('checks in by code once, with the full name for the holding department (audited); a second scan says so; a bad or waiting code is refused', async () => {
    const during = new Date(start.getTime() + HOUR);
    await withClock(during, async () => {
      const before = (await api.app.audit.trail('event', eventId)).length;
      const first = await api.run<{ checkIn: { alreadyCheckedIn: boolean; message: string; registration: { name: string; phone: string; checkedInAt: string } } }>(CHECK_IN.replace('name', 'name phone'), { id: eventId, code: codes['day-a']!.toLowerCase() }, { token: tokens.civilAffairs });
      expect(first.data!.checkIn).toMatchObject({ alreadyCheckedIn: false, message: '签到成功。', registration: { name: '王小一' } });
      // The door needs the name, not the mobile: that stays masked.
      expect(first.data!.checkIn.registration.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      const trail = await api.app.audit.trail('event', eventId);
      expect(trail.length).toBe(before + 1);
      expect(trail.at(-1)).toMatchObject({ action: 'event.checkin.name.read', actor: expect.objectContaining({ staffId: 'minzheng' }), details: { fields: ['name'] } });
      const second = await api.run<{ checkIn: { alreadyCheckedIn: boolean; message: string; registration: { checkedInAt: string } } }>(CHECK_IN, { id: eventId, code: codes['day-a'] }, { token: tokens.civilAffairs });
      expect(second.data!.checkIn.alreadyCheckedIn).toBe(true);
      expect(second.data!.checkIn.message).toMatch(/^已经签到过了（\d{2}:\d{2}）。$/);
      expect(second.data!.checkIn.registration.checkedInAt).toBe(first.data!.checkIn.registration.checkedInAt);
      expect(codeOf((await api.run(CHECK_IN, { id: eventId, code: 'ZZZZZZ' }, { token: tokens.civilAffairs })).errors)).toBe('NOT_FOUND');
      expect((await api.run(CHECK_IN, { id: eventId, code: 'O0I1' }, { token: tokens.civilAffairs })).errors?.[0]?.message).toMatch(/签到码不正确/);
      const attendance = await api.run(`query($id: ID!) { event(id: $id) { attendance { confirmed checkedIn waitlisted } } }`, { id: eventId }, { token: tokens.civilAffairs });
      expect(attendance.data).toEqual({ event: { attendance: { confirmed: 2, checkedIn: 1, waitlisted: 1 } } });
    });
    await withClock(new Date(start.getTime() - 4 * HOUR), async () => {
      expect((await api.run(CHECK_IN, { id: eventId, code: codes['day-b'] }, { token: tokens.civilAffairs })).errors?.[0]?.message).toMatch(/还没到签到时间/);
    });
  });

  it('takes the questionnaire from attendees only, once', async () => {
    const after = new Date(start.getTime() + 4 * HOUR);
    await withClock(after, async () => {
      const input = { satisfaction: 'VERY_SATISFIED', useful: '补贴怎么申请讲得很清楚', suggestions: '希望多办几场' };
      const notAttended = await api.run(FEEDBACK, { id: eventId, input }, { token: await residentToken(api, 'day-b') });
      expect(codeOf(notAttended.errors)).toBe('FORBIDDEN');
      const strangers = await api.run(FEEDBACK, { id: eventId, input }, { token: await residentToken(api, 'never-registered') });
      expect(codeOf(strangers.errors)).toBe('FORBIDDEN');
      const token = await residentToken(api, 'day-a');
      expect(codeOf((await api.run(FEEDBACK, { id: eventId, input: { ...input, satisfaction: 'EXCELLENT' } }, { token })).errors)).toBe('BAD_USER_INPUT');
      const first = await api.run(FEEDBACK, { id: eventId, input }, { token });
      expect(first.data).toEqual({ submitEventFeedback: input });
      const doubleTap = await api.run(FEEDBACK, { id: eventId, input }, { token });
      expect(doubleTap.data).toEqual({ submitEventFeedback: input });
      const changed = await api.run(FEEDBACK, { id: eventId, input: { ...input, satisfaction: 'VERY_DISSATISFIED' } }, { token });
      expect(codeOf(changed.errors)).toBe('CONFLICT');
      const report = await api.run(`query($id: ID!) { eventFeedback(eventId: $id) { count averageSatisfaction entries { satisfaction suggestions } } }`, { id: eventId }, { token: tokens.civilAffairs });
      expect(report.data).toEqual({ eventFeedback: { count: 1, averageSatisfaction: 5, entries: [{ satisfaction: 'VERY_SATISFIED', suggestions: '希望多办几场' }] } });
      const mine = await api.run(`query($id: ID!) { event(id: $id) { status myRegistration { feedbackSubmitted } } }`, { id: eventId }, { token });
      expect(mine.data).toEqual({ event: { status: 'HELD', myRegistration: { feedbackSubmitted: true } } });
    });
  });

  it('publishes what residents raised and what was adopted, after the event, on the event', async () => {
    const PUBLISH = `mutation($id: ID!, $input: EventSummaryInput!) { publishEventSummary(eventId: $id, input: $input) { summary { raised adopted { suggestion response adopted } publishedAt } } }`;
    const input = { raised: '居民关心高龄津贴的发放时间和标准。', adopted: [{ suggestion: '提高高龄津贴标准', response: '已纳入明年预算研究。', adopted: true }, { suggestion: '上门发放', response: '已实行银行代发，不再上门。', adopted: false }] };
    expect((await api.run(PUBLISH, { id: eventId, input }, { token: tokens.civilAffairs })).errors?.[0]?.message).toBe('开放日结束后才能发布意见采纳情况。');
    await withClock(new Date(start.getTime() + DAY), async () => {
      const published = await api.run<{ publishEventSummary: { summary: { adopted: unknown[] } } }>(PUBLISH, { id: eventId, input }, { token: tokens.civilAffairs });
      expect(published.data!.publishEventSummary.summary.adopted).toEqual(input.adopted);
      const bad = await api.run(PUBLISH, { id: eventId, input: { ...input, raised: '王小华（13912345678）反映……' } }, { token: tokens.civilAffairs });
      expect(bad.errors?.[0]?.message).toMatch(/未遮挡的个人信息/);
    });
    const seen = await api.run(`query($id: ID!) { event(id: $id) { summary { raised } } }`, { id: eventId });
    expect(seen.data).toEqual({ event: { summary: { raised: input.raised } } });
  });
});

describe('changing and cancelling an event', () => {
  it('gives added seats to the waiting list in order, and refuses fewer seats than are taken', async () => {
    const input = eventInput(base, { title: '扩容开放日', capacity: 1 });
    const eventId = await openEventFor(api, tokens.civilAffairs, input);
    for (const i of [0, 1, 2]) await register(api, await residentToken(api, `grow-${i}`), eventId, person(i));
    const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { capacity seatsLeft waitlistLength } }`;
    const grown = await api.run(UPDATE, { id: eventId, input: { ...input, capacity: 2 } }, { token: tokens.civilAffairs });
    expect(grown.data).toEqual({ updateEvent: { capacity: 2, seatsLeft: 0, waitlistLength: 1 } });
    const [promoted] = await outbox().messagesFor('grow-1');
    expect(promoted).toMatchObject({ template: 'EVENT_PROMOTED', data: { checkInCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{6}$/) } });
    // The code reserved with the handed-over seat lets them in at the door.
    await withClock(new Date(new Date(input.startsAt).getTime() + HOUR), async () => {
      const door = await api.run<{ checkIn: { message: string; registration: { name: string } } }>(CHECK_IN, { id: eventId, code: promoted!.data.checkInCode }, { token: tokens.civilAffairs });
      expect(door.data!.checkIn).toMatchObject({ message: '签到成功。', registration: { name: '王小二' } });
    });
    const shrunk = await api.run(UPDATE, { id: eventId, input: { ...input, capacity: 1 } }, { token: tokens.civilAffairs });
    expect(codeOf(shrunk.errors)).toBe('BAD_USER_INPUT');
    expect(shrunk.errors![0]!.message).toBe('已经有 2 人报名成功，名额不能少于 2。');
    expect((await api.app.audit.trail('event', eventId)).map((r) => r.action)).toEqual(['event.create', 'event.open', 'event.update', 'event.checkin.name.read']);
  });

  it('tells every registrant when an event is cancelled, once, even if cancelled twice', async () => {
    const eventId = await openEventFor(api, tokens.civilAffairs, eventInput(base, { title: '取消的开放日', capacity: 1 }));
    for (const i of [0, 1]) await register(api, await residentToken(api, `cancel-${i}`), eventId, person(i));
    const CANCEL = `mutation($id: ID!, $reason: String) { cancelEvent(id: $id, reason: $reason) { status cancelReason calendarFile } }`;
    const leaking = await api.run(CANCEL, { id: eventId, reason: '已通知报名人王小华（139.1234.5678）' }, { token: tokens.civilAffairs });
    expect(leaking.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await api.run<{ cancelEvent: { status: string; cancelReason: string; calendarFile: string } }>(CANCEL, { id: eventId, reason: '因台风预警改期' }, { token: tokens.civilAffairs });
    expect(cancelled.data!.cancelEvent).toMatchObject({ status: 'CANCELLED', cancelReason: '因台风预警改期' });
    expect(cancelled.data!.cancelEvent.calendarFile).toContain('STATUS:CANCELLED');
    await api.run(CANCEL, { id: eventId }, { token: tokens.civilAffairs });
    for (const id of ['cancel-0', 'cancel-1']) {
      const messages = (await outbox().messagesFor(id)).filter((m) => m.template === 'EVENT_CANCELLED');
      expect(messages).toEqual([expect.objectContaining({ data: expect.objectContaining({ note: '因台风预警改期' }) })]);
    }
    expect((await register(api, await residentToken(api, 'cancel-2'), eventId, person(2))).errors?.[0]?.message).toBe('这个开放日已经取消了。');
  });
});

describe('browsing events', () => {
  beforeAll(async () => {
    await openEventFor(api, tokens.admin, eventInput(base, { title: '六月教育开放日', theme: '教育医疗', department: '区教育局', startsAt: at(base, 20 * DAY), endsAt: at(base, 20 * DAY + HOUR), signUpClosesAt: at(base, 19 * DAY) }));
    await openEventFor(api, tokens.admin, eventInput(base, { title: '营商环境云开放日', theme: '营商环境', department: '区发展和改革局', venue: null, liveUrl: 'https://live.example.com/yingshang', startsAt: at(base, 5 * DAY), endsAt: at(base, 5 * DAY + HOUR), signUpClosesAt: at(base, 4 * DAY) }));
  });

  type Node = { title: string; startsAt: string; theme: string; online: boolean };
  const EVENTS = `query($filter: EventFilter, $first: Int, $after: String) { events(filter: $filter, first: $first, after: $after) { edges { node { title startsAt theme online } } pageInfo { hasNextPage endCursor } } }`;

  it('lists upcoming events soonest first, page by page', async () => {
    const all: Node[] = [];
    let after: string | null = null;
    do {
      const page: { data?: { events: { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await api.run(EVENTS, { first: 2, after });
      all.push(...page.data!.events.edges.map((e) => e.node));
      after = page.data!.events.pageInfo.hasNextPage ? page.data!.events.pageInfo.endCursor : null;
    } while (after);
    expect(all[0]!.title).toBe('营商环境云开放日');
    expect(all[0]!.online).toBe(true);
    expect(all.map((n) => n.startsAt)).toEqual([...all.map((n) => n.startsAt)].sort());
    expect(all.at(-1)!.title).toBe('六月教育开放日');
  });

  it('filters by theme, department and month', async () => {
    const byTheme = await api.run<{ events: { edges: Array<{ node: Node }> } }>(EVENTS, { filter: { theme: '教育医疗' } });
    expect(byTheme.data!.events.edges.map((e) => e.node.title)).toEqual(['六月教育开放日']);
    const byDepartment = await api.run<{ events: { edges: Array<{ node: Node }> } }>(EVENTS, { filter: { department: '区发展和改革局', theme: '营商环境' } });
    expect(byDepartment.data!.events.edges.map((e) => e.node.title)).toEqual(['营商环境云开放日']);
    const month = new Date(base.getTime() + 20 * DAY + 8 * HOUR).toISOString().slice(0, 7);
    const byMonth = await api.run<{ events: { edges: Array<{ node: Node }> } }>(EVENTS, { filter: { month, theme: '教育医疗' } });
    expect(byMonth.data!.events.edges.map((e) => e.node.title)).toEqual(['六月教育开放日']);
    expect(codeOf((await api.run(EVENTS, { filter: { month: '2026-13' } })).errors)).toBe('BAD_USER_INPUT');
  });

  it('lists past events separately, latest first', async () => {
    const later = new Date(base.getTime() + 30 * DAY);
    const past = await withClock(later, () => api.run<{ events: { edges: Array<{ node: Node }> } }>(EVENTS, { filter: { past: true }, first: 100 }));
    const titles = past.data!.events.edges.map((e) => e.node.title);
    expect(titles[0]).toBe('六月教育开放日');
    expect(titles).toContain('营商环境云开放日');
    const upcoming = await withClock(later, () => api.run<{ events: { edges: Array<{ node: Node }> } }>(EVENTS, { first: 100 }));
    expect(upcoming.data!.events.edges).toEqual([]);
  });
});
