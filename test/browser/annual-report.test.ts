import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createDynamo, ensureTable } from '../../api/src/core/dynamo';
import { axeViolations, bodyFontSize, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, tapTargets } from '../support/browser';
import { createTestApi, createTestStaff, residentToken, setBeijingTime } from '../support/test-app';

// 申请情况年度统计 on the H5 build that `npm start` serves, in Chromium at 375 px: last year's applications
// (three citizens, one company) are made through the API on GovOpen's own table before it starts, so
// its first scheduled run takes last year's figures; a resident, not signed in, opens the page from the
// home page, reads the table's numbers, downloads the CSV, and reads it in 长辈版 too.
// Screenshots in test-artifacts/screenshots/annual-report-<mode>.png.

const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date())) - 1;

let tableName = '';
beforeAll(async () => {
  // Before GovOpen starts (hooks run in the order they were registered): its table, with last year's applications.
  const config = { ...DEFAULT_CONFIG, logLevel: 'silent' as const, tableName, dynamoEndpoint: process.env.DYNAMODB_ENDPOINT };
  const dynamo = createDynamo(config);
  await ensureTable(dynamo);
  const api = await createTestApi(config, dynamo);
  const clerk = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  const run = async (query: string, variables: Record<string, unknown>, token: string) => {
    const result = await api.run<Record<string, { id: string }>>(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0]!.id;
  };
  const apply = async (on: string, who: string, applicant: Record<string, unknown>) => {
    setBeijingTime(api, `${year}-${on} 10:00`);
    const input = { department: '区民政局', mobile: '13812345678', description: '养老服务补贴的发放情况', form: 'ELECTRONIC', delivery: 'ONLINE', ...applicant };
    return run('mutation($input: InformationRequestInput!) { applyForInformation(input: $input) { id } }', { input }, await residentToken(api, who));
  };
  const reply = async (on: string, id: string, kind: string, grounds: string[] = []) => {
    setBeijingTime(api, `${year}-${on} 10:00`);
    await run('mutation($id: ID!, $reply: InformationReplyInput!) { replyToInformationRequest(id: $id, reply: $reply) { id } }', { id, reply: { kind, grounds, reasons: '经查。' } }, clerk);
  };
  // One valid ID number will do: nothing here is about whose it is.
  const citizen = (name: string) => ({ applicantKind: 'CITIZEN', name, idNumber: '11010519491231002X' });
  await reply('03-10', await apply('03-02', 'r1', citizen('王小华')), 'DISCLOSED');
  await reply('04-20', await apply('04-01', 'r2', citizen('李大明')), 'PARTLY_DISCLOSED', ['THIRD_PARTY_RIGHTS']);
  const company = { applicantKind: 'ORGANISATION', organisationKind: 'BUSINESS', name: '某科技有限公司', organisationCode: '91110105MA01234567' };
  await reply('05-08', await apply('05-06', 'r3', company), 'NOT_EXIST');
  await apply('12-29', 'r4', citizen('张三'));
  dynamo.destroy();
}, 60_000);
const app = govOpenInBrowser('annual-report');
tableName = app.tableName;

/** The three counts (自然人, 法人或其他组织, 总计) of the row whose label starts so. */
const countsOf = (page: Page, label: string) =>
  current(page).locator('.annual-table__row').filter({ hasText: label }).first().locator('.annual-table__count').allInnerTexts();

async function checkTable(page: Page): Promise<void> {
  await settled(page, `${year}年 收到和处理政府信息公开申请情况`);
  expect(await countsOf(page, '一、本年新收政府信息公开申请数量')).toEqual(['3', '1', '4']);
  expect(await countsOf(page, '二、上年结转政府信息公开申请数量')).toEqual(['0', '0', '0']);
  expect(await countsOf(page, '（一）予以公开')).toEqual(['1', '0', '1']);
  expect(await countsOf(page, '（二）部分公开')).toEqual(['1', '0', '1']);
  expect(await countsOf(page, '本机关不掌握相关政府信息')).toEqual(['0', '1', '1']);
  expect(await countsOf(page, '（七）总计')).toEqual(['2', '1', '3']);
  expect(await countsOf(page, '四、结转下年度继续办理')).toEqual(['1', '0', '1']);
  // Counts only: nothing of any applicant.
  const text = await current(page).innerText();
  for (const personal of ['王小华', '王*华', '李大明', '张三', '某科技有限公司', '138', '养老服务补贴']) expect(text).not.toContain(personal);
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
});
