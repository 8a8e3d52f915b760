import { itemsOf } from '../api/src/core/items';
import { moveProgressItem } from '../api/src/core/settling-move';
import { ORDINARY_WRITES, transact } from '../api/src/core/transactions';
import { moveRatingFigures } from '../api/src/ratings/rating-figures-move';
import { departmentCountersItem, departmentMonthCountersItem, serviceCountersItem, serviceMonthCountersItem } from '../api/src/ratings/rating-items';
import { runScheduledTasks } from '../api/src/scheduled-tasks';
import { createTestApi, createTestStaff, residentToken, setBeijingTime, type TestApi } from './support/test-app';
import { act, BAD, createService, rated } from './ratings-support';

// Decision 024: the public figures of a period are one Query, from counters kept under new keys. The
// counters stored before (a partition per month) are moved by a scheduled task: the figures are the
// same after the move as before it, a rating arriving meanwhile is counted once, and running the task
// again changes nothing.

let api: TestApi;
let civil: string;
let finance: string;
let allowance: string;
let subsidy: string;
let hotline: string;
let residents = 0;

const COUNTS = 'ratings verySatisfied satisfied basicallySatisfied dissatisfied veryDissatisfied badRatings answered answeredOnTime resolved excluded satisfactionRate onTimeRate resolvedRate';
const FIGURES = `query($period: PeriodInput!, $department: String, $serviceId: ID) {
  ratingFigures(period: $period, department: $department, serviceId: $serviceId) {
    from to months total { ${COUNTS} }
    byDepartment { department counts { ${COUNTS} } }
    byService { service { id name } counts { ${COUNTS} } }
  }
}`;
const PERIOD = { from: '2025-01-01', to: '2025-03-31' };

/** The figures screens read: the district's, each department's, one service's. */
async function figures() {
  const read = async (scope: Record<string, string>) => {
    const result = await api.run<{ ratingFigures: Record<string, unknown> }>(FIGURES, { period: PERIOD, ...scope });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.ratingFigures;
  };
  return { district: await read({}), civil: await read({ department: '区民政局' }), finance: await read({ department: '区财政局' }), service: await read({ serviceId: allowance }) };
}

const give = async (when: string, serviceId: string, input: Record<string, unknown>) => {
  setBeijingTime(api, when);
  return rated(api, await residentToken(api, `move-resident-${(residents += 1)}`), serviceId, input);
};

/** Puts every counter back where the release before kept it: a partition per month. */
async function keepAsBefore(): Promise<number> {
  const items = itemsOf(api.app.dynamo, {
    departments: departmentCountersItem,
    services: serviceCountersItem,
    oldDepartments: departmentMonthCountersItem,
    oldServices: serviceMonthCountersItem,
  });
  let kept = 0;
  for (const counters of await items.departments.query({ where: {} })) {
    const key = { month: counters.month, department: counters.department };
    await transact(api.app.dynamo, [items.oldDepartments.put(counters), items.departments.remove(key)], ORDINARY_WRITES);
    for (const service of await items.services.query({ where: { department: counters.department, month: counters.month } })) {
      const serviceKey = { ...key, serviceId: service.serviceId };
      await transact(api.app.dynamo, [items.oldServices.put(service), items.services.remove(serviceKey)], ORDINARY_WRITES);
      kept += 1;
    }
    kept += 1;
  }
  return kept;
}

beforeAll(async () => {
  api = await createTestApi();
  civil = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  finance = await createTestStaff(api, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局');
  allowance = await createService(api, civil, { name: '高龄津贴申领', channel: 'WINDOW', windows: ['1'] });
  subsidy = await createService(api, civil, { name: '低保申请', channel: 'ONLINE' });
  hotline = await createService(api, finance, { name: '惠民补贴咨询', channel: 'HOTLINE' });

  await give('2025-01-06 09:00', allowance, { level: 'VERY_SATISFIED' });
  await give('2025-01-20 10:00', subsidy, { level: 'SATISFIED' });
  await give('2025-02-03 09:00', hotline, { level: 'BASICALLY_SATISFIED' });
  // A bad rating whose case is answered and closed with the resident satisfied: the case's steps count too.
  const bad = await give('2025-02-10 09:00', allowance, BAD);
  setBeijingTime(api, '2025-02-10 15:00');
  await act(api, civil, 'callback', { id: bad.case!.id, note: '已电话联系' });
  await act(api, civil, 'reply', { id: bad.case!.id, reply: '已增开窗口。', outcome: 'RECTIFIED' });
  await act(api, await residentToken(api, `move-resident-${residents}`), 'followUp', { id: bad.case!.id, input: { level: 'SATISFIED' } });
  await act(api, civil, 'close', { id: bad.case!.id });
  await give('2025-03-03 09:00', hotline, { level: 'VERY_DISSATISFIED', reasons: ['LONG_WAIT'] });
});
afterAll(() => api.close());

it('moves the counters kept a partition per month into the new keys, with the figures as they were, and changes nothing when run again', async () => {
  const before = await figures();
  expect(before.district).toMatchObject({ total: { ratings: 5, badRatings: 2, answeredOnTime: 1, resolved: 1 } });
  const kept = await keepAsBefore();
  // 4 departments' months (区民政局 January and February, 区财政局 February and March) and 5 services' months.
  expect(kept).toBe(9);
  // Kept as before, the counters are not where the figures are read from.
  expect((await figures()).district).toMatchObject({ total: { ratings: 0 }, byDepartment: [] });

  setBeijingTime(api, '2025-12-04 21:00');
  expect(await moveRatingFigures(api.app)).toBe(kept);
  expect(await figures()).toEqual(before);

  // Again, even after a long time: nothing is left to move, nothing moves, the figures stay.
  expect(await moveRatingFigures(api.app)).toBe(0);
  setBeijingTime(api, '2025-12-04 21:20');
  expect((await runScheduledTasks(api.app, ['ratingFiguresMove'])).ratingFiguresMove).toBe(0);
  expect(await figures()).toEqual(before);
  const progress = await itemsOf(api.app.dynamo, { progress: moveProgressItem }).progress.get({ task: 'RATING_FIGURES' }, true);
  expect(progress).toMatchObject({ moved: kept, done: true });
  // Done: a run reads its progress and nothing else.
  const requests = api.app.dynamo.requestCount();
  expect(await moveRatingFigures(api.app)).toBe(0);
  expect(api.app.dynamo.requestCount() - requests).toBe(1);
});

it('counts a rating made while the counters are still kept as before once, with them', async () => {
  const before = await figures();
  await keepAsBefore();
  // After rolling back past the move and deploying it again, its progress is deleted (docs/deploy.md).
  await transact(api.app.dynamo, [itemsOf(api.app.dynamo, { progress: moveProgressItem }).progress.remove({ task: 'RATING_FIGURES' })], ORDINARY_WRITES);
  await give('2025-02-20 09:00', allowance, { level: 'VERY_SATISFIED' });

  setBeijingTime(api, '2025-12-04 22:00');
  expect(await moveRatingFigures(api.app)).toBe(9);
  const after = await figures();
  const more = (counts: Record<string, unknown>) => ({ ...counts, ratings: Number(counts.ratings) + 1, verySatisfied: Number(counts.verySatisfied) + 1 });
  const total = (f: Record<string, unknown>) => f.total as Record<string, unknown>;
  // 2 of the service's 3 ratings satisfied; 4 of the district's 6.
  expect(after.service).toMatchObject({ total: { ...more(total(before.service)), satisfactionRate: 0.6667 } });
  expect(after.district).toMatchObject({ total: { ...more(total(before.district)), satisfactionRate: 0.6667 } });
  // The other department is as it was.
  expect(after.finance).toEqual(before.finance);
});
