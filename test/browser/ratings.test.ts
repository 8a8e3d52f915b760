import type { Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import {
  axeViolations,
  bodyFontSize,
  current,
  govOpenInBrowser,
  ROUTES,
  screenshotWholePage,
  settled,
  STANDARD,
  tapTargets,
  type DisplaySettings,
  type Target,
} from '../support/browser';
import { beijingDay, dateInWords, monthsInWords, periodDates } from '../../miniapp/src/rating/format';

// 好差评 on the H5 build that `npm start` serves, in Chromium: a resident opens the rating link of a
// demo service (as its printed QR code holds it), signs in with 测试登录 on the way, gives a 差评 with a
// reason; a district admin (STAFF_BOOTSTRAP) signs in on the staff page of the same phone, calls back
// and replies; the resident sees the reply in 我的评价 and rates the fix. axe-core and the 长辈版
// sizes on every new page; screenshots in test-artifacts/screenshots/rating-<page>-<mode>.png.

const ADMIN = { username: 'admin', password: 'browser-test-admin-password' };
const app = govOpenInBrowser('ratings', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

const SERVICE = '最低生活保障申请';
const REASON_TEXT = '排队叫号机坏了，等了两个小时';
const REPLY = '已修好叫号机，并在高峰时段增开4号窗口。';

type Mode = 'standard' | 'elder';
const SETTINGS: Record<Mode, DisplaySettings> = { standard: STANDARD, elder: { ...STANDARD, elder: true } };
const MIN_TARGET: Record<Mode, number> = { standard: 44, elder: 60 };

const tooSmall = (targets: Target[], min: number) => targets.filter((t) => t.width < min || t.height < min);

/** axe (no serious or critical violation), the mode's tap targets and body size, and a screenshot. */
async function check(page: Page, name: string, mode: Mode): Promise<void> {
  const violations = await axeViolations(page);
  expect({ page: name, mode, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, mode, violations: [] });
  expect({ page: name, mode, tooSmall: tooSmall(await tapTargets(page), MIN_TARGET[mode]) }).toEqual({ page: name, mode, tooSmall: [] });
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 22 : 18);
  await screenshotWholePage(page, `rating-${name}-${mode}`);
}

/** The demo service's rating link for window 3, as the API prints it on the QR code. */
async function ratingLink(): Promise<{ route: string; params: Record<string, string> }> {
  const list = await graphql<{ services: { edges: Array<{ node: { id: string; name: string } }> } }>(app.govopen.base, '{ services(first: 50) { edges { node { id name } } } }');
  const id = list.body.data!.services.edges.find(({ node }) => node.name === SERVICE)!.node.id;
  const link = await graphql<{ service: { ratingLink: { h5Url: string } } }>(app.govopen.base, 'query($id: ID!) { service(id: $id) { ratingLink(window: "3") { h5Url } } }', { id });
  const { hash } = new URL(link.body.data!.service.ratingLink.h5Url);
  const [route, query] = hash.slice(1).split('?');
  return { route: route!, params: Object.fromEntries(new URLSearchParams(query)) };
}

const today = () => dateInWords(beijingDay(new Date()));

describe('好差评 in the browser', () => {
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
    await view.getByRole('button', { name: '等候时间长' }).click();
    await view.getByRole('textbox', { name: '写几句原因（选填）' }).fill(REASON_TEXT);
    await check(page, 'rate-bad', 'standard');

    // Signed out: sign in on 我的 and come back, with everything still filled in.
    await view.getByRole('button', { name: '去“我的”登录' }).click();
    await settled(page, '测试登录');
    await view.getByRole('textbox', { name: '名字' }).fill('rater');
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await view.getByRole('button', { name: '登录好了，返回上一页' }).click();
    await settled(page, '评价这次服务');
    expect(await view.getByRole('button', { name: '等候时间长，已选' }).count()).toBe(1);
    expect(await view.getByRole('textbox', { name: '写几句原因（选填）' }).inputValue()).toBe(REASON_TEXT);
    await view.getByRole('button', { name: '提交评价' }).click();

    // The calm confirmation: what happens next, by when.
    await settled(page, '已收到您的意见');
    const next = await view.getByRole('region', { name: '接下来' }).innerText();
    expect(next).toMatch(/1\. \d{4}年\d{1,2}月\d{1,2}日（星期.）前，区民政局的工作人员会打电话回访您/);
    expect(next).toMatch(/2\. \d{4}年\d{1,2}月\d{1,2}日（星期.）前，部门会整改或说明情况，并答复您/);
    await check(page, 'done', 'standard');

    // A district admin on the same phone: 我的 → 工作人员 → 工作人员登录. The resident stays signed in.
    await view.getByRole('button', { name: '回到首页' }).click();
    await settled(page, '查看政策和解读');
    await view.getByRole('link', { name: /^我的/ }).click();
    await settled(page, '已登录');
    await view.getByRole('button', { name: '工作人员登录（办理差评）' }).click();
    await settled(page, '供区政府和各部门的工作人员办理差评。居民不用在这里登录。');
    await check(page, 'staff-sign-in', 'standard');
    await view.getByRole('textbox', { name: '用户名' }).fill(ADMIN.username);
    await view.getByLabel('密码').fill(ADMIN.password);
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, /^共 \d+ 件，其中已超期 \d+ 件/);
    expect(await view.getByText('身份：全区管理员，可办理各部门的差评').count()).toBe(1);
    // A district admin sees every department's cases; the demo has overdue ones, said in words.
    expect(await view.getByText(/^部门：区人力资源和社会保障局$/).count()).toBeGreaterThan(0);
    expect(await view.getByText(/^⚠ 已超期：应在.+前(回访|答复)$/).count()).toBeGreaterThan(0);
    await check(page, 'staff-cases', 'standard');
    const card = view.getByTestId('case-card').filter({ hasText: `${SERVICE} · 不满意` }).filter({ hasText: `评价日期：${today()}` });
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain('状态：等待回访');
    await card.click();

    await settled(page, '办理经过');
    expect(await view.getByText(REASON_TEXT, { exact: false }).count()).toBeGreaterThan(0);
    await check(page, 'case', 'standard');
    await view.getByRole('textbox', { name: '回访情况' }).fill('已电话联系评价人，核实叫号机故障。');
    await view.getByRole('button', { name: '保存回访记录' }).click();
    await settled(page, '回访记录已保存。');
    await view.getByRole('textbox', { name: '答复内容' }).fill(REPLY);
    await view.getByRole('button', { name: '发送答复' }).click();
    await settled(page, '答复已发送。');
    expect(await view.locator('.gov-fields__value', { hasText: '已整改，已答复您' }).count()).toBe(1);

    // The resident, still signed in on this phone, sees the reply in 我的评价 and rates the fix once.
    await page.goto(`${app.govopen.base}/#${ROUTES.ratingMine}`);
    // (the reply's words are on the case page too, which stays in the DOM until the router moves on)
    await settled(page, '部门答复（已整改）');
    const mine = view.getByRole('article').filter({ hasText: REASON_TEXT });
    expect(await mine.getByRole('heading', { name: '部门答复（已整改）' }).count()).toBe(1);
    expect(await mine.innerText()).toContain(REPLY);
    expect(await mine.innerText()).toContain('办理进度\n已整改，已答复您。');
    await check(page, 'mine', 'standard');
    await mine.getByRole('button', { name: '满意', exact: true }).click();
    await mine.getByRole('button', { name: '提交追评' }).click();
    await settled(page, '您对整改结果的评价：满意');
  });

  it('满意度公开: bars with the same numbers in words; a department opens its services', async () => {
    const page = await app.browser.open(ROUTES.rating);
    const view = current(page);
    await settled(page, '网页版不能扫码');
    await view.getByRole('link', { name: new RegExp(SERVICE) }).waitFor();
    await check(page, 'home', 'standard');
    await view.getByRole('button', { name: '满意度公开（各部门的评价结果）' }).click();
    await settled(page, '全区合计');
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
      await page.close();
    }
  });
});
