import type { Page, Response } from 'playwright-core';
import { buildH5, h5BuildIsStale } from '../../api/src/local/h5-app';
import { current, launchBrowser, ROUTES, settled, type GovOpenBrowser } from '../support/browser';
import type { MiniProgram } from './support/mini-program';
import { startSuite, type Suite } from './support/suite';

// 扫码登录 end to end, against one API: the H5 page in Chromium shows its QR code, the built
// mini-program (headless) opens 确认登录 as WeChat's scan rule does, and the resident's tap signs the
// browser in (the browser saying 已扫码 from the moment the phone opened the code) — or, after 取消 or
// two minutes, does not.

let suite: Suite;
let browser: GovOpenBrowser;
beforeAll(async () => {
  // The H5 pages as `npm start` would serve them (rebuilt only when miniapp/src changed since the last build).
  if (h5BuildIsStale()) buildH5(() => undefined);
  suite = await startSuite({ h5: true });
  browser = await launchBrowser(suite.api.origin);
}, 240_000);
afterEach(async () => {
  suite.api.clock.reset();
  const errors = browser.takeErrors();
  await Promise.all(browser.context.pages().map((page) => page.close()));
  expect(errors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await suite?.close();
});

const startAnswer = async (response: Response) => response.url().endsWith('/graphql') && JSON.stringify(await response.json().catch(() => null)).includes('"startScanSignIn"');

/** 我的 in the browser, with its QR code; the code it holds (read from the API's answer: the phone camera's part). */
async function browserQrCode(): Promise<{ page: Page; code: string }> {
  const started = browser.context.waitForEvent('response', { predicate: startAnswer });
  // A tab of its own, from empty storage: nobody signed in.
  const page = await browser.open(ROUTES.mine);
  const { data } = (await (await started).json()) as { data: { startScanSignIn: { code: string } } };
  await settled(page, '请用手机微信的“扫一扫”扫描下面的二维码');
  await current(page).getByRole('img', { name: '登录二维码，请用微信扫一扫' }).waitFor();
  return { page, code: data.startScanSignIn.code };
}

/** WeChat's camera on the code: the scan rule opens 确认登录 with the address in `q` (scene 1011); signed in with WeChat on the way. */
async function scanWithWeChat(code: string): Promise<MiniProgram> {
  const program = suite.launch({ path: 'pages/sign-in/confirm/index', query: { q: encodeURIComponent(`https://gov.example.cn/d/${code}`), scancode_time: '1764820000' }, scene: 1011 });
  const confirm = await program.settle();
  confirm.tap(await confirm.findByRole('button', { name: '去“我的”登录' }));
  const mine = await program.waitForPage('pages/mine/index/index');
  mine.tap(await mine.findByRole('button', { name: '登录' }));
  mine.tap(await mine.findByRole('button', { name: '登录好了，返回上一页' }));
  await program.waitForPage('pages/sign-in/confirm/index');
  await program.settle();
  return program;
}

it('确认登录 on the phone signs the browser in as that resident', async () => {
  const { page, code } = await browserQrCode();
  const program = await scanWithWeChat(code);
  const confirm = program.page;
  // The phone opened the code: the browser says so at once, in place of the code.
  await settled(page, '已扫码，请在手机上确认登录');
  expect(await current(page).getByRole('img', { name: '登录二维码，请用微信扫一扫' }).count()).toBe(0);
  // What is asking, and the warning, before the resident decides.
  await confirm.findByText('网页版 GovOpen 请求登录');
  await confirm.findByText(/如果不是您本人正在电脑或自助机前登录/);
  confirm.tap(await confirm.findByRole('button', { name: '确认登录' }));
  await confirm.findByText(/已确认登录/);

  // The browser's next poll is signed in: 我的 shows 已登录 and the resident's account.
  await settled(page, '首次登录');
  expect(await current(page).getByRole('heading', { name: '已登录' }).count()).toBe(1);
  expect(program.problems()).toEqual([]);
});

it('取消 on the phone leaves the browser signed out, and both screens say so', async () => {
  const { page, code } = await browserQrCode();
  const program = await scanWithWeChat(code);
  const confirm = program.page;
  confirm.tap(await confirm.findByRole('button', { name: '取消' }));
  await confirm.findByText('已取消，网页上没有登录。');
  await settled(page, '您在手机上取消了登录，这个二维码不能再用了。');
  expect(await current(page).getByRole('heading', { name: '已登录' }).count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('govopen.session.v1'))).toBeNull();
  // A new code is one tap away.
  await current(page).getByRole('button', { name: '换一个二维码' }).click();
  await current(page).getByRole('img', { name: '登录二维码，请用微信扫一扫' }).waitFor();
  expect(program.problems()).toEqual([]);
});

it('a code left for two minutes expires: the phone cannot confirm it and the browser offers a new one', async () => {
  const { page, code } = await browserQrCode();
  suite.api.clock.set(new Date(Date.now() + 121_000));
  await settled(page, '二维码已过期（两分钟内没有确认）。');
  const program = await scanWithWeChat(code);
  await program.page.findByText('这个二维码已过期，请在网页上换一个二维码再扫。');
  expect(await current(page).getByRole('heading', { name: '已登录' }).count()).toBe(0);
  expect(program.problems()).toEqual([]);
});
