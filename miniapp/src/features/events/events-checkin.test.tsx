import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, operationNameOf, request } from '../../../test-support/api';
import Taro, { navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import { reloadSession, SESSION_KEY } from '../../session/store';
import EventCheckInPage, { attendanceInWords } from '../../pages/events/checkin/index';

// 开放日签到: staff at the door choose their event, scan (weapp's scanner, the browser's camera on
// H5) or type the code, and read the answer: in, already in, or refused, each with its own look.

// qr-scanner reads the camera in the browser; here a stand-in reads one code as soon as it starts.
const scanned: { code: string; started: number; stopped: number } = { code: '', started: 0, stopped: 0 };
jest.mock('qr-scanner', () => ({
  __esModule: true,
  default: class {
    constructor(_video: unknown, private onDecode: (result: { data: string }) => void) {}
    async start() {
      scanned.started += 1;
      this.onDecode({ data: scanned.code });
      this.onDecode({ data: scanned.code });
    }
    stop() {
      scanned.stopped += 1;
    }
    destroy() {}
  },
}));

const HOUR = 3600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const attendance = (checkedIn: number) => ({ confirmed: 2, checkedIn, waitlisted: 0, applied: 0 });

const node = (id: string, title: string, startsIn: number, status = 'OPEN', department = '区民政局') => ({
  id,
  title,
  department,
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

const ADMIN_EVENTS = { data: { events: { edges: [node('ffffffffffff', '财政局的开放日', 2 * HOUR, 'OPEN', '区财政局'), node('aaaaaaaaaaaa', '今天的开放日', HOUR)].map((n) => ({ node: n })) } } };

const staffMe = (role = 'DEPARTMENT_EDITOR', department = '区民政局') => ({ data: { staffMe: { username: 'minzheng', displayName: '李干事', role, department } } });

const checkedIn = (message: string, count: number, already = false) => ({
  data: { checkIn: { message, alreadyCheckedIn: already, registration: { id: 'x', name: '王秀兰', checkedInAt: iso(0), event: { id: 'aaaaaaaaaaaa', attendance: attendance(count) } } } },
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
    answerByOperation({ StaffMe: staffMe(), DepartmentEvents: EVENTS, CheckIn: checkedIn('签到成功。', 1) });
    render(<EventCheckInPage />);
    const choices = within(await screen.findByRole('group', { name: '选择开放日' })).getAllByRole('button');
    expect(choices.map((c) => c.textContent!.replace(/（.*/, ''))).toEqual(['✓ 今天的开放日', '下周的开放日']);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('true');
    const desk = within(screen.getByRole('region', { name: '签到' }));
    expect(desk.getByRole('status').textContent).toBe('已签到 0 人 / 已报名 2 人');
    // jsdom has no camera: the typed code is the way, and the button says so by being the main one.
    expect(desk.queryByRole('button', { name: '用摄像头扫码签到' })).toBeNull();

    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    expect(desk.getByRole('alert').textContent).toBe('✕ 请输入签到码。');
    expect(sent().map((s) => s.operation)).toEqual(['StaffMe', 'DepartmentEvents']);

    fireEvent.change(desk.getByRole('textbox', { name: '签到码' }), { target: { value: ' k7m2pq ' } });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    fireEvent.click(desk.getByRole('button', { name: '正在签到……' }));
    await flush();
    expect(sent()).toEqual([
      { operation: 'StaffMe', variables: {}, authorization: 'Bearer staff-token' },
      { operation: 'DepartmentEvents', variables: { first: 50 }, authorization: 'Bearer staff-token' },
      { operation: 'CheckIn', variables: { eventId: 'aaaaaaaaaaaa', code: 'k7m2pq' }, authorization: 'Bearer staff-token' },
    ]);
    // The full name, to see that the person at the door is the one who signed up.
    const message = desk.getByText('✓ 签到成功').parentElement!;
    expect(message.className).toContain('event-door-message--in');
    expect(message.textContent).toBe('✓ 签到成功王秀兰');
    expect(desk.getByText('已签到 1 人 / 已报名 2 人')).toBeTruthy();
    expect((desk.getByRole('textbox', { name: '签到码' }) as HTMLInputElement).value).toBe('');
  });

  it('tells a wrong code and one already used apart from a success: colour, icon and words', async () => {
    signInStaff();
    answerByOperation({ StaffMe: staffMe(), DepartmentEvents: EVENTS, CheckIn: { errors: [{ message: '没有找到这个签到码，请核对后再试。', extensions: { code: 'NOT_FOUND' } }] } });
    render(<EventCheckInPage />);
    const desk = within(await screen.findByRole('region', { name: '签到' }));
    fireEvent.change(desk.getByRole('textbox', { name: '签到码' }), { target: { value: 'ZZZZZZ' } });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    const refused = await desk.findByRole('alert');
    expect(refused.textContent).toBe('✕ 没有这个签到码：请核对后再试，或者请居民打开“我的报名”再出示一次。');
    expect(refused.className).toContain('event-door-message--refused');

    answerByOperation({ CheckIn: checkedIn('已经签到过了（09:12）。', 1, true) });
    fireEvent.click(desk.getByRole('button', { name: '签到' }));
    const again = (await desk.findByText('! 已经签到过了（09:12）')).parentElement!;
    expect(again.className).toContain('event-door-message--again');
    expect(again.textContent).toContain('王秀兰');
    expect(desk.queryByRole('alert')).toBeNull();
  });

  it("lists every department's coming open days for a district admin, and starts from the one asked for", async () => {
    signInStaff();
    answerByOperation({ StaffMe: staffMe('DISTRICT_ADMIN', '区政府办公室'), DoorEvents: ADMIN_EVENTS });
    setRouterParams({ id: 'ffffffffffff' });
    render(<EventCheckInPage />);
    const choices = within(await screen.findByRole('group', { name: '选择开放日' })).getAllByRole('button');
    expect(choices.map((c) => c.textContent!.replace(/，.*/, ''))).toEqual(['今天的开放日（区民政局', '✓ 财政局的开放日（区财政局']);
    expect(sent().map((s) => s.operation)).toEqual(['StaffMe', 'DoorEvents']);
  });

  it('on H5 reads the QR code with the browser camera, checks it in once, and closes the camera', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: jest.fn() } });
    scanned.code = 'K7M2PQ';
    try {
      signInStaff();
      answerByOperation({ StaffMe: staffMe(), DepartmentEvents: EVENTS, CheckIn: checkedIn('签到成功。', 1) });
      render(<EventCheckInPage />);
      fireEvent.click(await screen.findByRole('button', { name: '用摄像头扫码签到' }));
      expect(await screen.findByText('✓ 签到成功')).toBeTruthy();
      // Read twice while held up: sent once.
      expect(sent().filter((s) => s.operation === 'CheckIn')).toEqual([{ operation: 'CheckIn', variables: { eventId: 'aaaaaaaaaaaa', code: 'K7M2PQ' }, authorization: 'Bearer staff-token' }]);
      expect(screen.getByLabelText('摄像头画面').tagName).toBe('VIDEO');
      fireEvent.click(screen.getByRole('button', { name: '关闭摄像头' }));
      expect(scanned.stopped).toBe(1);
      expect(screen.getByRole('button', { name: '用摄像头扫码签到' })).toBeTruthy();
    } finally {
      Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
    }
  });

  it('on weapp scans the QR code with the camera and checks in what it read', async () => {
    const taroEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    const scanCode = jest.fn(async () => ({ result: 'K7M2PQ' }));
    Object.assign(Taro, { scanCode });
    try {
      signInStaff();
      answerByOperation({ StaffMe: staffMe(), DepartmentEvents: EVENTS, CheckIn: checkedIn('签到成功。', 1) });
      render(<EventCheckInPage />);
      fireEvent.click(await screen.findByRole('button', { name: '扫码签到' }));
      await flush();
      expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
      expect(sent()[2]).toMatchObject({ operation: 'CheckIn', variables: { eventId: 'aaaaaaaaaaaa', code: 'K7M2PQ' } });
      expect(screen.getByText('✓ 签到成功')).toBeTruthy();
    } finally {
      process.env.TARO_ENV = taroEnv;
    }
  });

  it('says the figures in words', () => {
    expect(attendanceInWords({ confirmed: 30, checkedIn: 12, waitlisted: 3, applied: 0 })).toBe('已签到 12 人 / 已报名 30 人（另有 3 人排队候补）');
  });
});
