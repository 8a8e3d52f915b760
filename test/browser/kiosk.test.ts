import type { Page } from 'playwright-core';
import { current, govOpenInBrowser, ROUTES, settled } from '../support/browser';

// The self-service kiosk in the 政务公开专区: the H5 pages in a shared browser, started at
// https://HOST/?kiosk=<seconds>. Whoever walks away signed in is signed out once nobody has touched
// it for that long, and the next person starts at the home page; while someone uses it, nothing moves.

const app = govOpenInBrowser('kiosk');

/** 我的 → 测试登录 as `name`, until 已登录 shows. */
async function signIn(page: Page, name: string) {
  const view = current(page);
  await settled(page, '测试登录');
  await view.getByRole('textbox', { name: '名字' }).fill(name);
  await view.getByRole('button', { name: '登录', exact: true }).click();
  await settled(page, '首次登录');
}

it('signs the resident out after the set idle time, back at the home page, but not while they are using it', async () => {
  const page = await app.browser.open(ROUTES.home);
  await page.goto(`${app.govopen.base}/?kiosk=4#${ROUTES.mine}`);
  const view = current(page);
  await signIn(page, 'kiosk-visitor');

  // Someone still reading and tapping: 3 s, a tap, 3 s — still signed in.
  await page.waitForTimeout(3000);
  await page.mouse.click(5, 5);
  await page.waitForTimeout(3000);
  expect(await view.getByRole('heading', { name: '已登录' }).count()).toBe(1);

  // Then nobody for the kiosk's 4 s: signed out, and the home page for the next person.
  await page.waitForFunction(() => !localStorage.getItem('govopen.session.v1')?.includes('token'), undefined, { timeout: 8000 });
  await settled(page, '查看政策和解读');
  expect(new URL(page.url()).hash).toBe(`#${ROUTES.home}`);
});

it('is an ordinary browser without ?kiosk: nobody is signed out for being idle', async () => {
  const page = await app.browser.open(ROUTES.mine);
  await signIn(page, 'at-home');
  await page.waitForTimeout(3000);
  expect(await current(page).getByRole('heading', { name: '已登录' }).count()).toBe(1);
});
