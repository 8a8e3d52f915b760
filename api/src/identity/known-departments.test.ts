import { createTestApi, createTestStaff, type TestApi } from '../../../test/support/test-app';
import { departmentMeant } from './known-departments';

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

describe('the department meant by a name as written', () => {
  const district = ['区政府办公室', '区民政局', '区住房和城乡建设局', '区人力资源和社会保障局', '区市场监督管理局', '区城市管理局', '区城市管理综合行政执法局', '区财政局'];

  it('takes the full name, a part of it, and the short names people use, with or without 区', () => {
    expect(departmentMeant(' 区 民政局', district)).toBe('区民政局');
    expect(departmentMeant('民政局', district)).toBe('区民政局');
    expect(departmentMeant('住建局', district)).toBe('区住房和城乡建设局');
    expect(departmentMeant('区住建局', district)).toBe('区住房和城乡建设局');
    expect(departmentMeant('人社局', district)).toBe('区人力资源和社会保障局');
    expect(departmentMeant('市场监管局', district)).toBe('区市场监督管理局');
    expect(departmentMeant('市监局', district)).toBe('区市场监督管理局');
  });

  it('knows a short name only for a department the district has, under whatever its place is called', () => {
    expect(departmentMeant('卫健委', district)).toBeNull();
    expect(departmentMeant('卫健委', ['婺城区政府办公室', '婺城区卫生健康局'])).toBe('婺城区卫生健康局');
  });

  it('refuses a name two departments answer to, and one no department works under', () => {
    expect(departmentMeant('城管局', district)).toBeNull();
    expect(departmentMeant('城管局', ['区政府办公室', '区城市管理局'])).toBe('区城市管理局');
    expect(departmentMeant('局', district)).toBeNull();
    expect(departmentMeant('城建局', district)).toBeNull();
  });
});
