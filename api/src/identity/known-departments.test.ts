import { createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';

// The departments a resident chooses from when asking (咨询留言) or applying (依申请公开): every
// department with staff or publishing, the district office first, read without signing in.

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室');
  await api.app.stores.subscriptions.recordPublishers(['区住房和城乡建设局', '区民政局']);
});
afterAll(() => api.close());

it('anyone reads the known departments, the district office first, each once', async () => {
  const read = await api.run<{ knownDepartments: string[] }>(`{ knownDepartments }`);
  expect(read.errors).toBeUndefined();
  expect(read.data!.knownDepartments).toEqual(['区政府办公室', '区民政局', '区住房和城乡建设局']);
});
