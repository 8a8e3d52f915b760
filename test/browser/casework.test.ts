import type { Page } from 'playwright-core';
import { graphql, graphqlData } from '../support/run-govopen';
import { testPng } from '../support/test-png';
import { axeViolations, bodyFontSize, current, govOpenInBrowser, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, STANDARD, stretchedButtons, tapTargets, WIDTHS, type DisplaySettings } from '../support/browser';

// 政民互动 on the H5 build that `npm start` serves, in Chromium. Twice, the clerk's part at a phone's 375 px and
// at a desk's 1280 px, each run with a resident, a question and an application of its own (the resident's part
// on their phone): a resident asks 不知道找谁 with a photo (the district office gets it); a clerk of the district
// office (STAFF_BOOTSTRAP) finds it in the queue with its last day to answer, transfers it to the department it
// belongs to (the last day unchanged), answers and, as the resident agreed, publishes it as 高频问答; the
// resident reads the answer and rates it, and finds it under 高频问答. A resident applies for information; the
// clerk finds it in 依申请公开办理 and asks for a 补正, the resident corrects, the clerk replies and the resident
// opens the 告知书 with the rights to 行政复议 and 行政诉讼. axe-core on every page, 长辈版 sizes, no button
// stretched across a desk; screenshots in test-artifacts/screenshots/casework-<page>-<mode>[-<width>].png.

const ADMIN = { username: 'admin', password: 'browser-test-admin-password' };
const app = govOpenInBrowser('casework', { STAFF_BOOTSTRAP: `${ADMIN.username}:${ADMIN.password}` });

/** What each width's run asks and applies for (a resident of its own), and what its clerk answers. */
const RUNS = WIDTHS.map(([width, size]) => ({
  width,
  size,
  resident: `casework-${width}`,
  ...(width === 'phone'
    ? {
        question: '小区门口的路灯坏了一个多月，该找哪个部门修？',
        to: '区城市管理局',
        note: '路灯维修归城管局，请答复居民。',
        answer: '路灯由区城市管理局负责维修，已转告他们三日内修好；也可以拨打12345报修。',
        applicant: '王小华',
        maskedName: '王*华',
        wanted: '本区老旧小区改造的项目清单',
      }
    : {
        question: '楼下超市卖的熟食过了保质期还在卖，该找哪个部门管？',
        to: '区市场监督管理局',
        note: '食品安全归市场监管局查处，请答复居民。',
        answer: '过期食品由区市场监督管理局负责查处，已转交他们上门检查；也可以拨打12345反映。',
        applicant: '陈建平',
        maskedName: '陈*平',
        wanted: '本区加装电梯补贴的发放名单和金额',
      }),
}));

type Mode = 'standard' | 'elder';
const SETTINGS: Record<Mode, DisplaySettings> = { standard: STANDARD, elder: { ...STANDARD, elder: true } };
const MIN_TARGET: Record<Mode, number> = { standard: 44, elder: 60 };

/**
 * axe (no serious or critical violation), the mode's tap targets and body size, and a screenshot; a clerk's
 * page checked at a run's width also has nothing sideways, no button stretched across a desk, and its width in its name.
 */
async function check(page: Page, name: string, mode: Mode = 'standard', width?: 'phone' | 'desk'): Promise<void> {
  const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const tooSmall = (await tapTargets(page)).filter((t) => t.width < MIN_TARGET[mode] || t.height < MIN_TARGET[mode]);
  expect({ page: name, mode, violations, tooSmall }).toEqual({ page: name, mode, violations: [], tooSmall: [] });
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 22 : 18);
  if (width) {
    const stretched = width === 'desk' ? await stretchedButtons(page) : [];
    expect({ page: name, width, sideways: await sidewaysOverflow(page), stretched }).toEqual({ page: name, width, sideways: [], stretched: [] });
  }
  await screenshotWholePage(page, `casework-${name}-${mode}${width ? `-${width}` : ''}`);
}

/** Sessions as the mini-app keeps them: a resident (测试登录) and the district office's clerk, in the same browser. */
async function sessions(residentName: string): Promise<{ resident: unknown; staff: unknown }> {
  const resident = await graphql<{ login: unknown }>(app.govopen.base, 'mutation($code: String!) { login(code: $code) { token expiresAt } }', { code: `dev:${residentName}` });
  const staff = await graphql<{ staffLogin: unknown }>(app.govopen.base, 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }', { u: ADMIN.username, p: ADMIN.password });
  return { resident: resident.body.data!.login, staff: staff.body.data!.staffLogin };
}

/** Opens `route` signed in as both (Taro's H5 storage keeps each value as JSON { data: value }). */
async function openSignedIn(route: string, params: Record<string, string> = {}, mode: Mode = 'standard', residentName = 'casework'): Promise<Page> {
  const { resident, staff } = await sessions(residentName);
  const page = await app.browser.open(route, params, SETTINGS[mode]);
  await page.evaluate(
    ([r, s]) => {
      localStorage.setItem('govopen.session.v1', JSON.stringify({ data: r }));
      localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: s }));
    },
    [resident, staff] as const,
  );
  await page.reload();
  return page;
}

const goTo = (page: Page, route: string, params: Record<string, string> = {}) => page.goto(`${app.govopen.base}/#${route}${Object.keys(params).length ? `?${new URLSearchParams(params)}` : ''}`);

describe.each(RUNS)('政民互动, the clerk at $size.width px', ({ width, size, resident, question: QUESTION, to, note, answer: ANSWER, applicant, maskedName, wanted }) => {
  it('a resident asks 不知道找谁 with a photo → the clerk sees the photo, transfers it and answers on the clock → the resident reads the answer and rates it', async () => {
    const page = await openSignedIn(ROUTES.caseworkAsk, {}, 'standard', resident);
    const view = current(page);
    await settled(page, '您的问题');
    await check(page, 'ask');
    await view.getByRole('textbox', { name: '您的问题' }).fill(QUESTION);
    // Two photos chosen at 375 px, one of them taken out again with 删除.
    await view.getByLabel('添加照片').setInputFiles({ name: '路灯.png', mimeType: 'image/png', buffer: testPng() });
    await view.getByText(/^照片 1：\d+ KB，PNG$/).waitFor();
    await view.getByLabel('添加照片').setInputFiles({ name: '路灯2.png', mimeType: 'image/png', buffer: testPng(64, 96) });
    await view.getByText(/^照片 2：\d+ KB，PNG$/).waitFor();
    await check(page, 'ask-photos');
    await view.getByRole('button', { name: '删除照片 2' }).click();
    expect(await view.getByText(/^照片 2：/).count()).toBe(0);
    await view.getByText('同意公开（不显示我的信息）').click();
    await view.getByLabel('手机号（可以不填）').fill('13912345678');
    await view.getByRole('button', { name: '提交留言' }).click();
    await settled(page, '留言已提交。答复后会通知您，请留意“我的留言”。');
    expect(await view.getByText(/^答复期限：\d{4}年\d{1,2}月\d{1,2}日 星期.$/).count()).toBe(1);
    expect(await view.locator('.gov-fields__value', { hasText: '区政府办公室' }).count()).toBe(1);
    await check(page, 'question');

    // The clerk, in the same browser at this run's width: the queue by last day to answer, then the question.
    await page.setViewportSize(size);
    await goTo(page, ROUTES.caseworkStaffQuestions);
    await settled(page, /^共 \d+ 条，其中已超期 \d+ 条/);
    await check(page, 'staff-questions', 'standard', width);
    const card = view.getByRole('link', { name: new RegExp(QUESTION.slice(0, 10)) });
    expect(await card.innerText()).toMatch(/答复期限：\d{4}年\d{1,2}月\d{1,2}日 星期./);
    await card.click();
    await settled(page, '办理经过');
    // The call-back number the clerk may dial is there at once, masked; the full one only on purpose (audited).
    expect(await view.innerText()).toContain('回电号码\n139****5678');
    expect(await view.innerText()).not.toContain('13912345678');
    // The resident's photo, served from storage, opens large in the page.
    const thumb = view.getByRole('button', { name: '看大图：留言人附的照片 1' });
    const photo = thumb.getByRole('img');
    await photo.evaluate((img: HTMLImageElement) => img.decode());
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    expect(await view.getByRole('button', { name: /^看大图：/ }).count()).toBe(1);
    await check(page, 'staff-question', 'standard', width);
    await thumb.click();
    await view.getByRole('group', { name: '大图：留言人附的照片 1' }).waitFor();
    await screenshotWholePage(page, `casework-staff-question-photo-standard-${width}`);
    // Not the district office's work: transferred with a note, the last day to answer unchanged.
    const lastDay = await view.getByText(/^答复期限：/).first().innerText();
    const transfer = view.getByRole('group', { name: '转办' });
    await transfer.getByRole('textbox', { name: '转给哪个部门' }).fill(to);
    await transfer.getByRole('textbox', { name: '转办说明' }).fill(note);
    await transfer.getByRole('button', { name: '转办' }).click();
    await settled(page, '已转办。');
    expect(await view.getByText(/^答复期限：/).first().innerText()).toBe(lastDay);
    expect(await current(page).innerText()).toContain(note);
    await view.getByRole('textbox', { name: '答复内容' }).fill(ANSWER);
    await view.getByRole('button', { name: '发送答复' }).click();
    await settled(page, '答复已发送。');
    expect(await view.getByText(/^\d{4}年\d{1,2}月\d{1,2}日答复，按期$/).count()).toBe(1);
    // The asker agreed to publish: the clerk makes it a 高频问答.
    await view.getByRole('button', { name: '公开为高频问答' }).click();
    await settled(page, '已公开为高频问答。');
    await check(page, 'staff-question-answered', 'standard', width);

    // The resident, on their phone: 我的留言 → the question with its answer; 满意 closes it.
    await page.setViewportSize(PHONE);
    await goTo(page, ROUTES.caseworkQuestions);
    await settled(page, /^共 \d+ 条/);
    await check(page, 'questions');
    await view.getByRole('link', { name: new RegExp(QUESTION.slice(0, 10)) }).click();
    await settled(page, ANSWER);
    await view.getByRole('button', { name: '满意', exact: true }).click();
    await settled(page, '谢谢您的评价。');
    expect(await view.getByText('您的评价：满意').count()).toBe(1);

    // Agreed to publish: anyone now finds it under 高频问答, with the department that answered.
    await goTo(page, ROUTES.caseworkFaq);
    await settled(page, /^共 \d+ 条/);
    const faq = view.getByRole('region', { name: QUESTION });
    expect(await faq.innerText()).toContain(ANSWER);
    expect(await faq.innerText()).toContain(`${to}答复`);
    await check(page, 'faq');
  });

  it('a resident applies → the clerk asks for a 补正 → the resident corrects → the clerk replies → the resident opens the 告知书', async () => {
    const page = await openSignedIn(ROUTES.caseworkApply, {}, 'standard', resident);
    const view = current(page);
    await settled(page, '申请的信息');
    await check(page, 'apply');
    await view.getByRole('button', { name: '不知道向哪个机关申请（向区政府办公室申请）' }).click();
    await view.getByRole('textbox', { name: '姓名' }).fill(applicant);
    await view.getByRole('textbox', { name: '身份证号码' }).fill('11010519491231002X');
    await view.getByLabel('手机号', { exact: true }).fill('13812345678');
    await view.getByRole('textbox', { name: '所需信息的名称、文号或者说明' }).fill(wanted);
    await view.getByRole('button', { name: '提交申请' }).click();
    await settled(page, '申请已提交。请记下申请编号；答复后会通知您。');
    expect(await view.getByText(/^答复期限：\d{4}年\d{1,2}月\d{1,2}日 星期.$/).count()).toBe(1);
    expect(await view.getByText('110*************2X').count()).toBe(1);
    const id = new URLSearchParams(page.url().split('?')[1]).get('id')!;
    await check(page, 'request');

    // The clerk, at this run's width, finds it in 依申请公开办理 and asks for a 补正: the clock stands.
    await page.setViewportSize(size);
    await goTo(page, ROUTES.caseworkStaffRequests);
    await settled(page, /^共 \d+ 份/);
    await check(page, 'staff-requests', 'standard', width);
    await view.getByRole('link', { name: new RegExp(`^${wanted}`) }).click();
    await settled(page, '要求补正');
    // The applicant's name masked, as everywhere a full read is not asked for.
    expect(await view.innerText()).toContain(`申请人\n${maskedName}（公民）`);
    await check(page, 'staff-request', 'standard', width);
    // The last day a 补正 may still be asked for, as a date: 7 working days from receipt.
    expect(await view.getByRole('group', { name: '要求补正' }).innerText()).toMatch(/最迟\d{4}年\d{1,2}月\d{1,2}日 星期.（收到申请后 7 个工作日内）提出/);
    await view.getByRole('textbox', { name: '需要补正的内容' }).fill('请写明年份和街道');
    await view.getByRole('button', { name: '发出补正告知书' }).click();
    await settled(page, '已要求补正，补正告知书已生成。');

    // The resident, on their phone, corrects; 20 working days count again.
    await page.setViewportSize(PHONE);
    await goTo(page, ROUTES.caseworkRequest, { id });
    await settled(page, /^答复期限暂停，等待补正/);
    await view.getByRole('textbox', { name: '补正的内容' }).fill('2025年至2026年，东城街道');
    await view.getByRole('button', { name: '提交补正' }).click();
    await settled(page, '补正已提交，答复期限从今天起重新计算。');

    // The clerk, at this run's width, replies 予以公开.
    await page.setViewportSize(size);
    await goTo(page, ROUTES.caseworkStaffRequest, { id });
    await settled(page, '发出答复和告知书');
    await view.getByRole('textbox', { name: '理由和说明' }).fill('项目清单见附件，也可在区政府网站“老旧小区改造”栏目查看。');
    await view.getByRole('button', { name: '发出答复和告知书' }).click();
    await settled(page, '确定按「予以公开」答复吗？告知书马上生成，申请人会收到通知；发出后不能撤回或修改。');
    await view.getByRole('button', { name: '确认发出答复' }).click();
    await settled(page, '已答复，告知书已生成，申请人会收到通知。');
    await check(page, 'staff-request-replied', 'standard', width);

    // The resident, on their phone, opens the 告知书.
    await page.setViewportSize(PHONE);
    await goTo(page, ROUTES.caseworkRequest, { id });
    await settled(page, '已按期答复');
    await view.getByRole('link', { name: /^政府信息公开告知书/ }).click();
    const notice = view.getByRole('document', { name: '政府信息公开告知书' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`${applicant}：`);
    expect(await notice.innerText()).toMatch(/行政复议[\s\S]*行政诉讼/);
    await check(page, 'notice');
    const download = page.waitForEvent('download');
    await view.getByRole('button', { name: '保存告知书' }).click();
    expect((await download).suggestedFilename()).toMatch(/^政府信息公开告知书-YSQ-\d{8}-[0-9A-F]{6}\.txt$/);
  });
});

describe('政民互动 in the browser', () => {
  it('长辈版: the new pages pass axe, with 60 px targets and 22 px text', async () => {
    const visits: Array<[string, string, string | RegExp]> = [
      ['ask', ROUTES.caseworkAsk, '您的问题'],
      ['faq', ROUTES.caseworkFaq, /^共 \d+ 条|还没有公开的问答。/],
      ['apply', ROUTES.caseworkApply, '申请的信息'],
      ['questions', ROUTES.caseworkQuestions, /^共 \d+ 条|您还没有留过言/],
      ['requests', ROUTES.caseworkRequests, /^共 \d+ 份|您还没有申请过/],
      ['staff-requests', ROUTES.caseworkStaffRequests, /^共 \d+ 份|没有待答复的申请/],
    ];
    for (const [name, route, ready] of visits) {
      const page = await openSignedIn(route, {}, 'elder');
      await settled(page, ready);
      await check(page, name, 'elder');
      if (name === 'ask') {
        // A chosen photo's thumbnail and its 删除 keep the mode's sizes too.
        await current(page).getByLabel('添加照片').setInputFiles({ name: '路灯.png', mimeType: 'image/png', buffer: testPng() });
        await current(page).getByRole('button', { name: '删除照片 1' }).waitFor();
        await check(page, 'ask-photos', 'elder');
      }
      await page.close();
    }
  });

  it('长辈版 at 375 px: the clerk records the 12345 work order in a one-line field; the resident reads it on one line', async () => {
    const ORDER = 'GD2026120500318';
    const { resident } = await sessions('casework-hotline');
    const asked = await graphqlData<{ askQuestion: { id: string } }>(
      app.govopen.base,
      'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { department: '区政府办公室', question: '小区里的井盖松了，踩上去直响，请尽快修。', public: false } },
      (resident as { token: string }).token,
    );
    const id = asked.askQuestion.id;
    const page = await openSignedIn(ROUTES.caseworkStaffQuestion, { id }, 'elder', 'casework-hotline');
    const view = current(page);
    await settled(page, '办理经过');
    const hotline = view.getByRole('group', { name: '转12345热线' });
    const field = hotline.getByRole('textbox', { name: '12345工单号' });
    // A number is typed on one line: a field one tap target tall, not a box of four lines.
    expect((await field.boundingBox())!.height).toBeLessThan(2 * MIN_TARGET.elder);
    await field.fill(ORDER);
    await hotline.getByRole('button', { name: '记录转12345' }).click();
    await settled(page, '已记录转12345热线。');
    await check(page, 'staff-question-hotline', 'elder', 'phone');
    // Nothing is left to do on a question handed over: the way on is back to the queue.
    await view.getByRole('button', { name: '回到留言列表' }).click();
    await settled(page, /^共 \d+ 条|没有待答复的留言/);

    await goTo(page, ROUTES.caseworkQuestion, { id });
    await settled(page, /^这件事已转给 12345 热线办理/);
    // The label and the number each on one line of the 长辈版 text.
    for (const text of ['12345工单号', ORDER]) {
      const lines = await view.getByText(text, { exact: true }).evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect({ text, lines }).toEqual({ text, lines: 1 });
    }
    await check(page, 'question-hotline', 'elder', 'phone');
  });
});
