import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo } from '../../../test-support/taro';
import type { WorkbenchQuery } from '../../generated/operations';
import { staffSessions } from '../../session/staff';
import WorkbenchPage from '../../pages/workbench/home/index';
import Mine from '../../pages/mine/index/index';

// 工作台: the staff home. Signed out it is the staff sign-in; signed in, today's work in figures, each
// card opening the list the API names; a district admin picks a department or 全区.

const DAY = 86_400_000;
const future = () => new Date(Date.now() + DAY).toISOString();
const flush = () => act(async () => undefined);

type Workbench = WorkbenchQuery['workbench'];
const COUNTS: Workbench['counts'] = [
  { key: 'ratingCases', label: '差评待办理', count: 3, unit: '件', overdue: 1, detail: '先办已超期的', path: '/pages/rating/staff/index?show=overdue' },
  // Every milestone counted is overdue: the API gives no overdue figure to repeat it.
  { key: 'delayReasons', label: '延期待说明', count: 2, unit: '个节点', overdue: null, detail: '逾期的进度节点要向居民说明原因', path: '/pages/projects/staff/index' },
  { key: 'openDaysThisWeek', label: '本周开放日', count: 2, unit: '场', overdue: null, detail: '本周 2 场，已报名 45 人，共 120 个名额', path: '/pages/events/checkin/index' },
];
const workbench = (over: Partial<Workbench> = {}): { data: WorkbenchQuery } => ({
  data: { workbench: { department: '区民政局', departments: ['区民政局'], today: '2026-09-28', counts: COUNTS, ...over } },
});


beforeEach(() => staffSessions.reloadSession());

it('is reached from 我的 → 工作人员登录, and asks a signed-out visitor to sign in as staff', () => {
  render(<Mine />);
  fireEvent.click(within(screen.getByRole('group', { name: '工作人员' })).getByRole('button', { name: '工作人员登录' }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/workbench/home/index' });

  render(<WorkbenchPage />);
  expect(screen.getByRole('heading', { name: '工作人员登录' })).toBeTruthy();
  expect(screen.getByText('供区政府和各部门的工作人员办理日常工作。居民不用在这里登录。')).toBeTruthy();
});

it("shows an editor their department's work today in figures, overdue in words, each opening its list", async () => {
  signInAs(EDITOR);
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, Workbench: workbench() });
  render(<WorkbenchPage />);
  await screen.findByRole('heading', { name: '区民政局今天的工作' });
  expect(screen.getByText('2026年9月28日 星期一，点一项打开它的清单。')).toBeTruthy();
  const cards = screen.getAllByTestId('work-count');
  expect(cards.map((card) => card.textContent)).toEqual([
    '差评待办理3 件⚠ 其中已超期 1 件先办已超期的',
    '延期待说明2 个节点逾期的进度节点要向居民说明原因',
    '本周开放日2 场本周 2 场，已报名 45 人，共 120 个名额',
  ]);
  // An editor has no department to choose.
  expect(screen.queryByRole('group', { name: '看哪个部门' })).toBeNull();
  fireEvent.click(cards[0]!);
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/staff/index?show=overdue' });
  expect(sentRequests().find((r) => r.operation === 'Workbench')).toEqual({ operation: 'Workbench', variables: {}, authorization: 'Bearer token-minzheng' });
});

it('opens the department’s open days (new, sign-ups, draw, summary) from its jobs, not only the door', async () => {
  signInAs(EDITOR);
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, Workbench: workbench() });
  render(<WorkbenchPage />);
  fireEvent.click(await screen.findByRole('link', { name: /^政府开放日/ }));
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/events/staff/index' });
});

it('lets a district admin see the whole district or pick one department', async () => {
  signInAs(ADMIN);
  answerByOperation({ StaffMe: { data: { staffMe: ADMIN } }, Workbench: workbench({ department: null, departments: ['区民政局', '区教育局'] }) });
  render(<WorkbenchPage />);
  await screen.findByRole('heading', { name: '全区今天的工作' });
  expect(screen.getByRole('button', { name: '全区，已选' })).toBeTruthy();

  answerByOperation({ StaffMe: { data: { staffMe: ADMIN } }, Workbench: workbench({ department: '区教育局', departments: ['区民政局', '区教育局'] }) });
  fireEvent.click(screen.getByRole('button', { name: '区教育局' }));
  await screen.findByRole('heading', { name: '区教育局今天的工作' });
  await flush();
  expect(sentRequests().filter((r) => r.operation === 'Workbench').map((r) => r.variables)).toEqual([{}, { department: '区教育局' }]);
});

it('after an administrator reset the password, the clerk sets their own on the 工作台 and is signed in with it', async () => {
  const PASSWORD_CHANGE_REQUIRED = { errors: [{ message: '这是管理员给的临时密码，请先设置您自己的新密码。', extensions: { code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGE_REQUIRED' } }] };
  answerByOperation({
    StaffLogin: PASSWORD_CHANGE_REQUIRED,
    ChangeStaffPassword: { data: { changeStaffPassword: { token: 'token-minzheng', expiresAt: future() } } },
    StaffMe: { data: { staffMe: EDITOR } },
    Workbench: workbench(),
  });
  render(<WorkbenchPage />);
  fireEvent.change(screen.getByRole('textbox', { name: '用户名' }), { target: { value: 'minzheng' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'temporary-123' } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
  await screen.findByRole('heading', { name: '设置新密码' });

  fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'my-own-password' } });
  fireEvent.change(screen.getByLabelText('再输入一遍新密码'), { target: { value: 'my-own-passwrod' } });
  fireEvent.click(screen.getByRole('button', { name: '设置新密码并登录' }));
  expect((await screen.findByRole('alert')).textContent).toBe('没能设置：两次输入的新密码不一样，请重新输入。');

  fireEvent.change(screen.getByLabelText('再输入一遍新密码'), { target: { value: 'my-own-password' } });
  fireEvent.click(screen.getByRole('button', { name: '设置新密码并登录' }));
  await screen.findByRole('heading', { name: '区民政局今天的工作' });
  expect(sentRequests().find((r) => r.operation === 'ChangeStaffPassword')?.variables).toEqual({ username: 'minzheng', currentPassword: 'temporary-123', newPassword: 'my-own-password' });
});
