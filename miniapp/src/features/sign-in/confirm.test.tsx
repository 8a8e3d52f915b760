import { act, fireEvent, render, screen } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { asWeapp, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { reloadSession, SESSION_KEY } from '../../session/store';
import ConfirmScanSignIn from '../../pages/sign-in/confirm/index';
import { scanSignInCode } from './scan-address';

// 确认登录 (the page WeChat opens for a scanned 扫码登录 code); the end-to-end journey with the API and
// a real browser is test/weapp/scan-sign-in.test.ts.

const CODE = 'abcdefghijkm';
const OPENED = { data: { openScanSignIn: { code: CODE, requester: '网页版 GovOpen 请求登录', requestedAt: '2026-12-04T04:30:00.000Z', expiresAt: '2026-12-04T04:32:00.000Z', status: 'SCANNED' } } };
const signedIn = () => setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });

beforeEach(() => reloadSession());

it('reads the code from the scanned address WeChat passes in `q`, or from `code`; nothing else', () => {
  expect(scanSignInCode({ q: `https://gov.example.cn/d/${CODE}` })).toBe(CODE);
  expect(scanSignInCode({ code: CODE })).toBe(CODE);
  for (const q of ['https://gov.example.cn/r/abc/3', `https://gov.example.cn/d/${CODE}/x`, 'https://gov.example.cn/d/ABC', '']) expect(scanSignInCode({ q })).toBeNull();
});

it('opened in a browser (a scanner other than WeChat), says to scan with WeChat and asks nothing', () => {
  setRouterParams({ code: CODE });
  render(<ConfirmScanSignIn />);
  expect(screen.getByText('请用手机微信的“扫一扫”扫描网页上的登录二维码，在微信里确认登录。')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '确认登录' })).toBeNull();
});

describe('in the mini-program', () => {
  asWeapp();

  it('shows what is asking, when, and the warning; a double tap on 确认登录 sends one confirmation', async () => {
    signedIn();
    setRouterParams({ q: encodeURIComponent(`https://gov.example.cn/d/${CODE}`) });
    answerByOperation({ OpenScanSignIn: OPENED, ConfirmScanSignIn: { data: { confirmScanSignIn: { code: CODE, status: 'CONFIRMED' } } } });
    render(<ConfirmScanSignIn />);
    expect(await screen.findByRole('heading', { name: '网页版 GovOpen 请求登录' })).toBeTruthy();
    expect(screen.getByText('请求时间：2026年12月4日 12:30')).toBeTruthy();
    expect(screen.getByText('如果不是您本人正在电脑或自助机前登录，请点“取消”。')).toBeTruthy();
    const confirm = screen.getByRole('button', { name: '确认登录' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(await screen.findByText(/已确认登录/)).toBeTruthy();
    // Opening the page told the browser 已扫码 (once); the double tap sent one confirmation.
    expect(sentRequests()).toEqual([
      { operation: 'OpenScanSignIn', variables: { code: CODE }, authorization: 'Bearer token-wang' },
      { operation: 'ConfirmScanSignIn', variables: { code: CODE }, authorization: 'Bearer token-wang' },
    ]);
  });

  it('not signed in: sign in first, nothing is opened or confirmed', async () => {
    setRouterParams({ code: CODE });
    answerByOperation({ OpenScanSignIn: OPENED });
    render(<ConfirmScanSignIn />);
    await act(async () => undefined);
    expect(screen.getByText('先用微信登录，再确认让网页登录您的账号。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认登录' })).toBeNull();
    expect(sentRequests()).toEqual([]);
  });

  it('says the API\'s words when the code can no longer be confirmed', async () => {
    signedIn();
    setRouterParams({ code: CODE });
    answerByOperation({ OpenScanSignIn: OPENED, ConfirmScanSignIn: { errors: [{ message: '二维码已过期，请在网页上刷新后再扫。', extensions: { code: 'CONFLICT', reason: 'EXPIRED' } }] } });
    render(<ConfirmScanSignIn />);
    fireEvent.click(await screen.findByRole('button', { name: '确认登录' }));
    expect((await screen.findByRole('alert')).textContent).toBe('二维码已过期，请在网页上刷新后再扫。');
  });
});
