import { createTestApi, createTestStaff, residentToken, setBeijingTime, type TestApi } from '../../../test/support/test-app';
import { act, BAD, createService, rated } from '../../../test/ratings-support';

// Staff pages name the people in a history as their accounts do (姓名或称呼), not by the username
// they sign in with; what residents see names no one.

let api: TestApi;
let clerk: string;
let admin: string;

beforeAll(async () => {
  api = await createTestApi();
  clerk = await createTestStaff(api, 'minzheng.li', 'DEPARTMENT_EDITOR', '区民政局', '李明');
  admin = await createTestStaff(api, 'admin.wu', 'DISTRICT_ADMIN', '区政府办公室', '吴芳');
  setBeijingTime(api, '2026-03-04 10:00');
});
afterAll(() => api.close());

it('a bad rating’s history, its appeal and its decision name the staff members by their display names; the resident sees no names', async () => {
  const serviceId = await createService(api, clerk, { name: '高龄津贴申领', channel: 'WINDOW', windows: ['1'] });
  const resident = await residentToken(api, 'names-resident');
  const { case: opened } = await rated(api, resident, serviceId, BAD);
  await act(api, clerk, 'callback', { id: opened!.id, note: '电话联系了评价人' });
  await act(api, clerk, 'appeal', { id: opened!.id, reason: '评价人当天没有来办事。' });
  await act(api, admin, 'decide', { id: opened!.id, upheld: false, note: null });

  const NAMES = `query($id: ID!) { ratingCase(id: $id) { steps { kind by byName } appeal { appealedBy appealedByName decision { decidedBy decidedByName } } } }`;
  const seen = await api.run<{ ratingCase: { steps: Array<{ kind: string; by: string | null; byName: string | null }>; appeal: Record<string, unknown> } }>(NAMES, { id: opened!.id }, { token: clerk });
  expect(seen.data!.ratingCase.steps.map(({ kind, byName }) => [kind, byName])).toEqual([
    ['OPENED', null],
    ['CALLED_BACK', '李明'],
    ['APPEALED', '李明'],
    ['APPEAL_REJECTED', '吴芳'],
  ]);
  expect(seen.data!.ratingCase.appeal).toEqual({ appealedBy: 'minzheng.li', appealedByName: '李明', decision: { decidedBy: 'admin.wu', decidedByName: '吴芳' } });

  const own = await api.run<{ myRatings: { edges: Array<{ node: { case: { steps: Array<{ by: string | null; byName: string | null }> } } }> } }>(
    `{ myRatings { edges { node { case { steps { by byName } } } } } }`,
    {},
    { token: resident },
  );
  expect(own.data!.myRatings.edges[0]!.node.case.steps.every((s) => s.by === null && s.byName === null)).toBe(true);
});

it('the sensitive-word list says who saved it by name', async () => {
  const saved = await api.run<{ setSensitiveWords: { updatedBy: string; updatedByName: string } }>(`mutation { setSensitiveWords(words: ["内部资料"]) { updatedBy updatedByName } }`, {}, { token: admin });
  expect(saved.data!.setSensitiveWords).toEqual({ updatedBy: 'admin.wu', updatedByName: '吴芳' });
});
