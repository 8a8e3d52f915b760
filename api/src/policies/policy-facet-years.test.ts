import { createTestApi, savePolicy, type TestApi } from '../../../test/support/test-app';

// Issue 11, finding 10: a policy dated 9999-12-31 (a typing mistake) does not appear as a year to browse.

let api: TestApi;
beforeAll(async () => (api = await createTestApi()));
afterAll(() => api.close());

const policy = (title: string, date: string) => ({
  title,
  documentNumber: null,
  indexNumber: null,
  issuer: '示范区民政局',
  writtenDate: date,
  publishedDate: date,
  validity: 'VALID' as const,
  repealedDate: null,
  disclosure: 'PROACTIVE' as const,
  topics: ['养老服务'],
  targetGroups: ['老年人'],
  body: `${title}\n一、总体要求\n做好相关工作。`,
  sections: [{ level: 1, heading: '一、总体要求', text: '做好相关工作。' }],
  tables: [],
});

it('offers the years policies were published in, not a 9999 typed by mistake', async () => {
  await savePolicy(api.app, policy('关于高龄津贴的通知', '2022-03-02'));
  await savePolicy(api.app, policy('日期写错的通知', '9999-12-31'));
  const result = await api.run<{ policyFacets: { years: Array<{ value: string; count: number }> } }>(`{ policyFacets { years { value count } } }`);
  expect(result.data!.policyFacets.years).toEqual([{ value: '2022', count: 1 }]);
});
