import { act, fireEvent, render, screen } from '@testing-library/react';
import { EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { setRouterParams } from '../../../test-support/taro';
import EventManagePage from '../../pages/events/manage/index';

// 办理开放日: 停止报名 and 公开抽签 cannot be taken back, so each asks first, saying what follows; nothing
// is sent until the clerk confirms, and 不改了 goes back to the page as it was.

const HOUR = 3600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

const event = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 'aaaaaaaaaaaa',
  department: '区民政局',
  theme: 'WELFARE',
  title: '居家养老服务开放日',
  description: '',
  startsAt: iso(72 * HOUR),
  endsAt: iso(74 * HOUR),
  online: false,
  venue: { address: '区民政局一楼会议室' },
  capacity: 2,
  seatsLeft: 2,
  waitlistLength: 0,
  applicants: 3,
  selectionMode: 'DRAW',
  status,
  signUpOpen: status === 'OPEN',
  signUpOpensAt: iso(-48 * HOUR),
  signUpClosesAt: iso(24 * HOUR),
  draw: null,
  summary: null,
  cancelReason: null,
  liveUrl: null,
  reach: null,
  attendance: { confirmed: 0, checkedIn: 0, waitlisted: 0, applied: 3 },
  ...extra,
});

const flush = () => act(async () => undefined);
const mutations = () => sentRequests().filter((r) => r.operation === 'CloseEvent' || r.operation === 'DrawEvent').map((r) => r.operation);

beforeEach(() => {
  signInAs(EDITOR);
  setRouterParams({ id: 'aaaaaaaaaaaa' });
});

it('停止报名 asks first and says sign-up cannot start again; 不改了 goes back, 确认停止报名 stops it', async () => {
  answerByOperation({
    StaffEvent: { data: { event: event('OPEN') } },
    CloseEvent: { data: { closeEvent: event('CLOSED', { signUpOpen: false }) } },
  });
  render(<EventManagePage />);
  await flush();
  fireEvent.click(await screen.findByRole('button', { name: '停止报名' }));
  // A draw's residents have applied (申请), not yet a place: they are 已申请.
  expect(screen.getByRole('group', { name: '确认停止报名' }).textContent).toContain('确定停止报名吗？停止后居民不能再报名，也不能重新开始报名；接着就可以公开抽签。已申请的居民不受影响。');
  expect(mutations()).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '不改了' }));
  expect(screen.queryByRole('group', { name: '确认停止报名' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '停止报名' }));
  fireEvent.click(screen.getByRole('button', { name: '确认停止报名' }));
  expect(await screen.findByText('已停止报名。')).toBeTruthy();
  expect(mutations()).toEqual(['CloseEvent']);
  expect(screen.queryByRole('button', { name: '停止报名' })).toBeNull();
});

it('停止报名 of an open day taken in order of sign-up says those signed up (已报名) keep their places', async () => {
  answerByOperation({ StaffEvent: { data: { event: event('OPEN', { selectionMode: 'FIRST_COME' }) } } });
  render(<EventManagePage />);
  await flush();
  fireEvent.click(await screen.findByRole('button', { name: '停止报名' }));
  expect(screen.getByRole('group', { name: '确认停止报名' }).textContent).toContain('确定停止报名吗？停止后居民不能再报名，也不能重新开始报名。已报名的居民不受影响。');
});

it('公开抽签 asks first with how many applied for how many seats, and that a draw is not redone', async () => {
  answerByOperation({
    StaffEvent: { data: { event: event('CLOSED', { signUpOpen: false }) } },
    DrawEvent: { data: { drawEvent: event('CLOSED', { signUpOpen: false, draw: { seed: 'abc', drawnAt: iso(0), applicants: 3, selected: 2 } }) } },
  });
  render(<EventManagePage />);
  await flush();
  fireEvent.click(await screen.findByRole('button', { name: '公开抽签' }));
  expect(screen.getByRole('group', { name: '确认公开抽签' }).textContent).toContain('确定现在抽签吗？3 人申请，名额 2 个。抽签结果马上通知每位申请的居民，并公开随机种子，抽了不能重抽。');
  expect(mutations()).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '确认公开抽签' }));
  expect(await screen.findByText('已抽签，结果已通知每位申请的居民。')).toBeTruthy();
  expect(mutations()).toEqual(['DrawEvent']);
});
