import { createApp } from '../app';
import { itemsOf } from '../core/items';
import { passProgressItem } from '../core/resumable-pass';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { runScheduledTasks } from '../scheduled-tasks';
import { eventInput, openEventFor } from '../events/event-test-support';
import { createProject, renovation } from '../../../test/projects-support';
import { createTestApi, residentToken, signInStaff, type TestApi } from '../../../test/support/test-app';
import { fillPublishers } from './publishers-fill';
import { publishingDepartmentItem } from './subscription-items';

// 订阅设置 on a table older than its list of publishing departments: the one-off pass lists the
// departments of what was published before, in pages it resumes from, and then only reads its progress.

const OPTIONS = `{ subscriptionOptions { departments } }`;

let api: TestApi;
let resident: string;
beforeAll(async () => {
  api = await createTestApi();
  resident = await residentToken(api, 'fill-reader');
});
afterAll(() => api.close());

const offered = async () => (await api.run<{ subscriptionOptions: { departments: string[] } }>(OPTIONS, {}, { token: resident })).data!.subscriptionOptions.departments;

it('offers, once the pass ran, the departments of an open day and a project published before the list was kept', async () => {
  const staff = await signInStaff(api);
  await openEventFor(api, staff.civilAffairs, eventInput(api.app.now(), { title: '走进民政局：养老服务开放日' }));
  await createProject(api, staff.admin, renovation({ leadDepartment: '区卫生健康局', cooperatingDepartments: ['区医疗保障局'] }));
  // As a table from before: the list is empty.
  const { publishers } = itemsOf(api.app.dynamo, { publishers: publishingDepartmentItem });
  for (const { department } of await publishers.query({ where: {} })) await writeOne(api.app.dynamo, publishers.remove({ department }), ORDINARY_WRITES);
  expect(await offered()).toEqual(['区政府办公室']);

  // A new process (its own note of what it listed), reading a page of 5 items at a time, 3 pages a run.
  const process = createApp(api.app.config, api.app.dynamo);
  let runs = 0;
  while (!(await itemsOf(api.app.dynamo, { progress: passProgressItem }).progress.get({ task: 'PUBLISHING_DEPARTMENTS' }, true))?.finished) {
    await fillPublishers(process, { pageSize: 5, pages: 3 });
    runs += 1;
  }
  expect(runs).toBeGreaterThan(1);
  expect(await offered()).toEqual(expect.arrayContaining(['区政府办公室', '区民政局', '区卫生健康局', '区医疗保障局']));
  // Done: the scheduled run reads its progress and finds nothing to do.
  expect((await runScheduledTasks(api.app, ['publishersFill'])).publishersFill).toBe(0);
});
