import type { PolicyDraft } from '@govopen/shared';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { runScheduledTasks } from '../scheduled-tasks';
import { createTestApi, createTestStaff, savePolicy, type TestApi } from '../../../test/support/test-app';
import { backfillDepartmentLists } from './department-list-backfill';
import { policyIdFor } from './policy-id';
import { policyListEntryItem } from './policy-items';

// 本部门的政策 for policies published before department lists existed: the one-off backfill gives
// them their entries, in pages it can resume from, and running it again changes nothing.

const LIST = `query($filter: PolicyFilter) { policies(filter: $filter, first: 50) { edges { node { title } } } }`;
const FACETS = `{ policyFacets { issuers { value count } years { value count } topics { value count } targetGroups { value count } } }`;
const ALL = ['VALID', 'AMENDED', 'REPEALED'];

let api: TestApi;
let minzheng: string;
beforeAll(async () => {
  api = await createTestApi();
  minzheng = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
});
afterAll(() => api.close());

const draft = (title: string, overrides: Partial<PolicyDraft> = {}): PolicyDraft => ({
  title,
  documentNumber: null,
  indexNumber: null,
  issuer: '区民政局',
  writtenDate: '2023-05-06',
  publishedDate: '2023-05-08',
  validity: 'VALID',
  repealedDate: null,
  disclosure: 'PROACTIVE',
  topics: ['养老服务'],
  targetGroups: ['老年人'],
  body: `${title}\n一、总体要求\n做好相关工作。`,
  sections: [{ level: 1, heading: '一、总体要求', text: '做好相关工作。' }],
  tables: [],
  ...overrides,
});

/**
 * Saves the policy, then takes away its department entries: what is left is what saving wrote before
 * department lists existed (the public entries of a proactive policy, none at all for another).
 */
async function saveOldShaped(policy: PolicyDraft) {
  await savePolicy(api.app, policy, '区民政局');
  const { entries } = itemsOf(api.app.dynamo, { entries: policyListEntryItem });
  const id = policyIdFor(policy);
  for (const bucket of ['ANY', policy.validity === 'REPEALED' ? 'REPEALED' : 'CURRENT']) {
    await writeOne(api.app.dynamo, entries.remove({ id, bucket, facet: 'DEPT#区民政局' }), ORDINARY_WRITES);
  }
}

const ownTitles = async (filter: Record<string, unknown> = {}) => {
  const result = await api.run<{ policies: { edges: Array<{ node: { title: string } }> } }>(LIST, { filter: { department: '区民政局', validity: ALL, ...filter } }, { token: minzheng });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.policies.edges.map(({ node }) => node.title).sort();
};

it('lists older policies in their department’s own list, resuming page by page, and changes nothing when run again', async () => {
  await saveOldShaped(draft('区民政局关于高龄津贴发放的通知'));
  await saveOldShaped(draft('区民政局关于内部审批流程的通知', { disclosure: 'ON_REQUEST' }));
  await saveOldShaped(draft('区民政局关于原救助办法的通知', { validity: 'REPEALED', repealedDate: '2024-01-01' }));
  await savePolicy(api.app, draft('区民政局关于新版救助办法的通知', { publishedDate: '2024-01-02' }), '区民政局');
  expect(await ownTitles()).toEqual(['区民政局关于新版救助办法的通知']);
  const facetsBefore = (await api.run(FACETS)).data;

  // Two items a page, one page a run: like a run cut off, each next run goes on where the last stopped.
  let filled = 0;
  let runs = 0;
  let found: string[] = [];
  do {
    filled += await backfillDepartmentLists(api.app, { pageSize: 2, pages: 1 });
    runs += 1;
    const now = await ownTitles();
    expect(now).toEqual(expect.arrayContaining(found));
    found = now;
  } while (found.length < 4 && runs < 100);
  expect(runs).toBeGreaterThan(1);
  expect(filled).toBe(3);
  expect(found).toEqual(['区民政局关于内部审批流程的通知', '区民政局关于原救助办法的通知', '区民政局关于新版救助办法的通知', '区民政局关于高龄津贴发放的通知'].sort());
  // Each in its bucket, and found by text search in the department's list.
  expect(await ownTitles({ validity: ['REPEALED'] })).toEqual(['区民政局关于原救助办法的通知']);
  expect(await ownTitles({ text: '内部审批' })).toEqual(['区民政局关于内部审批流程的通知']);
  // The public figures are as they were: a department's own list is counted nowhere.
  expect((await api.run(FACETS)).data).toEqual(facetsBefore);

  // Finished: the hourly tasks do nothing more for it, and the lists stay as they are.
  while ((await backfillDepartmentLists(api.app, { pageSize: 2, pages: 5 })) > 0);
  expect((await runScheduledTasks(api.app)).departmentListBackfill).toBe(0);
  expect(await ownTitles()).toEqual(found);
});
