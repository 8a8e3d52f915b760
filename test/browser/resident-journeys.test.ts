import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bodyFontSize, current, govOpenInBrowser, ROUTES, screenshotWholePage, settled, STANDARD, WIDTHS } from '../support/browser';
import { graphqlData, REPO } from '../support/run-govopen';

// What a resident does on the H5 build that `npm start` serves, in Chromium: read a policy and its
// interpretation, search, sign in.

const app = govOpenInBrowser('journeys');

const LINGWU = '灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知';
const LINGWU_QA = '（示例解读）一问一答：灵武市2022年政务公开要做哪些事';
const WUCHENG = '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知';

describe('a resident in the browser', () => {
  it('home → 政策文件 → the 灵武 policy → its interpretation, with the consultation phone and hours at the bottom', async () => {
    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '查看政策和解读');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe('政务公开');
    await view.getByRole('link', { name: /^政策文件/ }).click();

    // Browse: the policies in force, newest first, each card saying who issued it, when, and whether it is valid.
    await settled(page, /已显示 \d+ 份/);
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe('政策文件');
    const card = view.getByRole('link', { name: new RegExp(LINGWU) });
    const cardText = await card.innerText();
    expect(cardText).toContain('发布机构：灵武市人民政府办公室');
    expect(cardText).toContain('发布日期：2022年5月27日');
    expect(cardText).toContain('效力：现行有效');
    await card.click();

    // The policy: title, metadata in words, its structure as real headings, the way to its interpretation.
    await settled(page, '— 全文完 —');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(LINGWU);
    const metadata = await view.locator('.gov-card').first().innerText();
    for (const words of ['灵武市人民政府办公室', '成文日期', '2022年5月26日', '2022年5月27日', '现行有效', '11640112010148754W/2022-00206']) {
      expect(metadata).toContain(words);
    }
    await view.getByRole('heading', { level: 2, name: '一、持续深化重点领域信息公开' }).waitFor();
    await view.getByRole('heading', { level: 3, name: '(一)以公开助力经济健康发展。' }).waitFor();
    await view.getByRole('heading', { level: 4, name: '1.加强涉及市场主体的信息公开。' }).waitFor();
    expect(await view.getByRole('button', { name: '朗读全文' }).count()).toBe(1);
    await view.getByRole('navigation', { name: '政策解读' }).getByRole('button', { name: `解读：${LINGWU_QA}` }).click();

    // The interpretation: questions as headings, answers in plain words, whom to call at the bottom.
    await settled(page, '有疑问，请打电话咨询');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(LINGWU_QA);
    await view.getByText(`解读的文件：${LINGWU}`).waitFor();
    const questions = await view.getByRole('heading', { level: 2, name: /^问：/ }).allInnerTexts();
    expect(questions).toEqual(['问：这份文件和我有什么关系？', '问：和往年比有什么新变化？', '问：看不懂政策可以问谁？', '问：怎么落实？']);
    await view.getByText(/^答：涉及企业、就业、减税降费/).waitFor();
    const contact = view.getByRole('region', { name: '政策咨询' });
    const contactText = await contact.innerText();
    expect(contactText).toMatch(/咨询电话\s+12345/);
    expect(contactText).toMatch(/工作时间\s+工作日 上午8:30-12:00，下午14:00-17:30/);
    expect(await contact.getByRole('button', { name: '拨打 12345' }).count()).toBe(1);
    // Nothing comes after it: it is the last thing on the page, below every answer.
    const pageText = (await view.locator('.gov-screen').innerText()).trimEnd();
    expect(pageText.endsWith(contactText.trimEnd())).toBe(true);
    const lastAnswer = await view.getByText(/^答：各部门要在要点印发后30日内/).boundingBox();
    expect((await contact.boundingBox())!.y).toBeGreaterThan(lastAnswer!.y);
  });

  it('the 婺城 policy shows its task table as 12 cards, each column named above its value', async () => {
    const page = await app.browser.open(ROUTES.policyBrowse);
    const view = current(page);
    await settled(page, /已显示 \d+ 份/);
    await view.getByRole('link', { name: new RegExp(WUCHENG) }).click();
    await settled(page, '— 全文完 —');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe(WUCHENG);

    const cards = view.getByRole('group', { name: /^第\d+项$/ });
    expect(await cards.count()).toBe(12);
    const first = await cards.first().innerText();
    expect(first).toMatch(/^序号\s+1\s+重点任务\s+\S[\s\S]*牵头单位\s+\S[\s\S]*完成时限\s+\S/);
    expect(await cards.last().innerText()).toMatch(/^序号\s+12\s/);
    expect(await view.locator('table').count()).toBe(0);
  });

  it('search finds a Traditional-script document imported into the running instance from a Simplified query typed on home, first among policies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govopen-import-'));
    try {
      const file = join(dir, 'notice.txt');
      writeFileSync(file, ['示範區民政局關於發放高齡津貼的通知', '文號：示民發〔2026〕9號', '發布日期：2026年3月2日', '一、發放對象', '年滿八十週歲的本區戶籍長者。'].join('\n'));
      const imported = await promisify(execFile)(resolve(REPO, 'node_modules/.bin/tsx'), ['api/src/policies/import/cli.ts', file], {
        cwd: REPO,
        env: { ...process.env, DYNAMODB_ENDPOINT: app.govopen.dynamoEndpoint, TABLE_NAME: app.tableName },
        encoding: 'utf8',
      });
      expect(imported.stdout).toMatch(/^created: 示範區民政局關於發放高齡津貼的通知/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '查看政策和解读');
    await view.getByRole('searchbox', { name: '搜索政策' }).fill('高龄津贴');
    await view.getByRole('button', { name: '搜索' }).click();

    await settled(page, /已显示 \d+ 份/);
    expect(await view.getByRole('searchbox', { name: '要找的内容' }).inputValue()).toBe('高龄津贴');
    // The one search box: the imported notice leads its kind, the words that matched marked.
    const policies = view.getByRole('region', { name: '政策文件' });
    const first = policies.getByRole('link').first();
    expect(await first.innerText()).toMatch(/^示範區民政局關於發放高齡津貼的通知/);
    expect((await first.locator('.search-match').allInnerTexts()).join('')).toContain('高齡津貼');
    await first.click();
    await settled(page, '年滿八十週歲的本區戶籍長者。');
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe('示範區民政局關於發放高齡津貼的通知');
  });

  it('signs in with the 测试登录 as 王阿姨 (wang), stays signed in after a reload, and signs out', async () => {
    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '查看政策和解读');
    await view.getByRole('link', { name: /^我的/ }).click();
    await settled(page, '测试登录');
    expect(await view.getByText(/这是网页演示版，不连接微信/).innerText()).toContain('只供测试');

    await view.getByRole('textbox', { name: '名字' }).fill('wang');
    await view.getByRole('button', { name: '登录', exact: true }).click();
    await settled(page, '首次登录');
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe('已登录');
    expect(await view.getByRole('button', { name: '退出登录' }).count()).toBe(1);
    expect(await view.getByText('测试登录').count()).toBe(0);

    await page.reload();
    await settled(page, '首次登录');
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe('已登录');

    await view.getByRole('button', { name: '退出登录' }).click();
    await settled(page, '您已退出登录。');
    // Signed out, 我的 offers the ways in again: 扫码登录 and, on this test server, 测试登录 (drawn just
    // after the notice, so waited for: on a loaded machine the notice can come first).
    await view.getByRole('heading', { level: 2, name: '测试登录' }).waitFor();
    expect(await view.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['扫码登录', '测试登录']);
  });

  it('asks about its 扫码登录 code only while 我的 is on screen: a page opened from it stops that, coming back shows a fresh code', async () => {
    const page = await app.browser.open(ROUTES.mine);
    const view = current(page);
    const asked: string[] = [];
    // Queries go by persisted hash: the answers name what was asked.
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = await response.text().catch(() => '');
      for (const field of ['startScanSignIn', 'pollScanSignIn']) if (body.includes(`"${field}"`)) asked.push(field);
    });
    await settled(page, '请用手机微信的“扫一扫”扫描下面的二维码');
    await page.waitForTimeout(5_000);
    expect(asked.filter((o) => o === 'pollScanSignIn').length).toBeGreaterThanOrEqual(1);

    // 我的 stays alive under the page opened from it, out of sight.
    await view.getByRole('link', { name: /^最近看过/ }).click();
    await settled(page, '还没有看过的文件。');
    const whenLeft = asked.length;
    await page.waitForTimeout(6_000);
    expect(asked.slice(whenLeft)).toEqual([]);

    await page.goBack();
    await settled(page, '请用手机微信的“扫一扫”扫描下面的二维码');
    await page.waitForTimeout(500);
    expect(asked.slice(whenLeft)[0]).toBe('startScanSignIn');
  });

  describe('扫码登录: once the phone opened the code, the browser says 已扫码 and waits for the tap there', () => {
    const cases = [...WIDTHS.map(([width, size]) => ({ name: width, size, settings: STANDARD })), { name: 'phone-elder', size: WIDTHS[0][1], settings: { ...STANDARD, elder: true } }];
    it.each(cases)('$name', async ({ name, size, settings }) => {
      const { base } = app.govopen;
      const started = app.browser.context.waitForEvent('response', { predicate: async (response) => response.url().endsWith('/graphql') && (await response.text().catch(() => '')).includes('"startScanSignIn"') });
      const page = await app.browser.open(ROUTES.mine, {}, settings);
      await page.setViewportSize(size);
      const view = current(page);
      const { data } = (await (await started).json()) as { data: { startScanSignIn: { code: string } } };
      await settled(page, '请用手机微信的“扫一扫”扫描下面的二维码');

      // The resident's mini-program opens the scanned code, signed in (test/weapp/scan-sign-in.test.ts does it with the built mini-program).
      const { login } = await graphqlData<{ login: { token: string } }>(base, 'mutation($code: String!) { login(code: $code) { token } }', { code: `dev:scan-${name}` });
      await graphqlData(base, 'mutation($code: String!) { openScanSignIn(code: $code) { status } }', { code: data.startScanSignIn.code }, login.token);

      await settled(page, '已扫码，请在手机上确认登录');
      expect(await view.getByRole('img', { name: '登录二维码，请用微信扫一扫' }).count()).toBe(0);
      const said = view.getByText('已扫码，请在手机上确认登录');
      // Larger than the page's text (22 px and more in 长辈版), with a button to start over (60 px tall in 长辈版).
      const body = await bodyFontSize(page);
      expect(body).toBeGreaterThanOrEqual(settings.elder ? 22 : 16);
      expect(await said.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(body);
      const again = view.getByRole('button', { name: '换一个二维码' });
      expect((await again.boundingBox())!.height).toBeGreaterThanOrEqual(settings.elder ? 60 : 44);
      await screenshotWholePage(page, `scan-sign-in-scanned-${name}`);

      // Not them, or another account: 换一个二维码 starts over with a fresh code.
      await again.click();
      await current(page).getByRole('img', { name: '登录二维码，请用微信扫一扫' }).waitFor();
      expect(await view.getByText('已扫码，请在手机上确认登录').count()).toBe(0);
    });
  });
});
