import { fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import type { StaffAccountFieldsFragment } from '../../generated/operations';
import StaffAccountsPage from '../../pages/workbench/staff/index';

// 工作人员账号: a district admin sees every account with its state in words, creates one, disables and
// re-enables another, resets a password (asked first); the system's temporary password is shown once;
// never acts on their own; an editor is told whom to ask.

const account = (over: Partial<StaffAccountFieldsFragment>): StaffAccountFieldsFragment => ({ ...EDITOR, disabled: false, mustChangePassword: false, lastSignedInAt: null, ...over });
const ACCOUNTS = [account({ ...ADMIN, lastSignedInAt: '2026-12-03T01:30:00.000Z' }), account({ disabled: true })];


it('shows every account’s state, re-enables a disabled one, resets a password, and never offers to act on one’s own', async () => {
  signInAs(ADMIN);
  answerByOperation({
    StaffMe: { data: { staffMe: ADMIN } },
    StaffAccounts: { data: { staffMembers: ACCOUNTS } },
    EnableStaffAccount: { data: { enableStaff: account({}) } },
    ResetStaffPassword: { data: { resetStaffPassword: { staff: account({ mustChangePassword: true }), temporaryPassword: 'k7m3-p9x2-t4wq' } } },
  });
  render(<StaffAccountsPage />);
  const mine = await screen.findByRole('group', { name: '区政府办公室管理员（admin）' });
  expect(mine.textContent).toContain('最近登录：2026年12月3日 09:30');
  expect(within(mine).queryByRole('button', { name: '停用' })).toBeNull();
  const clerk = screen.getByRole('group', { name: '区民政局信息员（minzheng）' });
  expect(clerk.textContent).toContain('已停用，不能登录');

  fireEvent.click(within(clerk).getByRole('button', { name: '重新启用' }));
  await screen.findByText('区民政局信息员（minzheng）已重新启用，可以登录了。');
  // The list is read again after each change.
  const again = await screen.findByRole('group', { name: '区民政局信息员（minzheng）' });
  fireEvent.click(within(again).getByRole('button', { name: '重设密码' }));
  const confirm = within(again).getByRole('group', { name: '确认重设密码' });
  expect(confirm.textContent).toContain('原来的密码马上不能用');
  fireEvent.click(within(confirm).getByRole('button', { name: '确认重设密码' }));
  await screen.findByText('区民政局信息员（minzheng）的密码已重设。');
  const shown = screen.getByRole('group', { name: '临时密码' });
  expect(shown.textContent).toContain('只显示这一次');
  expect(shown.textContent).toContain('k7m3-p9x2-t4wq');
  expect(sentRequests().filter((r) => !['StaffMe', 'StaffAccounts', 'StaffDepartments'].includes(r.operation)).map((r) => [r.operation, r.variables])).toEqual([
    ['EnableStaffAccount', { username: 'minzheng' }],
    ['ResetStaffPassword', { username: 'minzheng' }],
  ]);
});

it('creates an account for a department without anyone typing its password, and shows the one the system gave once', async () => {
  signInAs(ADMIN);
  const created = account({ username: 'jiaoyu', displayName: '区教育局信息员', department: '区教育局', mustChangePassword: true });
  answerByOperation({
    StaffMe: { data: { staffMe: ADMIN } },
    StaffAccounts: { data: { staffMembers: ACCOUNTS } },
    StaffDepartments: { data: { departments: ['区政府办公室', '区民政局'] } },
    CreateStaffAccount: { data: { createStaff: { staff: created, temporaryPassword: 'h4rw-9dkm-x2pe' } } },
  });
  render(<StaffAccountsPage />);
  const form = await screen.findByRole('group', { name: '新建账号' });
  fireEvent.change(within(form).getByRole('textbox', { name: '用户名' }), { target: { value: 'jiaoyu' } });
  fireEvent.change(within(form).getByRole('textbox', { name: '姓名或称呼' }), { target: { value: '区教育局信息员' } });
  // Departments GovOpen knows are picked, not typed; a department's first account types its full name.
  fireEvent.click(await within(form).findByRole('button', { name: '区民政局' }));
  expect(within(form).queryByRole('textbox', { name: '部门全称' })).toBeNull();
  fireEvent.click(within(form).getByRole('button', { name: '其他部门（第一次建账号）' }));
  fireEvent.change(within(form).getByRole('textbox', { name: '部门全称' }), { target: { value: '区教育局' } });
  expect(within(form).queryByLabelText(/密码/u)).toBeNull();
  fireEvent.click(within(form).getByRole('button', { name: '新建账号' }));
  await screen.findByText('已新建账号：区教育局信息员（jiaoyu）。');
  expect(screen.getByRole('group', { name: '临时密码' }).textContent).toContain('h4rw-9dkm-x2pe');
  // The next account starts afresh: no department chosen, no name box open.
  expect(within(form).queryByRole('textbox', { name: '部门全称' })).toBeNull();
  expect(sentRequests().find((r) => r.operation === 'CreateStaffAccount')?.variables).toEqual({
    input: { username: 'jiaoyu', displayName: '区教育局信息员', role: 'DEPARTMENT_EDITOR', department: '区教育局' },
  });
});

it('tells a department editor whom to ask, and asks the API for nothing it would refuse', async () => {
  signInAs(EDITOR);
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } } });
  render(<StaffAccountsPage />);
  await screen.findByText('只有区政府办公室的全区管理员能管理工作人员账号。忘了密码或要新建账号，请联系他们。');
  expect(sentRequests().map((r) => r.operation)).toEqual(['StaffMe']);
});
