import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo, ensureTable } from '../../api/src/core/dynamo';
import { APPLICANTS_PRIVATE, applyLastYear, LAST_YEAR_FIGURES, lastYear } from '../support/annual-figures';
import { axeViolations, bodyFontSize, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, WIDTHS } from '../support/browser';
import { staffLogin } from '../support/run-govopen';

// 申请情况年度统计 on the H5 build that `npm start` serves, in Chromium at 375 px: last year's applications
// (three citizens, one company) are made through the API on GovOpen's own table before it starts, so
// its first scheduled run takes last year's figures; a resident, not signed in, opens the page from the
// home page, reads the table's numbers, downloads the CSV, and reads it in 长辈版 too; the clerk who
// handled them takes the same figures for the report from 依申请公开办理, on a phone and at a desk.
// Screenshots in test-artifacts/screenshots/annual-report-<mode>.png.

const year = lastYear();

let tableName = '';
beforeAll(async () => {
  // Before GovOpen starts (hooks run in the order they were registered): its table, with last year's applications.
  const dynamo = createDynamo({ ...DEFAULT_CONFIG, tableName, dynamoEndpoint: process.env.DYNAMODB_ENDPOINT });
  await ensureTable(dynamo);
  await applyLastYear(dynamo);
  dynamo.destroy();
}, 60_000);
const app = govOpenInBrowser('annual-report');
/** The 区民政局 clerk who handled last year's applications (support/annual-figures.ts). */
const CLERK = { username: 'figures.minzheng', password: 'figures.minzheng-password' };
tableName = app.tableName;

/** The three counts (自然人, 法人或其他组织, 总计) of the row whose label starts so. */
const countsOf = (page: Page, label: string) =>
  current(page).locator('.annual-table__row').filter({ hasText: label }).first().locator('.annual-table__count').allInnerTexts();

async function checkTable(page: Page): Promise<void> {
  await settled(page, `${year}年 收到和处理政府信息公开申请情况`);
  for (const [label, counts] of LAST_YEAR_FIGURES) expect(await countsOf(page, label)).toEqual(counts);
  // Counts only: nothing of any applicant.
  const text = await current(page).innerText();
  for (const personal of APPLICANTS_PRIVATE) expect(text).not.toContain(personal);
  expect(await sidewaysOverflow(page)).toEqual([]);
}

describe('申请情况年度统计 in the browser', () => {
  it('a resident, not signed in, opens it from the home page, reads last year’s table and downloads it as CSV', async () => {
    const page = await app.browser.open(ROUTES.home);
    await settled(page, '政务公开');
    await current(page).getByRole('button', { name: '政府信息公开申请情况（年度统计）' }).click();
    await checkTable(page);
    const view = current(page);
    expect(await view.getByRole('group', { name: '年份' }).getByRole('button', { name: `${year}年，已选` }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: '下载表格（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe(`${year}年政府信息公开申请情况.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith(`\uFEFF${year}年 收到和处理政府信息公开申请情况,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计`)).toBe(true);
    expect(csv).toContain('一、本年新收政府信息公开申请数量,3,1,0,0,0,0,4');
    await view.getByText(`已下载“${year}年政府信息公开申请情况.csv”`, { exact: false }).waitFor();

    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect((await tapTargets(page)).filter((t) => t.width < 44 || t.height < 44)).toEqual([]);
    await screenshotWholePage(page, 'annual-report-standard');
  });

  it('in 长辈版 the same numbers, large, with big buttons and no sideways scrolling', async () => {
    const page = await app.browser.open(ROUTES.caseworkReport, { year: String(year) }, { ...STANDARD, elder: true });
    await checkTable(page);
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(22);
    expect((await tapTargets(page)).filter((t) => t.width < 60 || t.height < 60)).toEqual([]);
    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshotWholePage(page, 'annual-report-elder');
  });

  it.each(WIDTHS)('the clerk takes last year’s figures of their department for the annual report from 依申请公开办理 (%s)', async (width, size) => {
    const page = await app.browser.open(ROUTES.caseworkStaffRequests);
    await page.setViewportSize(size);
    const session = await staffLogin(app.govopen.base, CLERK);
    await page.evaluate((s) => localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: s })), session);
    await page.reload();
    const view = current(page);
    await view.getByRole('button', { name: /^年度报告数字/ }).click();
    await settled(page, `区民政局 ${year}年 收到和处理政府信息公开申请情况`);
    for (const [label, counts] of LAST_YEAR_FIGURES) expect(await countsOf(page, label)).toEqual(counts);
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: '下载表格（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe(`区民政局${year}年政府信息公开申请情况.csv`);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('一、本年新收政府信息公开申请数量,3,1,0,0,0,0,4');
    expect(await sidewaysOverflow(page)).toEqual([]);
    if (width === 'desk') expect(await stretchedButtons(page)).toEqual([]);
    expect((await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshotWholePage(page, `annual-report-staff-${width}`);
  });
});
