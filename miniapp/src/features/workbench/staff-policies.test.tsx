import { fireEvent, render, screen, within } from '@testing-library/react';
import { EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo } from '../../../test-support/taro';
import StaffPoliciesPage from '../../pages/workbench/policies/index';
import { phrased } from '../../../test-support/text';

// 本部门的政策: the department's own list (by the department that owns each policy, not by the name
// it was issued under), with what is still to do on each.

/** The signed-in editor and one page of the department's policies. */
const answerPolicies = (nodes: Array<{ id: string }>) =>
  answerByOperation({
    StaffMe: { data: { staffMe: EDITOR } },
    StaffPolicies: { data: { policies: { edges: nodes.map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: false, endCursor: null } } } },
  });

it('lists what the department owns, under another allowed issuer name too, with the interpretation still owed', async () => {
  signInAs(EDITOR);
  const policy = (id: string, title: string, issuer: string) => ({
    id,
    title,
    documentNumber: null,
    issuer,
    publishedDate: '2026-09-28',
    writtenDate: null,
    validity: 'VALID',
    repealedDate: null,
    interpretationDue: { date: '2026-10-08', provisional: false, overdue: true },
    interpretations: [],
  });
  answerPolicies([policy('p-1', '区民政局关于调整高龄津贴标准的通知', '区民政局'), policy('p-2', '老龄委关于开展敬老爱老志愿服务的通知', '区老龄工作委员会办公室')]);
  render(<StaffPoliciesPage />);
  expect(await screen.findByRole('group', { name: '老龄委关于开展敬老爱老志愿服务的通知' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '区民政局的政策文件' })).toBeTruthy();
  expect(screen.getAllByText(phrased('⚠ 已超期：解读最迟应在2026年10月8日 星期四发布（政策发布后3个工作日内）'))).toHaveLength(2);
  expect(sentRequests().find((r) => r.operation === 'StaffPolicies')?.variables.filter).toEqual({ department: '区民政局', validity: ['VALID', 'AMENDED', 'REPEALED'] });
});

it('dates each policy as what its date is: 成文日期 when it was never given a 发布日期, and no empty 发布日期： when it has neither', async () => {
  signInAs(EDITOR);
  const policy = (id: string, title: string, dates: { publishedDate: string | null; writtenDate: string | null }) => ({
    id,
    title,
    documentNumber: null,
    issuer: '区民政局',
    ...dates,
    validity: 'VALID',
    repealedDate: null,
    interpretationDue: null,
    interpretations: [],
  });
  answerPolicies([
    policy('p-1', '已发布的通知', { publishedDate: '2026-09-28', writtenDate: '2026-09-25' }),
    policy('p-2', '只有成文日期的通知', { publishedDate: null, writtenDate: '2022-03-01' }),
    policy('p-3', '没有日期的工作要点', { publishedDate: null, writtenDate: null }),
  ]);
  render(<StaffPoliciesPage />);
  const meta = async (title: string) => (await screen.findByRole('group', { name: title })).querySelector('.gov-card__meta')!.textContent;
  expect(await meta('已发布的通知')).toBe('发布日期：2026年9月28日 · 现行有效');
  expect(await meta('只有成文日期的通知')).toBe('成文日期：2022年3月1日 · 现行有效');
  expect(await meta('没有日期的工作要点')).toBe('现行有效');
});

it('with nothing published yet, says so and offers 发布政策文件', async () => {
  signInAs(EDITOR);
  answerPolicies([]);
  render(<StaffPoliciesPage />);
  expect(await screen.findByText('本部门还没有发布过政策文件。')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '发布政策文件' }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/publish/index' });
});

it('修改 opens the publish form on the policy, 修改解读 the interpretation form on its interpretation', async () => {
  signInAs(EDITOR);
  const base = { documentNumber: null, issuer: '区民政局', publishedDate: '2026-09-28', writtenDate: null, validity: 'VALID', repealedDate: null, interpretationDue: null };
  const policies = [
    { id: 'p-1', title: '有一篇解读的通知', ...base, interpretations: [{ id: 'i-1', title: '一图读懂' }] },
    { id: 'p-2', title: '有两篇解读的通知', ...base, interpretations: [{ id: 'i-2', title: '文字解读' }, { id: 'i-3', title: '问答' }] },
  ];
  answerPolicies(policies);
  render(<StaffPoliciesPage />);
  const one = await screen.findByRole('group', { name: '有一篇解读的通知' });
  fireEvent.click(within(one).getByRole('button', { name: '修改' }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/publish/index?id=p-1' });
  fireEvent.click(within(one).getByRole('button', { name: '修改解读' }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/interpret/index?id=p-1&interpretation=i-1' });
  // With several, each says which.
  const two = screen.getByRole('group', { name: '有两篇解读的通知' });
  fireEvent.click(within(two).getByRole('button', { name: '修改解读「问答」' }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/interpret/index?id=p-2&interpretation=i-3' });
});
