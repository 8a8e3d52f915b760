import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import {
  axeViolations,
  bodyFontSize,
  current,
  govOpenInBrowser,
  DESK,
  PHONE,
  ROUTES,
  SCREENSHOTS,
  screenshotWholePage,
  settled,
  sidewaysOverflow,
  STANDARD,
  stretchedButtons,
  tapTargets,
  WIDTHS,
  type DisplaySettings,
  type Target,
} from '../support/browser';
import { monthsInWords, periodDates } from '../../miniapp/src/features/rating/format';
import { dateInWords } from '../../miniapp/src/lib/format';

// 好差评 on the H5 build that `npm start` serves, in Chromium: a resident opens the rating link of a
// demo service (as its printed QR code holds it), signs in with 测试登录 on the way, gives a 差评 with a
// reason; a district admin (STAFF_BOOTSTRAP) signs in on the staff page of the same browser, at a phone's
// 375 px and (a 差评 of its own) at a desk's 1280 px, reads the number, calls back and replies; the
// resident sees the reply in 我的评价 and rates the fix. The admin prints a window's
// code from 服务二维码 (SVG and PNG downloads) and adds a service there. axe-core and the 长辈版 sizes
// on every new page; screenshots in test-artifacts/screenshots/rating-<page>-<mode>.png.

const ADMIN = { username: 'admin', password: 'browser-test-admin-password' };
const app = govOpenInBrowser('ratings', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const SERVICE = '最低生活保障申请';

/** What each width's run gives as a 差评 (its own resident, reason and words), handled by staff at that width. */
const BAD_RATINGS = WIDTHS.map(([width, size]) => ({
  width,
  size,
  ...(width === 'phone'
    ? { login: 'rater', reason: '等候时间长', reasonText: '排队叫号机坏了，等了两个小时', phone: '13800001234', callback: '已电话联系评价人，核实叫号机故障。', reply: '已修好叫号机，并在高峰时段增开4号窗口。' }
    : { login: 'rater-desk', reason: '系统故障', reasonText: '自助机读不了身份证，来回跑了两趟', phone: '13900005678', callback: '已电话联系评价人，核实读卡器损坏。', reply: '已更换自助机的读卡器，并安排导办员在旁协助。' }),
}));

type Mode = 'standard' | 'elder';
const SETTINGS: Record<Mode, DisplaySettings> = { standard: STANDARD, elder: { ...STANDARD, elder: true } };
const MIN_TARGET: Record<Mode, number> = { standard: 44, elder: 60 };

const tooSmall = (targets: Target[], min: number) => targets.filter((t) => t.width < min || t.height < min);

/**
 * axe (no serious or critical violation), the mode's tap targets and body size, and a screenshot; a staff
 * page checked at a run's width also has nothing sideways, no button stretched across a desk, and its width in its name.
 */
async function check(page: Page, name: string, mode: Mode, width?: 'phone' | 'desk'): Promise<void> {
  const violations = await axeViolations(page);
  expect({ page: name, mode, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, mode, violations: [] });
  expect({ page: name, mode, tooSmall: tooSmall(await tapTargets(page), MIN_TARGET[mode]) }).toEqual({ page: name, mode, tooSmall: [] });
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 22 : 18);
  if (width) {
    const stretched = width === 'desk' ? await stretchedButtons(page) : [];
    expect({ page: name, width, sideways: await sidewaysOverflow(page), stretched }).toEqual({ page: name, width, sideways: [], stretched: [] });
  }
  await screenshotWholePage(page, `rating-${name}-${mode}${width ? `-${width}` : ''}`);
}

/** A staff page at a desk browser's 1280 px: axe (nothing serious), nothing sideways, a screenshot; then back at 375 px. */
async function checkAtDesk(page: Page, name: string, mode: Mode): Promise<void> {
  await page.setViewportSize(DESK);
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ page: name, mode, desk: serious, sideways: await sidewaysOverflow(page) }).toEqual({ page: name, mode, desk: [], sideways: [] });
  await screenshotWholePage(page, `rating-${name}-${mode}-desk`);
  await page.setViewportSize(PHONE);
}

/**
 * The demo service's rating link for window 3, as the API prints it on the QR code (a path address,
 * /r/<service>/3), and the H5 route the server sends it on to (the hash route older codes hold).
 */
async function ratingLink(): Promise<{ printed: string; route: string; params: Record<string, string> }> {
  const list = await graphql<{ services: { edges: Array<{ node: { id: string; name: string } }> } }>(app.govopen.base, '{ services(first: 50) { edges { node { id name } } } }');
  const id = list.body.data!.services.edges.find(({ node }) => node.name === SERVICE)!.node.id;
  const link = await graphql<{ service: { ratingLink: { h5Url: string } } }>(app.govopen.base, 'query($id: ID!) { service(id: $id) { ratingLink(window: "3") { h5Url } } }', { id });
  const printed = link.body.data!.service.ratingLink.h5Url;
  expect(new URL(printed).pathname).toBe(`/r/${encodeURIComponent(id)}/3`);
  const redirect = await fetch(printed, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  const { hash } = new URL(redirect.headers.get('location')!, printed);
  const [route, query] = hash.slice(1).split('?');
  return { printed, route: route!, params: Object.fromEntries(new URLSearchParams(query)) };
}

const today = () => dateInWords(new Date().toISOString());

/** The demo service's link for one window as the API gives it: the printable code and its caption. */
async function windowCode(window: string): Promise<{ qrCodeDataUrl: string; caption: string }> {
  const list = await graphql<{ services: { edges: Array<{ node: { id: string; name: string } }> } }>(app.govopen.base, '{ services(first: 50) { edges { node { id name } } } }');
  const id = list.body.data!.services.edges.find(({ node }) => node.name === SERVICE)!.node.id;
  const link = await graphql<{ service: { ratingLink: { qrCodeDataUrl: string; caption: string } } }>(
    app.govopen.base,
    'query($id: ID!, $w: String) { service(id: $id) { ratingLink(window: $w) { qrCodeDataUrl caption } } }',
    { id, w: window },
  );
  return link.body.data!.service.ratingLink;
}

/** A link or button's box, which must be a tap target of the mode's size too. */
async function targetSize(target: Locator): Promise<{ width: number; height: number }> {
  const box = (await target.boundingBox())!;
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

describe('好差评 in the browser', () => {
  it('a printed code\'s /r/ address opened in the browser lands on the rate page of that service and window', async () => {
    const link = await ratingLink();
    const page = await app.browser.open(ROUTES.home);
    await page.goto(link.printed);
    await settled(page, SERVICE);
    await current(page).getByText('3号窗口').waitFor();
    expect(new URL(page.url()).hash.startsWith(`#${ROUTES.ratingRate}?`)).toBe(true);
  });

  describe.each(BAD_RATINGS)('a 差评 handled by staff at $size.width px', ({ width, size, login, reason, reasonText, phone, callback, reply }) => {
    it('rating link → 测试登录 on the way → 差评 with a reason → staff call back and reply → the resident sees the reply and rates the fix', async () => {
      const link = await ratingLink();
      expect(link.route).toBe(ROUTES.ratingRate);
      expect(link.params).toEqual({ service: expect.any(String), window: '3' });

      // The rating page the printed code opens.
      const page = await app.browser.open(link.route, link.params);
      const view = current(page);
      await settled(page, SERVICE);
      expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe('评价这次服务');
      await view.getByText('3号窗口').waitFor();
      await check(page, 'rate', 'standard');
      await view.getByRole('button', { name: '差评（不满意）' }).click();
      expect(await view.getByRole('button', { name: '不满意，已选' }).getAttribute('aria-pressed')).toBe('true');
      await view.getByRole('button', { name: reason }).click();
      await view.getByRole('textbox', { name: '写几句原因（可以不填）' }).fill(reasonText);
      // A number to call back on: without one the department replies in writing and promises no call.
      await view.getByLabel('回访电话（可以不填）').fill(phone);
      await check(page, 'rate-bad', 'standard');

      // Signed out: sign in on 我的 and come back, with everything still filled in.
      await view.getByRole('button', { name: '去“我的”登录' }).click();
      await settled(page, '测试登录');
      await view.getByRole('textbox', { name: '名字' }).fill(login);
      await view.getByRole('button', { name: '登录', exact: true }).click();
      await view.getByRole('button', { name: '登录好了，返回上一页' }).click();
      await settled(page, '评价这次服务');
      expect(await view.getByRole('button', { name: `${reason}，已选` }).count()).toBe(1);
      expect(await view.getByRole('textbox', { name: '写几句原因（可以不填）' }).inputValue()).toBe(reasonText);
      await view.getByRole('button', { name: '提交评价' }).click();

      // The calm confirmation: what happens next, by when.
      await settled(page, '已收到您的意见');
      const next = await view.getByRole('region', { name: '接下来' }).innerText();
      expect(next).toMatch(/1\. 区民政局的工作人员最迟在\d{4}年\d{1,2}月\d{1,2}日 星期.打电话回访您/);
      expect(next).toMatch(/2\. 部门最迟在\d{4}年\d{1,2}月\d{1,2}日 星期.整改或说明情况，并答复您/);
      await check(page, 'done', 'standard');

      // A district admin on the same browser, at this run's width: 我的 → 工作人员登录 (the 工作台's form), then
      // 差评办理 from 我的, where the staff pages now show. The resident stays signed in.
      await page.setViewportSize(size);
      await view.getByRole('button', { name: '回到首页' }).click();
      await settled(page, '查看政策和解读');
      await view.getByRole('link', { name: /^我的/ }).click();
      await settled(page, '已登录');
      await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '工作人员登录' }).click();
      await settled(page, '供区政府和各部门的工作人员办理日常工作。居民不用在这里登录。');
      await check(page, 'staff-sign-in', 'standard', width);
      await view.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username);
      await view.getByLabel('密码').fill(ADMIN.password);
      await view.getByRole('button', { name: '登录', exact: true }).click();
      await settled(page, '退出工作人员登录');
      await page.goBack();
      await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '差评办理' }).click();
      await settled(page, /^共 \d+ 件，其中已超期 \d+ 件/);
      expect(await view.getByText('身份：全区管理员，可办理各部门的差评').count()).toBe(1);
      // A district admin sees every department's cases; the demo has overdue ones, said in words.
      expect(await view.getByText(/^部门：区人力资源和社会保障局$/).count()).toBeGreaterThan(0);
      expect(await view.getByText(/^⚠ 已超期：最迟应在\d{4}年\d{1,2}月\d{1,2}日 星期.(回访|答复)$/).count()).toBeGreaterThan(0);
      await check(page, 'staff-cases', 'standard', width);
      const card = view.getByTestId('case-card').filter({ hasText: `${SERVICE} · 不满意` }).filter({ hasText: `原因：${reason}` }).filter({ hasText: `评价日期：${today()}` });
      expect(await card.count()).toBe(1);
      // Staff read staff words: 待回访, not the resident's 等待回访.
      expect(await card.innerText()).toContain('状态：待回访');
      await card.click();

      await settled(page, '办理经过');
      expect(await view.getByText(reasonText, { exact: false }).count()).toBeGreaterThan(0);
      await check(page, 'case', 'standard', width);
      // The number to call, whole, on request (the API records the read).
      await view.getByRole('button', { name: '查看完整回访电话（会记录在案）' }).click();
      await settled(page, phone);
      await view.getByRole('textbox', { name: '回访情况' }).fill(callback);
      await view.getByRole('button', { name: '保存回访记录' }).click();
      await settled(page, '回访记录已保存。');
      await view.getByRole('textbox', { name: '答复内容' }).fill(reply);
      await view.getByRole('button', { name: '发送答复' }).click();
      await settled(page, '答复已发送。');
      expect(await view.locator('.gov-fields__value', { hasText: '已整改并答复评价人，待结案' }).count()).toBe(1);
      await check(page, 'case-replied', 'standard', width);

      // The resident, still signed in, sees the reply in 我的评价 on their phone and rates the fix once.
      await page.setViewportSize(PHONE);
      await page.goto(`${app.govopen.base}/#${ROUTES.ratingMine}`);
      // (the reply's words are on the case page too, which stays in the DOM until the router moves on)
      await settled(page, '部门答复（已整改）');
      const mine = view.getByRole('article').filter({ hasText: reasonText });
      expect(await mine.getByRole('heading', { name: '部门答复（已整改）' }).count()).toBe(1);
      expect(await mine.innerText()).toContain(reply);
      expect(await mine.innerText()).toContain('办理进度\n已整改，已答复您。');
      await check(page, 'mine', 'standard');
      await mine.getByRole('button', { name: '满意', exact: true }).click();
      await mine.getByRole('button', { name: '提交追评' }).click();
      await settled(page, '您对整改结果的评价：满意');
    });
  });

  it('满意度公开: bars with the same numbers in words; a department opens its services', async () => {
    const page = await app.browser.open(ROUTES.rating);
    const view = current(page);
    await settled(page, '网页版不能扫码');
    await view.getByRole('link', { name: new RegExp(SERVICE) }).waitFor();
    await check(page, 'home', 'standard');
    await view.getByRole('button', { name: '满意度公开（各部门的评价结果）' }).click();
    await settled(page, '全区合计');
    // One precision side by side (79.0% beside 84.8%; before, 79% beside 84.8%), and the bars can be compared:
    // each track starts and ends where the others do, whether its figure is 79.0% or 100.0%.
    const values = await view.locator('.rating-bar__value').allInnerTexts();
    expect(values.filter((v) => v !== '暂无').length).toBeGreaterThan(1);
    expect(values.filter((v) => v !== '暂无' && !/^\d{1,3}\.\d%$/u.test(v))).toEqual([]);
    const tracks = await view.locator('.rating-bar__track').evaluateAll((all) => all.map((t) => { const box = t.getBoundingClientRect(); return `${Math.round(box.left)}–${Math.round(box.right)}`; }));
    expect(new Set(tracks).size).toBe(1);
    await view.getByRole('button', { name: '近3个月' }).click();
    const period = periodDates('recent', new Date());
    await settled(page, monthsInWords(period.from, period.to));
    const bars = await view.locator('.rating-bar-row').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('.rating-bar-row__name')!.textContent, row.querySelector('.rating-bar__value')!.textContent]),
    );
    const figures = await graphql<{ ratingFigures: { byDepartment: Array<{ department: string }> } }>(app.govopen.base, 'query($p: PeriodInput!) { ratingFigures(period: $p) { byDepartment { department } } }', { p: period });
    expect(bars.map(([name]) => name)).toEqual(figures.body.data!.ratingFigures.byDepartment.map((d) => d.department));
    expect(bars.length).toBeGreaterThan(1);
    const words = view.getByRole('list', { name: '满意度（文字版）' });
    for (const [name, value] of bars) expect(await words.getByRole('listitem').filter({ hasText: name! }).innerText()).toContain(`满意率\n${value}`);
    await check(page, 'figures', 'standard');
    await view.getByRole('button', { name: '看区民政局的各项服务' }).click();
    await settled(page, '区民政局合计');
    expect(await view.getByRole('list', { name: '满意度（文字版）' }).getByRole('listitem').count()).toBe(2);
  });

  it('长辈版: every 好差评 page passes axe, has 60 px targets and 22 px text', async () => {
    const resident = await graphql<{ login: { token: string; expiresAt: string } }>(app.govopen.base, 'mutation { login(code: "dev:elder") { token expiresAt } }');
    const staff = await graphql<{ staffLogin: { token: string; expiresAt: string } }>(app.govopen.base, 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }', { u: ADMIN.username, p: ADMIN.password });
    const cases = await graphql<{ ratingCases: { edges: Array<{ node: { id: string } }> } }>(app.govopen.base, '{ ratingCases(first: 1) { edges { node { id } } } }', undefined, staff.body.data!.staffLogin.token);
    const link = await ratingLink();

    const visits: Array<[string, string, Record<string, string>, string | RegExp]> = [
      ['home', ROUTES.rating, {}, '网页版不能扫码'],
      ['rate-bad', link.route, link.params, SERVICE],
      ['mine', ROUTES.ratingMine, {}, /^共 \d+ 条|您还没有评价过/],
      ['figures', ROUTES.ratingFigures, {}, '全区合计'],
      ['staff-sign-in', ROUTES.ratingStaff, {}, '工作人员登录'],
      ['staff-cases', ROUTES.ratingStaff, {}, /^共 \d+ 件/],
      ['case', ROUTES.ratingCase, { id: cases.body.data!.ratingCases.edges[0]!.node.id }, '办理经过'],
    ];
    for (const [name, route, params, ready] of visits) {
      const page = await app.browser.open(route, params, SETTINGS.elder);
      // Taro's H5 storage keeps each value as JSON { data: value }.
      await page.evaluate(
        ([residentSession, staffSession]) => {
          localStorage.setItem('govopen.session.v1', JSON.stringify({ data: residentSession }));
          if (staffSession) localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: staffSession }));
        },
        [resident.body.data!.login, name === 'staff-sign-in' ? null : staff.body.data!.staffLogin] as const,
      );
      await page.reload();
      await settled(page, ready);
      if (name === 'rate-bad') await current(page).getByRole('button', { name: '差评（不满意）' }).click();
      await check(page, name, 'elder');
      if (name.startsWith('staff') || name === 'case') await checkAtDesk(page, name, 'elder');
      await page.close();
    }
  });

  // Last: it adds a service to 区民政局, which the figures above count.
  it('服务二维码: a district admin picks 区民政局, sees window 3\'s code and downloads it (SVG, and PNG drawn in the browser); adds a service, the API checking the form', async () => {
    const code3 = await windowCode('3');
    const page = await app.browser.open(ROUTES.mine);
    const view = current(page);
    await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '工作人员登录' }).click();
    await view.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username);
    await view.getByLabel('密码').fill(ADMIN.password);
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, '退出工作人员登录');
    await page.goBack();
    await view.getByRole('group', { name: '工作人员' }).getByRole('button', { name: '服务二维码（打印好差评二维码）' }).click();

    // A district admin picks the department; the demo service has windows 3 and 4.
    await view.getByRole('group', { name: '选择部门' }).getByRole('button', { name: '区民政局' }).click();
    await settled(page, /^共 \d+ 项服务/);
    const card = view.getByRole('region', { name: SERVICE });
    expect(await card.getByText(/^办理方式：窗口办理（.*3.*号窗口）$/).count()).toBe(1);
    expect(await card.getByTestId('qr-code').count()).toBe(3);
    const code = card.getByRole('group', { name: '3号窗口的二维码' });
    const image = code.getByRole('img', { name: `评价二维码：${code3.caption}` });
    expect(await image.getAttribute('src')).toBe(code3.qrCodeDataUrl);
    // Shown large, and really drawn (the SVG decoded).
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await targetSize(image)).width).toBeGreaterThanOrEqual(250);
    expect(await code.innerText()).toContain(`印在二维码下面的字：${code3.caption}`);

    // 下载矢量图（印刷用）: the API's SVG as an image data URL, named after the caption.
    const download = code.getByRole('link', { name: '下载矢量图（印刷用）' });
    expect(await download.getAttribute('href')).toBe(code3.qrCodeDataUrl);
    expect(await download.getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await download.getAttribute('download')).toBe('区民政局-最低生活保障申请-3号窗口.svg');
    expect((await targetSize(download)).height).toBeGreaterThanOrEqual(44);
    const [svgFile] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(svgFile.suggestedFilename()).toBe('区民政局-最低生活保障申请-3号窗口.svg');
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The caption is printed whole, wrapped at its separators to the code's width.
    for (const part of code3.caption.split(' · ')) expect(svg).toContain(part);

    // 下载图片（PNG）: drawn from the SVG on an offscreen canvas, 4 times its size.
    const [pngFile] = await Promise.all([page.waitForEvent('download'), code.getByRole('button', { name: '下载图片（PNG）' }).click()]);
    expect(pngFile.suggestedFilename()).toBe('区民政局-最低生活保障申请-3号窗口.png');
    const png = readFileSync((await pngFile.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [, svgWidth, svgHeight] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([svgWidth! * 4, svgHeight! * 4]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync((await pngFile.path())!, join(SCREENSHOTS, 'rating-qr-download.png'));
    await settled(page, '已保存 PNG 图片，在浏览器的“下载”里可以找到。');
    await check(page, 'qr-codes', 'standard');

    // 新增服务: the API's own messages, under the field they are about.
    const form = view.getByRole('form', { name: '新增服务' });
    await form.getByRole('button', { name: '新增服务' }).click();
    await form.getByText('请填写服务名称。').waitFor();
    expect(await form.getByRole('textbox', { name: '服务名称' }).getAttribute('aria-invalid')).toBe('true');
    await form.getByRole('textbox', { name: '服务名称' }).fill('婚姻登记咨询（测试）');
    await form.getByRole('textbox', { name: '窗口号' }).fill('7、八');
    await form.getByRole('button', { name: '新增服务' }).click();
    await form.getByText('窗口号只能有数字、字母和横线，最多 10 位，例如 3 或 A12。（您填的“八”）').waitFor();
    await check(page, 'qr-add-service', 'standard');
    await form.getByRole('textbox', { name: '窗口号' }).fill('7、8');
    await form.getByRole('button', { name: '新增服务' }).click();
    await settled(page, '已新增“婚姻登记咨询（测试）”（区民政局），它的二维码在上面的列表里。');
    const added = view.getByRole('region', { name: '婚姻登记咨询（测试）' });
    await added.getByRole('group', { name: '8号窗口的二维码' }).waitFor();
    expect(await added.getByTestId('qr-code').count()).toBe(3);
    expect(await added.getByRole('link', { name: '下载矢量图（印刷用）' }).first().getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);

    // 长辈版, on a 320 px phone too: no sideways scrolling, 60 px targets (the download link too).
    const staffSession = await page.evaluate(() => localStorage.getItem('govopen.staff-session.v1'));
    const elder = await app.browser.open(ROUTES.ratingQrCodes, { department: '区民政局' }, SETTINGS.elder);
    await elder.evaluate((stored) => localStorage.setItem('govopen.staff-session.v1', stored!), staffSession);
    await elder.reload();
    await settled(elder, /^共 \d+ 项服务/);
    const elderDownload = current(elder).getByRole('region', { name: SERVICE }).getByRole('link', { name: '下载矢量图（印刷用）' }).first();
    expect((await targetSize(elderDownload)).height).toBeGreaterThanOrEqual(60);
    await check(elder, 'qr-codes', 'elder');
    await checkAtDesk(elder, 'qr-codes', 'elder');
    await elder.setViewportSize({ width: 320, height: PHONE.height });
    expect(await sidewaysOverflow(elder)).toEqual([]);
  });
});
