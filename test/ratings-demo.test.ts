import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { loadDemoRatings } from '../api/src/demo/demo-ratings';
import { createTestApi, createTestStaff, setBeijingTime, type TestApi } from './support/test-app';

// The 好差评 demo: services of several departments on every channel, months of ratings, cases in every
// state, all marked demo, and figures that add up to what is stored.

let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await createTestApi();
  setBeijingTime(api, '2026-11-23 15:00');
  admin = await createTestStaff(api, 'district', 'DISTRICT_ADMIN', '区政府办公室');
  expect(await loadDemoRatings(api.app)).toBe(6);
});
afterAll(() => api.close());

it('loads only into a store without services', async () => {
  expect(await loadDemoRatings(api.app)).toBe(0);
});

it('has services of several departments on every channel, all marked demo', async () => {
  const result = await api.run<{ services: { edges: Array<{ node: { department: string; channel: string; demo: boolean } }> } }>(
    `{ services(first: 100) { edges { node { department channel demo } } } }`,
  );
  const services = result.data!.services.edges.map((e) => e.node);
  expect(new Set(services.map((s) => s.channel))).toEqual(new Set(['WINDOW', 'ONLINE', 'HOTLINE']));
  expect(new Set(services.map((s) => s.department)).size).toBeGreaterThanOrEqual(4);
  expect(services.every((s) => s.demo)).toBe(true);
});

it('has cases in every state, some overdue, some appealed', async () => {
  const statuses = new Set<string>();
  let overdue = 0;
  let appealed = 0;
  let excluded = 0;
  for (const status of ['OPEN', 'CALLED_BACK', 'RECTIFIED', 'EXPLAINED', 'CLOSED']) {
    const result = await api.run<{ ratingCases: { edges: Array<{ node: { status: string; isOverdue: boolean; excluded: boolean; appeal: unknown } }> } }>(
      `query($status: RatingCaseStatus) { ratingCases(filter: { status: $status }, first: 100) { edges { node { status isOverdue excluded appeal { reason } } } } }`,
      { status },
      { token: admin },
    );
    for (const { node } of result.data!.ratingCases.edges) {
      statuses.add(node.status);
      overdue += node.isOverdue ? 1 : 0;
      appealed += node.appeal ? 1 : 0;
      excluded += node.excluded ? 1 : 0;
    }
  }
  expect([...statuses].sort()).toEqual(['CALLED_BACK', 'CLOSED', 'EXPLAINED', 'OPEN', 'RECTIFIED']);
  expect(overdue).toBeGreaterThan(0);
  expect(appealed).toBeGreaterThan(excluded);
  expect(excluded).toBeGreaterThan(0);
});

it('shows figures that add up to the ratings stored', async () => {
  const figures = await api.run<{ ratingFigures: { total: { ratings: number; badRatings: number; excluded: number; satisfactionRate: number; onTimeRate: number } } }>(
    `{ ratingFigures(period: { from: "2026-08-01", to: "2026-11-30" }) { total { ratings badRatings excluded satisfactionRate onTimeRate } } }`,
  );
  const total = figures.data!.ratingFigures.total;
  // A Scan is fine here: this test audits the whole table, no product screen does.
  const items = (await api.app.dynamo.doc.send(new ScanCommand({ TableName: api.app.dynamo.tableName }))).Items ?? [];
  const ratings = items.filter((item) => item.sk === 'RATING');
  const cases = items.filter((item) => item.sk === 'CASE');
  const excluded = cases.filter((c) => c.excluded).length;
  expect(ratings.every((r) => r.demo === true)).toBe(true);
  expect(total.ratings).toBe(ratings.length - excluded);
  expect(total.badRatings).toBe(cases.length - excluded);
  expect(total.excluded).toBe(excluded);
  expect(total.satisfactionRate).toBeGreaterThan(0.5);
  expect(total.satisfactionRate).toBeLessThan(1);
  expect(total.onTimeRate).toBeGreaterThan(0);
  expect(total.onTimeRate).toBeLessThan(1);
});
