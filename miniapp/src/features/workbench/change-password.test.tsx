import { fireEvent, render, screen } from '@testing-library/react';
import { EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests, type Answer } from '../../../test-support/api';
import { STAFF_SESSION_KEY } from '../../session/staff';
import { getStorageSync } from '../../../test-support/taro';
import ChangePasswordPage from '../../pages/workbench/password/index';

// 修改密码: a signed-in clerk changes their own password and stays signed in with the new session.

const field = (name: string) => screen.getByLabelText(name);

/** Opens the page as the editor, with the API answering `change` to the password change. */
async function openWith(change: Answer) {
  signInAs(EDITOR);
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ChangeStaffPassword: change });
  render(<ChangePasswordPage />);
  await screen.findByText('修改以后，下次登录用新密码。');
}

function fill(current: string, next: string, repeated: string) {
  fireEvent.change(field('现在的密码'), { target: { value: current } });
  fireEvent.change(field('新密码'), { target: { value: next } });
  fireEvent.change(field('再输入一遍新密码'), { target: { value: repeated } });
  fireEvent.click(screen.getByRole('button', { name: '修改密码' }));
}

it('changes the password with the current one, the new one twice, and keeps the clerk signed in', async () => {
  await openWith({ data: { changeStaffPassword: { token: 'token-new', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } } });
  fill('old-password-1', 'new-password-22', 'new-password-2');
  expect(await screen.findByText('没能修改：两次输入的新密码不一样，请重新输入。')).toBeTruthy();
  expect(sentRequests().map((r) => r.operation)).toEqual(['StaffMe']);

  fill('old-password-1', 'new-password-22', 'new-password-22');
  expect(await screen.findByText('密码已修改。下次登录请用新密码。')).toBeTruthy();
  const change = sentRequests().find((r) => r.operation === 'ChangeStaffPassword')!;
  expect(change.variables).toEqual({ username: 'minzheng', currentPassword: 'old-password-1', newPassword: 'new-password-22' });
  expect(change.authorization).toBeUndefined();
  expect((getStorageSync(STAFF_SESSION_KEY) as { token: string }).token).toBe('token-new');
  // The form starts afresh under the new session, the notice stays.
  expect(((await screen.findByLabelText('现在的密码')) as HTMLInputElement).value).toBe('');
  expect(screen.getByText('密码已修改。下次登录请用新密码。')).toBeTruthy();
});

it('says when the current password is wrong, in words', async () => {
  await openWith({ data: null, errors: [{ message: '用户名或密码不对。', extensions: { code: 'UNAUTHENTICATED' } }] });
  fill('wrong', 'new-password-22', 'new-password-22');
  expect(await screen.findByText('没能修改：用户名或密码不对。')).toBeTruthy();
  expect(screen.queryByText('密码已修改。下次登录请用新密码。')).toBeNull();
  // Still signed in: the form is still there, the session kept.
  expect(screen.getByRole('button', { name: '修改密码' })).toBeTruthy();
  expect((getStorageSync(STAFF_SESSION_KEY) as { token: string }).token).toBe('token-minzheng');
});
