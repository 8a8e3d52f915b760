import { render, screen } from '@testing-library/react';
import { EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import StaffPoliciesPage from '../../pages/workbench/policies/index';

// 本部门的政策: the department's own list (by the department that owns each policy, not by the name
// it was issued under), with what is still to do on each.

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
  });
  answerByOperation({
    StaffMe: { data: { staffMe: EDITOR } },
    StaffPolicies: {
      data: {
        policies: {
          edges: [
            { cursor: 'a', node: policy('p-1', '区民政局关于调整高龄津贴标准的通知', '区民政局') },
            { cursor: 'b', node: policy('p-2', '老龄委关于开展敬老爱老志愿服务的通知', '区老龄工作委员会办公室') },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  });
  render(<StaffPoliciesPage />);
  expect(await screen.findByRole('group', { name: '老龄委关于开展敬老爱老志愿服务的通知' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '区民政局的政策文件' })).toBeTruthy();
  expect(screen.getAllByText('⚠ 已超期：解读最迟应在2026年10月8日 星期四发布（政策发布后3个工作日内）')).toHaveLength(2);
  expect(sentRequests().find((r) => r.operation === 'StaffPolicies')?.variables.filter).toEqual({ department: '区民政局', validity: ['VALID', 'AMENDED', 'REPEALED'] });
});
