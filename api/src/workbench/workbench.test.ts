import { createTestApi, createTestStaff, type TestApi, residentToken, setBeijingTime } from '../../../test/support/test-app';
import { createService, rate } from '../../../test/ratings-support';
import { at, DAY, eventInput, openEventFor, person, register } from '../events/event-test-support';
import { beijingWeek } from '../events/event-work';

// The 工作台's figures, each from the feature that owns the work, for the signed-in department; a
// district admin sees the whole district or picks a department; an editor cannot look at another's.

const WORKBENCH = `query($department: String) { workbench(department: $department) { department departments today counts { key label count unit overdue detail path } } }`;

type Bench = { department: string | null; departments: string[]; today: string; counts: Array<{ key: string; label: string; count: number; unit: string; overdue: number | null; detail: string | null; path: string }> };
const figure = (bench: Bench | undefined, key: string) => bench?.counts.find((count) => count.key === key);

let api: TestApi;
let admin: string;
let minzheng: string;
let jiaoyu: string;

beforeAll(async () => {
  api = await createTestApi();
  setBeijingTime(api, '2026-11-18 10:00'); // a Wednesday
  admin = await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室');
  minzheng = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  jiaoyu = await createTestStaff(api, 'jiaoyu', 'DEPARTMENT_EDITOR', '区教育局');

  // Two bad ratings of the 区民政局: one rated a week ago (its call-back is overdue), one today.
  const serviceId = await createService(api, minzheng, { name: '高龄津贴申请', channel: 'WINDOW', windows: ['3'] });
  setBeijingTime(api, '2026-11-10 10:00');
  await rate(api, await residentToken(api, 'r1'), serviceId, { level: 'VERY_DISSATISFIED', reasons: ['LONG_WAIT'], contactPhone: '13800001234' });
  setBeijingTime(api, '2026-11-18 10:00');
  await rate(api, await residentToken(api, 'r2'), serviceId, { level: 'DISSATISFIED', reasons: ['LONG_WAIT'], contactPhone: '13800001235' });

  // An open day of the 区民政局 this Friday with two sign-ups out of three seats.
  const friday = new Date('2026-11-20T09:30:00+08:00');
  const eventId = await openEventFor(api, minzheng, eventInput(api.app.now(), { startsAt: friday.toISOString(), endsAt: at(friday, 3 * 3600_000), signUpClosesAt: at(friday, -DAY) }));
  for (const n of [1, 2]) await register(api, await residentToken(api, `p${n}`), eventId, person(n));
});
afterAll(() => api.close());

it('counts the department’s own work, each figure with the page that lists it', async () => {
  const { data, errors } = await api.run<{ workbench: Bench }>(WORKBENCH, {}, { token: minzheng });
  expect(errors).toBeUndefined();
  expect(data?.workbench).toMatchObject({ department: '区民政局', departments: ['区民政局'], today: '2026-11-18' });
  expect(figure(data?.workbench, 'ratingCases')).toEqual({ key: 'ratingCases', label: '差评待办理', count: 2, unit: '件', overdue: 1, detail: '先办已超期的', path: '/pages/rating/staff/index?show=overdue' });
  expect(figure(data?.workbench, 'openDaysThisWeek')).toMatchObject({ count: 1, unit: '场', detail: '已报名 2 人，共 3 个名额' });
  // Proposals are the district office's to answer: not on a department's desk.
  expect(figure(data?.workbench, 'proposalsToAnswer')).toBeUndefined();
});

it('shows another department nothing of the 区民政局’s work, and refuses an editor who asks for it', async () => {
  const own = await api.run<{ workbench: Bench }>(WORKBENCH, {}, { token: jiaoyu });
  expect(figure(own.data?.workbench, 'ratingCases')).toMatchObject({ count: 0, overdue: 0, path: '/pages/rating/staff/index' });
  expect(figure(own.data?.workbench, 'openDaysThisWeek')).toMatchObject({ count: 0, detail: null });
  const other = await api.run(WORKBENCH, { department: '区民政局' }, { token: jiaoyu });
  expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('gives a district admin the whole district, the departments to pick from, and one department when picked', async () => {
  const all = await api.run<{ workbench: Bench }>(WORKBENCH, {}, { token: admin });
  expect(all.data?.workbench.department).toBeNull();
  expect(all.data?.workbench.departments).toEqual(['区政府办公室', '区教育局', '区民政局']);
  expect(figure(all.data?.workbench, 'ratingCases')).toMatchObject({ count: 2, overdue: 1 });
  // The district office answers them on their own page, not the projects list.
  expect(figure(all.data?.workbench, 'proposalsToAnswer')).toMatchObject({ count: 0, unit: '条', detail: '征集2027年民生实事的建议', path: '/pages/projects/proposals/index' });
  const picked = await api.run<{ workbench: Bench }>(WORKBENCH, { department: '区教育局' }, { token: admin });
  expect(picked.data?.workbench.department).toBe('区教育局');
  expect(figure(picked.data?.workbench, 'ratingCases')).toMatchObject({ count: 0 });
});

it('counts the department’s policies still without their interpretation, late ones past 3 working days', async () => {
  const publish = async (title: string, documentNumber: string, disclosure = 'PROACTIVE', token = minzheng) =>
    (await api.run<{ publishPolicy: { id: string } }>(`mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }`, { input: { title, documentNumber, disclosure, body: '各街道：\n一、内容\n按月发放。' } }, { token })).data!.publishPolicy.id;
  setBeijingTime(api, '2026-11-12 10:00'); // Thursday: due Tuesday 17th
  const late = await publish('区民政局关于高龄津贴发放的通知', '示民发〔2026〕41号');
  setBeijingTime(api, '2026-11-18 10:00');
  await publish('区民政局关于冬季救助的通知', '示民发〔2026〕42号');
  const bench = async (token: string, department?: string) => (await api.run<{ workbench: Bench }>(WORKBENCH, { department }, { token })).data!.workbench;
  expect(figure(await bench(minzheng), 'interpretationsDue')).toEqual({
    key: 'interpretationsDue',
    label: '政策解读待发布',
    count: 2,
    unit: '份',
    overdue: 1,
    detail: '发布后 3 个工作日内要发布解读',
    path: '/pages/workbench/policies/index',
  });
  expect(figure(await bench(jiaoyu), 'interpretationsDue')).toMatchObject({ count: 0, overdue: 0 });
  expect(figure(await bench(admin, '区民政局'), 'interpretationsDue')).toMatchObject({ count: 2, overdue: 1 });
  await api.run(`mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id } }`, { id: late, input: { kind: 'TEXT', title: '一图读懂', body: '每月发放。' } }, { token: minzheng });
  expect(figure(await bench(minzheng), 'interpretationsDue')).toMatchObject({ count: 1, overdue: 0 });

  // 全区 is the departments' figures added up, 依申请公开 policies too (not only those the public list shows).
  await publish('区民政局关于内部工作规程的通知', '示民发〔2026〕43号', 'ON_REQUEST');
  await publish('区教育局关于校车管理的通知', '示教发〔2026〕7号', 'PROACTIVE', jiaoyu);
  expect(figure(await bench(minzheng), 'interpretationsDue')).toMatchObject({ count: 2 });
  expect(figure(await bench(jiaoyu), 'interpretationsDue')).toMatchObject({ count: 1 });
  expect(figure(await bench(admin), 'interpretationsDue')).toMatchObject({ label: '政策解读待发布', count: 3, overdue: 0 });
});

it('gives the department picker the departments alone, those with staff and those publishing, reading none of the figures', async () => {
  const DEPARTMENTS = `{ departments }`;
  const before = api.app.dynamo.requestCount();
  expect((await api.run(DEPARTMENTS, {}, { token: admin })).data).toEqual({ departments: ['区政府办公室', '区教育局', '区民政局'] });
  // One read each of the staff list, the publishing departments and the session: the 工作台's figures take many more.
  expect(api.app.dynamo.requestCount() - before).toBeLessThanOrEqual(3);
  // A department publishing before it has an account of its own (a 民生实事 co-operating unit) can be picked for its first one.
  await api.app.stores.subscriptions.recordPublishers(['区医疗保障局']);
  expect((await api.run(DEPARTMENTS, {}, { token: admin })).data).toEqual({ departments: ['区政府办公室', '区教育局', '区民政局', '区医疗保障局'] });
  expect((await api.run(DEPARTMENTS, {}, { token: minzheng })).data).toEqual({ departments: ['区民政局'] });
  expect((await api.run(DEPARTMENTS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await api.run(DEPARTMENTS, {}, { token: await residentToken(api, 'r1') })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('is for staff only', async () => {
  const anonymous = await api.run(WORKBENCH, {});
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const resident = await api.run(WORKBENCH, {}, { token: await residentToken(api, 'r1') });
  expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('counts a week from Monday to Sunday, Beijing time', () => {
  expect(beijingWeek('2026-11-18')).toEqual({ from: new Date('2026-11-16T00:00:00+08:00'), to: new Date('2026-11-23T00:00:00+08:00') });
  expect(beijingWeek('2026-11-22').from).toEqual(new Date('2026-11-16T00:00:00+08:00'));
  expect(beijingWeek('2026-11-23').from).toEqual(new Date('2026-11-23T00:00:00+08:00'));
});
