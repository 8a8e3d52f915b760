import { loadDemoProjects } from '../api/src/demo/demo-projects';
import { createTestApi, residentToken, type TestApi } from './support/test-app';
import { today } from './projects-support';

// The demo list that `npm start` loads: ten projects across departments, in every state a resident may meet.

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

type Card = { title: string; leadDepartment: string; status: string; progress: number; demo: boolean; budget: { planned: number; spent: number }; milestones: Array<{ needsExplanation: boolean; delayReason: string | null }>; children: Array<{ title: string; status: string }>; updates: { edges: unknown[] } };

it('loads ten projects into an empty store through the store, once, marked as demo content', async () => {
  expect(await loadDemoProjects(api.app)).toBe(10);
  expect(await loadDemoProjects(api.app)).toBe(0);
  today(api, '2026-11-23');
  const lists = await api.run<{ projectLists: Array<{ name: string; progress: number; projects: Card[] }> }>(
    `{ projectLists(year: 2026) { name progress projects { title leadDepartment status progress demo budget { planned spent } milestones { needsExplanation delayReason } children { title status } updates(first: 100) { edges { cursor } } } } }`,
  );
  expect(lists.errors).toBeUndefined();
  const [list] = lists.data!.projectLists;
  expect(list!.name).toBe('2026年区十大民生实事（示例）');
  expect(list!.projects).toHaveLength(10);
  expect(new Set(list!.projects.map((p) => p.leadDepartment)).size).toBeGreaterThanOrEqual(7);
  expect(list!.projects.every((p) => p.demo && p.updates.edges.length >= 2 && p.budget.spent <= p.budget.planned)).toBe(true);

  const byTitle = Object.fromEntries(list!.projects.map((p) => [p.title, p]));
  expect(byTitle['老旧小区改造']).toMatchObject({ status: 'DELAYED', budget: { planned: 120_000_000 } });
  expect(byTitle['老旧小区改造']!.children.map((c) => c.status)).toEqual(['IN_PROGRESS', 'DELAYED', 'COMPLETED']);
  expect(byTitle['社区老年食堂（老年助餐点）建设']).toMatchObject({ status: 'COMPLETED', progress: 100 });
  expect(byTitle['中小学校扩容']!.milestones.some((m) => m.delayReason !== null)).toBe(true);
  // 农贸市场: its last milestone (11-20) is late and the department has not said why yet.
  expect(byTitle['农贸市场标准化改造']).toMatchObject({ status: 'DELAYED' });
  expect(byTitle['农贸市场标准化改造']!.milestones.some((m) => m.needsExplanation)).toBe(true);
  const statuses = new Set(list!.projects.map((p) => p.status));
  expect([...statuses].sort()).toEqual(['COMPLETED', 'DELAYED', 'IN_PROGRESS']);
  expect(list!.progress).toBeGreaterThan(0);
  expect(list!.progress).toBeLessThan(100);
});

it('lets a resident follow, under 订阅设置, every department the demo list names, and tells nobody of the demo projects', async () => {
  const lists = await api.run<{ projectLists: Array<{ projects: Array<{ leadDepartment: string; cooperatingDepartments: string[]; children: Array<{ leadDepartment: string }> }> }> }>(
    `{ projectLists(year: 2026) { projects { leadDepartment cooperatingDepartments children { leadDepartment } } } }`,
  );
  const named = new Set(lists.data!.projectLists.flatMap((list) => list.projects.flatMap((p) => [p.leadDepartment, ...p.cooperatingDepartments, ...p.children.map((c) => c.leadDepartment)])));
  expect(named.size).toBeGreaterThanOrEqual(10);
  const token = await residentToken(api, 'demo-follower');
  const options = await api.run<{ subscriptionOptions: { departments: string[] } }>(`{ subscriptionOptions { departments } }`, {}, { token });
  expect(options.data!.subscriptionOptions.departments).toEqual(expect.arrayContaining([...named]));
  expect(await api.app.stores.subscriptions.toDeliver(100)).toEqual([]);
});
