import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, offline, request, sentRequests, type Answer } from '../../test-support/api';
import { asWeapp, getStorageSync, leavePage, login, navigateTo, returnToPage, setStorageSync } from '../../test-support/taro';
import { request as apiRequest } from '../api/request';
import { PolicyFacetsDocument } from '../generated/operations';
import { reloadSession, SESSION_KEY } from '../session/store';
import { STAFF_SESSION_KEY, staffSessions } from '../session/staff';
import Mine from '../pages/mine/index';
import { phrased } from '../../test-support/text';

const HOUR = 3600 * 1000;
const future = () => new Date(Date.now() + 168 * HOUR).toISOString();
const LOGIN = { data: { login: { token: 'token-wang', expiresAt: future() } } };
const ME = { data: { me: { id: 'r-1', phone: '138****1234', memberSince: '2026-03-01T20:00:00.000Z' } } };
const FACETS = { data: { policyFacets: { issuers: [], years: [], topics: [] } } };
const DEV_SIGN_IN = { data: { signInOptions: { developmentSignIn: true } } };
const UNAUTHENTICATED = { errors: [{ message: '登录已过期，请重新登录。', extensions: { code: 'UNAUTHENTICATED' } }] };

const SCAN_CODE = { data: { startScanSignIn: { code: 'abcdefghijkm', secret: 's3cret', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><path d="M0 0h8v8h-8z"/></svg>', expiresAt: future() } } };
const WAITING = { data: { pollScanSignIn: { status: 'PENDING', session: null } } };
/** H5 always shows its 扫码登录 code (its polling is tested below; the whole flow in test/weapp/scan-sign-in.test.ts): answered, and left out of what is sent. */
const answer = (answers: Record<string, Answer>) => answerByOperation({ StartScanSignIn: SCAN_CODE, PollScanSignIn: WAITING, ...answers });
const sent = () => sentRequests().filter((s) => !s.operation.endsWith('ScanSignIn'));

const flush = () => act(async () => undefined);

beforeEach(() => {
  reloadSession();
  staffSessions.reloadSession();
});

describe('我的: sign-in', () => {
  it('H5 shows 测试登录; a name signs in with dev:<name>, keeps the session and shows 已登录 with the masked phone', async () => {
    answer({ SignInOptions: DEV_SIGN_IN, Login: LOGIN, Me: ME });
    render(<Mine />);
    expect(await screen.findByRole('heading', { name: '测试登录' })).toBeTruthy();
    expect(screen.queryByText('已登录')).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: '名字' }), { target: { value: ' wang ' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await screen.findByRole('heading', { name: '已登录' });
    await screen.findByText(phrased('138****1234'));

    expect(screen.getByText(phrased('2026年3月2日'))).toBeTruthy(); // memberSince, in Beijing time
    expect(screen.getByRole('button', { name: '退出登录' })).toBeTruthy();
    expect(getStorageSync(SESSION_KEY)).toEqual({ token: 'token-wang', expiresAt: LOGIN.data.login.expiresAt });
    expect(sent()).toEqual([
      { operation: 'SignInOptions', variables: {}, authorization: undefined },
      { operation: 'Login', variables: { code: 'dev:wang' }, authorization: undefined },
      { operation: 'Me', variables: {}, authorization: 'Bearer token-wang' },
      // The badge on 我的消息.
      { operation: 'UnreadMessageCount', variables: {}, authorization: 'Bearer token-wang' },
    ]);
  });

  it('says in words what is wrong with the name, and sends nothing', async () => {
    answer({ SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('没能登录：请先填写一个名字。');
    fireEvent.change(screen.getByRole('textbox', { name: '名字' }), { target: { value: 'wang li' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByText(/名字只能用汉字、字母、数字/)).getAttribute('role')).toBe('alert');
    expect(sent().map((s) => s.operation)).toEqual(['SignInOptions']);
  });

  it('shows the API message when the sign-in is refused, and stays signed out', async () => {
    answer({ SignInOptions: DEV_SIGN_IN, Login: { errors: [{ message: '登录凭证无效或已过期，请重新登录。', extensions: { code: 'BAD_USER_INPUT' } }] } });
    render(<Mine />);
    await screen.findByRole('heading', { name: '测试登录' });
    fireEvent.change(screen.getByRole('textbox', { name: '名字' }), { target: { value: '王阿姨' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('没能登录：登录凭证无效或已过期，请重新登录。');
    expect(getStorageSync(SESSION_KEY)).toBe('');
    expect(screen.queryByText('已登录')).toBeNull();
  });

  it('where the API takes no 测试登录 (production H5): no name field, no 登录 button: the 扫码登录 QR code instead', async () => {
    answer({ SignInOptions: { data: { signInOptions: { developmentSignIn: false } } } });
    render(<Mine />);
    expect(await screen.findByRole('heading', { name: '扫码登录' })).toBeTruthy();
    expect(await screen.findByText('请用手机微信的“扫一扫”扫描下面的二维码，然后在手机上点“确认登录”。')).toBeTruthy();
    expect(screen.getByRole('img', { name: '登录二维码，请用微信扫一扫' })).toBeTruthy();
    expect(screen.queryByText('测试登录')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: '登录' })).toBeNull();
  });

  it('once the phone opened the code, says 已扫码 in place of the code, and 换一个二维码 starts over', async () => {
    jest.useFakeTimers();
    try {
      answer({ SignInOptions: { data: { signInOptions: { developmentSignIn: false } } }, PollScanSignIn: { data: { pollScanSignIn: { status: 'SCANNED', session: null } } } });
      render(<Mine />);
      await screen.findByRole('img', { name: '登录二维码，请用微信扫一扫' });
      await act(() => jest.advanceTimersByTimeAsync(2_500));
      expect(screen.getByText('已扫码，请在手机上确认登录')).toBeTruthy();
      expect(screen.queryByRole('img', { name: '登录二维码，请用微信扫一扫' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: '换一个二维码' }));
      await screen.findByRole('img', { name: '登录二维码，请用微信扫一扫' });
      expect(sentRequests().filter((s) => s.operation === 'StartScanSignIn')).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops asking about the QR code while 我的 is out of sight, and shows a fresh one on return', async () => {
    jest.useFakeTimers();
    try {
      answer({ SignInOptions: { data: { signInOptions: { developmentSignIn: false } } } });
      render(<Mine />);
      await screen.findByRole('img', { name: '登录二维码，请用微信扫一扫' });
      const asked = (operation: string) => sentRequests().filter((s) => s.operation === operation).length;
      await act(() => jest.advanceTimersByTimeAsync(5_000));
      expect(asked('PollScanSignIn')).toBe(2);
      act(() => leavePage());
      await act(() => jest.advanceTimersByTimeAsync(60_000));
      expect(asked('PollScanSignIn')).toBe(2);
      expect(asked('StartScanSignIn')).toBe(1);
      act(() => returnToPage());
      await screen.findByRole('img', { name: '登录二维码，请用微信扫一扫' });
      expect(asked('StartScanSignIn')).toBe(2);
      await act(() => jest.advanceTimersByTimeAsync(2_500));
      expect(asked('PollScanSignIn')).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });

  describe('on weapp', () => {
    asWeapp();

    it('登录 sends the code from Taro.login(); no name field, no 测试登录', async () => {
      answer({ Login: LOGIN, Me: ME });
      render(<Mine />);
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(screen.queryByText('测试登录')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
      await screen.findByRole('heading', { name: '已登录' });
      expect(login).toHaveBeenCalledTimes(1);
      expect(sent()[0]).toEqual({ operation: 'Login', variables: { code: 'wx-login-code' }, authorization: undefined });
    });

    it('offline: says the network is down and to try again — not to tap a 重试 button the sign-in does not have', async () => {
      answer({ Login: offline() });
      render(<Mine />);
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
      expect((await screen.findByRole('alert')).textContent).toBe('没能登录：网络连接不上。请检查手机网络后再试。');
      expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
      expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    });

    it('when WeChat gives no code, says so and sends nothing', async () => {
      login.mockRejectedValueOnce(new Error('login:fail'));
      render(<Mine />);
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
      expect((await screen.findByRole('alert')).textContent).toBe('没能登录：没能连上微信登录，请稍后再试。');
      expect(request).not.toHaveBeenCalled();
    });
  });
});

describe('我的: sign-out and ended sessions', () => {
  it('退出登录 forgets the session on this phone and offers 登录 again', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    answer({ Me: ME, SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    await screen.findByText(phrased('138****1234'));
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(screen.getByRole('status').textContent).toBe('您已退出登录。');
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(getStorageSync(SESSION_KEY)).toBe('');
  });

  it('a stored session past expiresAt is dropped: signed out, 登录已过期, no request carries it', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-old', expiresAt: new Date(Date.now() - HOUR).toISOString() });
    answer({ PolicyFacets: FACETS, SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    await flush();
    expect(screen.getByRole('status').textContent).toBe('登录已过期，请重新登录。');
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    expect(getStorageSync(SESSION_KEY)).toBe('');

    await apiRequest(PolicyFacetsDocument);
    expect(sent().filter((s) => s.operation !== 'SignInOptions')).toEqual([{ operation: 'PolicyFacets', variables: {}, authorization: undefined }]);
  });

  it('when the API answers UNAUTHENTICATED, the session is dropped and 我的 says to sign in again', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-revoked', expiresAt: future() });
    answer({ Me: UNAUTHENTICATED, SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    expect(screen.getByRole('heading', { name: '已登录' })).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toBe('登录已过期，请重新登录。');
    expect(screen.queryByRole('heading', { name: '已登录' })).toBeNull();
    expect(getStorageSync(SESSION_KEY)).toBe('');
    expect(sent().filter((s) => s.operation !== 'SignInOptions')).toEqual([
      { operation: 'Me', variables: {}, authorization: 'Bearer token-revoked' },
      { operation: 'UnreadMessageCount', variables: {}, authorization: 'Bearer token-revoked' },
    ]);
  });

  it('every request carries the token while signed in; other errors leave the session alone', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    answer({ PolicyFacets: { errors: [{ message: '服务暂时不可用，请稍后再试。', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
    await expect(apiRequest(PolicyFacetsDocument)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(sent()).toEqual([{ operation: 'PolicyFacets', variables: {}, authorization: 'Bearer token-wang' }]);
    expect(getStorageSync(SESSION_KEY)).toMatchObject({ token: 'token-wang' });
  });
});

describe('我的: what a resident and what staff see', () => {
  const STAFF_ENTRIES = ['工作台（今天的工作、发布政策）', '差评办理', '服务二维码（打印好差评二维码）', '开放日签到', '民生实事报送进展'];
  const staffGroup = () => screen.getByRole('group', { name: '工作人员' });
  const buttonsIn = (element: HTMLElement) => within(element).getAllByRole('button').map((button) => button.textContent);

  it('a signed-in resident sees their own things, and of the staff pages only one quiet 工作人员登录', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    answer({ Me: ME, UnreadMessageCount: { data: { unreadMessageCount: 0 } } });
    render(<Mine />);
    await screen.findByText(phrased('138****1234'));
    for (const title of ['我的消息', '我的报名', '我的评价', '我的留言', '设置']) expect(screen.getByText(title)).toBeTruthy();
    expect(buttonsIn(staffGroup())).toEqual(['工作人员登录']);
    for (const entry of STAFF_ENTRIES) expect(screen.queryByText(entry)).toBeNull();
    fireEvent.click(within(staffGroup()).getByRole('button', { name: '工作人员登录' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/workbench/home/index' });
  });

  it('a staff member signed in on this phone sees the staff pages, and no 工作人员登录', async () => {
    setStorageSync(STAFF_SESSION_KEY, { token: 'staff-token', expiresAt: future() });
    answer({ SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    await screen.findByRole('heading', { name: '测试登录' });
    expect(buttonsIn(staffGroup())).toEqual(STAFF_ENTRIES);
  });

  it('staff whose session has run out see 工作人员登录 again', async () => {
    setStorageSync(STAFF_SESSION_KEY, { token: 'staff-token', expiresAt: new Date(Date.now() - HOUR).toISOString() });
    answer({ SignInOptions: DEV_SIGN_IN });
    render(<Mine />);
    await screen.findByRole('heading', { name: '测试登录' });
    expect(buttonsIn(staffGroup())).toEqual(['工作人员登录']);
  });
});
