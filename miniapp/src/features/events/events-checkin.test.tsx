import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, operationNameOf, request } from '../../../test-support/api';
import Taro, { navigateTo, setStorageSync } from '../../../test-support/taro';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import { reloadSession, SESSION_KEY } from '../../session/store';
import EventCheckInPage, { attendanceInWords } from '../../pages/events/checkin/index';

// 开放日签到: staff at the door choose their event, scan or type the code and read the answer.

const HOUR = 3600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const attendance = (checkedIn: number) => ({ confirmed: 2, checkedIn, waitlisted: 0, applied: 0 });

const node = (id: string, title: string, startsIn: number, status = 'OPEN') => ({
  id,
  title,
  department: '区民政局',
  startsAt: iso(startsIn),
  endsAt: iso(startsIn + 2 * HOUR),
  status,
  attendance: attendance(0),
});

const EVENTS = {
  data: {
    departmentEvents: {
      edges: [
        node('dddddddddddd', '草稿开放日', 5 * HOUR, 'DRAFT'),
        node('cccccccccccc', '下周的开放日', 7 * 24 * HOUR),
        node('bbbbbbbbbbbb', '取消的开放日', HOUR, 'CANCELLED'),
        node('aaaaaaaaaaaa', '今天的开放日', HOUR),
        node('eeeeeeeeeeee', '上个月的开放日', -30 * 24 * HOUR, 'HELD'),
      ].map((n) => ({ node: n })),
    },
  },
};

const checkedIn = (message: string, count: number) => ({
  data: { checkIn: { message, alreadyCheckedIn: count === 0, registration: { id: 'x', name: '王*兰', checkedInAt: iso(0), event: { id: 'aaaaaaaaaaaa', attendance: attendance(count) } } } },
});

const sent = () =>
  request.mock.calls.map(([options]: [{ data: Parameters<typeof operationNameOf>[0] & { variables: Record<string, unknown> }; header: Record<string, string> }]) => ({
    operation: operationNameOf(options.data),
    variables: options.data.variables,
    authorization: options.header.authorization,
  }));
const flush = () => act(async () => undefined);

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'resident-token', expiresAt: iso(HOUR) });
  reloadSession();
  staffSessions.reloadSession();
});

const signInStaff = () => {
  setStorageSync(STAFF_SESSION_KEY, { token: 'staff-token', expiresAt: iso(HOUR) });
  staffSessions.reloadSession();
};

describe('开放日签到', () => {
  it('without a staff session, says to sign in as staff and sends nothing', async () => {
    render(<EventCheckInPage />);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: '工作人员登录' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/staff/index' });
    expect(request).not.toHaveBeenCalled();
  });

  it('offers the coming events only, soonest first; a typed code checks in once and the door reads the answer', async () => {
    signInStaff();
    answerByOperation({ DepartmentEvents: EVENTS, CheckIn: checkedIn('签到成功。', 1) });
    render(<EventCheckInPage />);
    const choices = within(await screen.findByRole('group', { name: '选择开放日' })).getAllByRole('button');
    expect(choices.map((c) => c.textContent!.replace(/（.*/, ''))).toEqual(['✓ 今天的开放日', '下周的开放日']);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('true');
    const desk = within(screen.getByRole('region', { name: '签到' }));
    expect(desk.getByRole('status').textContent).toBe('已签到 0 人 / 已报名 2 人');

    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    expect(desk.getByRole('alert').textContent).toBe('请输入签到码。');
    expect(sent().map((s) => s.operation)).toEqual(['DepartmentEvents']);

    fireEvent.change(desk.getByRole('textbox', { name: '签到码' }), { target: { value: ' k7m2pq ' } });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    fireEvent.click(desk.getByRole('button', { name: '正在签到……' }));
    await flush();
    expect(sent()).toEqual([
      { operation: 'DepartmentEvents', variables: { first: 50 }, authorization: 'Bearer staff-token' },
      { operation: 'CheckIn', variables: { eventId: 'aaaaaaaaaaaa', code: 'k7m2pq' }, authorization: 'Bearer staff-token' },
    ]);
    const message = desk.getByText('签到成功。王*兰');
    expect(message.className).toContain('event-door-message');
    expect(desk.getByText('已签到 1 人 / 已报名 2 人')).toBeTruthy();
    expect((desk.getByRole('textbox', { name: '签到码' }) as HTMLInputElement).value).toBe('');
  });

  it('says plainly when the code is wrong or already used', async () => {
    signInStaff();
    answerByOperation({ DepartmentEvents: EVENTS, CheckIn: { errors: [{ message: '没有找到这个签到码，请核对后再试。', extensions: { code: 'NOT_FOUND' } }] } });
    render(<EventCheckInPage />);
    const desk = within(await screen.findByRole('region', { name: '签到' }));
    fireEvent.change(desk.getByRole('textbox', { name: '签到码' }), { target: { value: 'ZZZZZZ' } });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    expect((await desk.findByRole('alert')).textContent).toBe('没能签到：没有找到这个签到码，请核对后再试。');

    answerByOperation({ CheckIn: checkedIn('已经签到过了（09:12）。', 1) });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    expect(await desk.findByText('已经签到过了（09:12）。王*兰')).toBeTruthy();
  });

  it('on weapp scans the QR code with the camera and checks in what it read', async () => {
    const taroEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    const scanCode = jest.fn(async () => ({ result: 'K7M2PQ' }));
    Object.assign(Taro, { scanCode });
    try {
      signInStaff();
      answerByOperation({ DepartmentEvents: EVENTS, CheckIn: checkedIn('签到成功。', 1) });
      render(<EventCheckInPage />);
      fireEvent.click(await screen.findByRole('button', { name: '扫码签到' }));
      await flush();
      expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
      expect(sent()[1]).toMatchObject({ operation: 'CheckIn', variables: { eventId: 'aaaaaaaaaaaa', code: 'K7M2PQ' } });
      expect(screen.getByText('签到成功。王*兰')).toBeTruthy();
    } finally {
      process.env.TARO_ENV = taroEnv;
    }
  });

  it('says the figures in words', () => {
    expect(attendanceInWords({ confirmed: 30, checkedIn: 12, waitlisted: 3, applied: 0 })).toBe('已签到 12 人 / 已报名 30 人（另有 3 人排队候补）');
  });
});
