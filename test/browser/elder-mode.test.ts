import type { Locator, Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import { bodyFontSize, current, fieldValue, govOpenInBrowser, PHONE, ROUTES, screenshotWholePage, settled, sidewaysOverflow, tapTargets, textLines, labelsAndSeparatorsCut, wordsBrokenInside, type Target } from '../support/browser';

// 长辈版 as computed CSS in Chromium (standards.md: body ≥ 18 px, largest step ≥ 30 px, main targets
// 60 × 60 in 长辈版 and 44 × 44 elsewhere, no sideways scrolling at 320 px).

const app = govOpenInBrowser('elder');

const tooSmall = (targets: Target[], min: number) => targets.filter((t) => t.width < min || t.height < min);

/** The pages checked for targets and reflow, each with the text that says it has loaded. */
async function pagesToVisit(): Promise<Array<{ name: string; route: string; params?: Record<string, string>; ready: string | RegExp }>> {
  const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ policies(first: 20) { edges { node { id title } } } }');
  const id = (word: string) => list.body.data!.policies.edges.find(({ node }) => node.title.includes(word))!.node.id;
  return [
    { name: 'home', route: ROUTES.home, ready: '查看政策和解读' },
    { name: 'browse', route: ROUTES.policyBrowse, ready: /已显示 \d+ 份/ },
    { name: 'search', route: ROUTES.policySearch, params: { q: '政务公开' }, ready: /已显示 \d+ 份/ },
    { name: 'detail (婺城, with its task table)', route: ROUTES.policyDetail, params: { id: id('婺城') }, ready: '— 全文完 —' },
    { name: 'interpretation', route: ROUTES.policyInterpretation, params: { policyId: id('灵武'), id: 'demo-lingwu-qa' }, ready: '有疑问，请打电话咨询' },
    { name: 'settings', route: ROUTES.settings, ready: '示例：政务公开，方便您我。' },
    { name: 'mine', route: ROUTES.mine, ready: '测试登录' },
  ];
}

/** What a setting's row says it is now (长辈版：已开启), as the resident reads it. */
const settingNow = (page: Page, name: string) => current(page).getByRole('group', { name }).locator('.gov-toggle__title').innerText();

describe('长辈版 in Chromium', () => {
  it('设置 → 长辈版 makes text and targets bigger, up to ≥ 30 px text, and survives a reload', async () => {
    const page = await app.browser.open(ROUTES.home);
    const view = current(page);
    await settled(page, '查看政策和解读');
    const standardBody = await bodyFontSize(page);
    expect(standardBody).toBeGreaterThanOrEqual(18);
    expect(tooSmall(await tapTargets(page), 44)).toEqual([]);

    await view.getByRole('button', { name: '长辈版 · 字号设置' }).click();
    await settled(page, '示例：政务公开，方便您我。');
    expect(tooSmall(await tapTargets(page), 44)).toEqual([]);
    expect(await settingNow(page, '长辈版')).toBe('长辈版：已关闭');
    await view.getByRole('button', { name: '开启长辈版' }).click();
    // The row says it is on; the button now says what the next tap does.
    expect(await settingNow(page, '长辈版')).toBe('长辈版：已开启');
    expect(await view.getByRole('button', { name: '关闭长辈版' }).innerText()).toBe('关闭长辈版');

    const elderBody = await bodyFontSize(page);
    expect(elderBody).toBeGreaterThanOrEqual(18);
    expect(elderBody).toBeGreaterThan(standardBody);
    // What a paragraph really renders at, not only the root's value.
    const sample = view.getByText('示例：政务公开，方便您我。');
    expect(await sample.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(elderBody);
    expect(tooSmall(await tapTargets(page), 60)).toEqual([]);

    const fontSteps = view.getByRole('group', { name: '字号' });
    await fontSteps.getByRole('button', { name: '超大' }).click();
    const largest = await bodyFontSize(page);
    expect(largest).toBeGreaterThanOrEqual(30);
    expect(await sample.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(largest);
    expect(tooSmall(await tapTargets(page), 60)).toEqual([]);

    await page.reload();
    await settled(page, '示例：政务公开，方便您我。');
    expect(await settingNow(page, '长辈版')).toBe('长辈版：已开启');
    expect(await fontSteps.getByRole('button', { name: '超大，已选' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodyFontSize(page)).toBe(largest);
  });

  it('main targets are at least 44 × 44 px on every page in the standard mode, and 60 × 60 in 长辈版', async () => {
    for (const { elder, min } of [{ elder: false, min: 44 }, { elder: true, min: 60 }]) {
      for (const visit of await pagesToVisit()) {
        const page = await app.browser.open(visit.route, visit.params, { elder, fontStep: 0, highContrast: false, simple: false });
        await settled(page, visit.ready);
        const targets = await tapTargets(page);
        expect(targets.length).toBeGreaterThan(0);
        expect({ page: visit.name, elder, tooSmall: tooSmall(targets, min) }).toEqual({ page: visit.name, elder, tooSmall: [] });
        await page.close();
      }
    }
  });

  it('nothing needs sideways scrolling at 320 px wide with the largest font step in 长辈版', async () => {
    for (const visit of await pagesToVisit()) {
      const page = await app.browser.open(visit.route, visit.params, { elder: true, fontStep: 3, highContrast: false, simple: false });
      await page.setViewportSize({ width: 320, height: PHONE.height });
      await settled(page, visit.ready);
      expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(30);
      expect({ page: visit.name, overflow: await sidewaysOverflow(page) }).toEqual({ page: visit.name, overflow: [] });
      // No stretched text: justified paragraphs spread characters apart before a long token (摊 位 改 造).
      const justified = await page.locator('.gov-paragraph').evaluateAll((els) => els.filter((el) => getComputedStyle(el).textAlign === 'justify').length);
      expect({ page: visit.name, justified }).toEqual({ page: visit.name, justified: 0 });
      await page.close();
    }
  });
});

describe('长辈版 首页', () => {
  it('a link too long for one line goes on under its start, not centred, split evenly (意见征集, 依申请公开)', async () => {
    const page = await app.browser.open(ROUTES.home, {}, { elder: true, fontStep: 0, highContrast: false, simple: false });
    await settled(page, '查看政策和解读');
    for (const name of ['意见征集：对政府决策草案提意见', '依申请公开：申请查看政府信息', '咨询留言：有问题问政府部门']) {
      const link = current(page).getByRole('button', { name });
      const lineStarts = (await textLines(link)).map((line) => line.start);
      expect({ name, lineStarts }).toEqual({ name, lineStarts: lineStarts.map(() => lineStarts[0]) });
      // At 375 px in 长辈版 the first of them takes two lines: the check is not only of one-line links;
      // they are split evenly, not with one character left alone (提意 / 见).
      if (name.startsWith('意见征集')) expect((await textLines(link)).map((line) => line.characters >= 3)).toEqual([true, true]);
    }
  });
});

describe('首页 at phone width', () => {
  it('a tile\'s hint too long for one line is split evenly, no character left alone (今年办的实事进度, 报名参加政府开放日)', async () => {
    const page = await app.browser.open(ROUTES.home, {}, { elder: false, fontStep: 0, highContrast: false, simple: false });
    await settled(page, '查看政策和解读');
    for (const hint of ['今年办的实事进度', '报名参加政府开放日']) {
      const lines = (await textLines(current(page).getByText(hint, { exact: true }))).map((line) => line.characters);
      // Two lines at 375 px either way; before, the second held one character (进度 → 度).
      expect({ hint, lines: lines.length, shortest: Math.min(...lines) >= 3 }).toEqual({ hint, lines: 2, shortest: true });
    }
    await page.close();
  });
});

describe('首页\'s links', () => {
  it('are underlined under every word, in both modes: none bare where its words are wrapped in phrases (咨询留言：有问题问政府部门 as 最近看过)', async () => {
    for (const elder of [false, true]) {
      const page = await app.browser.open(ROUTES.home, {}, { elder, fontStep: 0, highContrast: false, simple: false });
      await settled(page, '查看政策和解读');
      const links = current(page).locator('.home-links .gov-action--link');
      expect(await links.count()).toBeGreaterThanOrEqual(6);
      // An underline does not reach into an inline block: a word there is underlined only by a line of its own.
      const bare = await links.evaluateAll((all) =>
        all.flatMap((link) => {
          const words: string[] = [];
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent!.trim()) continue;
            let el = node.parentElement!;
            while (el !== link && getComputedStyle(el).display !== 'inline-block') el = el.parentElement!;
            if (!getComputedStyle(el).textDecorationLine.includes('underline')) words.push(node.textContent!);
          }
          return words;
        }),
      );
      expect({ elder, bare }).toEqual({ elder, bare: [] });
      await page.close();
    }
  });
});

describe('长辈版: lines that wrap', () => {
  const ELDER = { elder: true, fontStep: 0, highContrast: false, simple: false };

  /** Titles and meta lines of the current page that wrap with fewer than three characters on a line (…办公 / 室). */
  async function loneCharacters(page: Page): Promise<string[]> {
    const found: string[] = [];
    for (const element of await current(page).locator('.gov-card__title, .gov-card__meta, .gov-line, .gov-fields__value, .project-entry__when').all()) {
      const lines = (await textLines(element)).map((line) => line.characters);
      if (lines.length > 1 && Math.min(...lines) < 3) found.push(`${lines.join('/')} ${await element.innerText()}`);
    }
    return found;
  }

  /** How many of these wrap, and where any of them wraps inside a word (wordsBrokenInside). */
  async function wrapping(elements: readonly Locator[]): Promise<{ wrapped: number; broken: string[] }> {
    let wrapped = 0;
    const broken: string[] = [];
    for (const element of elements) {
      if ((await textLines(element)).length > 1) wrapped++;
      broken.push(...(await wordsBrokenInside(element)));
    }
    return { wrapped, broken };
  }

  /** That these wrap only between words, at least `atLeast` of them wrapping (what is checked is where), then a screenshot; closes the page. */
  async function expectWrappedBetweenWords(page: Page, elements: readonly Locator[], atLeast: number, screenshot: string): Promise<void> {
    const { wrapped, broken } = await wrapping(elements);
    expect(broken).toEqual([]);
    expect(wrapped).toBeGreaterThanOrEqual(atLeast);
    await screenshotWholePage(page, screenshot);
    await page.close();
  }

  /** The demo open day with an agenda, a long place and dates that wrap in 长辈版. */
  async function sampleOpenDay(): Promise<string> {
    const events = await graphql<{ events: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ events(first: 20) { edges { node { id title } } } }');
    return events.body.data!.events.edges.find(({ node }) => node.title === '（示例）养老服务补贴政策开放日')!.node.id;
  }

  it('政策文件库 and 民生实事 split a wrapped title or meta line evenly, leaving no character alone on a line', async () => {
    const projects = await graphql<{ projects: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ projects(first: 20) { edges { node { id title } } } }');
    const renewal = projects.body.data!.projects.edges.find(({ node }) => node.title === '老旧小区改造')!.node.id;
    for (const [name, route, params, ready] of [
      ['政策文件库', ROUTES.policyBrowse, {}, /已显示 \d+ 份/],
      ['民生实事', ROUTES.projects, {}, '全部项目'],
      ['老旧小区改造', ROUTES.projectDetail, { id: renewal }, '资金安排与使用'],
    ] as const) {
      for (const settings of [{ ...ELDER, elder: false }, ELDER]) {
        const page = await app.browser.open(route, params, settings);
        await settled(page, ready);
        expect({ name, elder: settings.elder, lone: await loneCharacters(page) }).toEqual({ name, elder: settings.elder, lone: [] });
        await page.close();
      }
    }
  });

  it('a sentence that wraps keeps the full width of the screen, only its last line shorter (设置 → 长辈版, what it does)', async () => {
    const page = await app.browser.open(ROUTES.settings, {}, ELDER);
    await settled(page, '示例：政务公开，方便您我。');
    const sentence = current(page).getByText(/^字更大，按钮更大/);
    const lines = await textLines(sentence);
    const { width, fontSize } = await sentence.evaluate((el) => ({ width: el.clientWidth, fontSize: parseFloat(getComputedStyle(el).fontSize) }));
    expect(lines.length).toBeGreaterThan(1);
    // Split evenly, as titles are, its three lines each filled two thirds of the width.
    expect((lines[0]!.characters * fontSize) / width).toBeGreaterThan(0.85);
    expect(lines.at(-1)!.characters).toBeGreaterThan(1);
    await page.close();
  });

  it('an amount keeps its unit on its line: 安排 600 万元，已使用 575 万元，占 95% wraps only after a comma', async () => {
    const projects = await graphql<{ projects: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ projects(first: 20) { edges { node { id title } } } }');
    const canteens = projects.body.data!.projects.edges.find(({ node }) => node.title.startsWith('社区老年食堂'))!.node.id;
    const page = await app.browser.open(ROUTES.projectDetail, { id: canteens }, ELDER);
    await settled(page, '资金安排与使用');
    const words = current(page).getByTestId('budget-words');
    const text = await words.innerText();
    expect(text).toBe('安排 600 万元，已使用 575 万元，占 95%');
    // Where each clause ends, counted in characters, and where each line ends.
    const clauseEnds = text.split(/(?<=，)/u).map((_, i, clauses) => clauses.slice(0, i + 1).join('').length);
    const lineEnds = (await textLines(words)).map((_, i, lines) => lines.slice(0, i + 1).reduce((sum, line) => sum + line.characters, 0));
    // Two lines at 375 px in 长辈版; before, the first ended in 575 万 and the second began with 元.
    expect(lineEnds).toHaveLength(2);
    expect(lineEnds.filter((end) => !clauseEnds.includes(end))).toEqual([]);
    await page.close();
  });

  it('an open day\'s dates and times wrap only between words: never 星期 / 二 or 上 / 午9:30', async () => {
    const event = await sampleOpenDay();
    const broken: string[] = [];
    let wrapped = 0;
    for (const settings of [{ ...ELDER, elder: false }, ELDER]) {
      const page = await app.browser.open(ROUTES.eventDetail, { id: event }, settings);
      await settled(page, '活动介绍');
      // 时间, 报名时间, 报名情况: 12月5日 星期六 上午9:30 到 11:30 …
      const found = await wrapping(await current(page).locator('.gov-fields__value').filter({ hasText: '星期' }).all());
      wrapped += found.wrapped;
      broken.push(...found.broken);
      await screenshotWholePage(page, `event-dates-${settings.elder ? 'elder' : 'standard'}-375`);
      await page.close();
    }
    expect(broken).toEqual([]);
    // 长辈版 at 375 px wraps them: what is checked is where.
    expect(wrapped).toBeGreaterThan(0);
  });

  it('an open day\'s agenda and place wrap only between words: the time whole, a place or what happens then whole where it fits a line', async () => {
    const page = await app.browser.open(ROUTES.eventDetail, { id: await sampleOpenDay() }, ELDER);
    await settled(page, '活动介绍');
    const items = await current(page).locator('.event-section').filter({ has: page.getByRole('heading', { name: '议程' }) }).locator('.event-list-item').all();
    expect(items).toHaveLength(3);
    const place = fieldValue(current(page), '地点');
    // Before: 上午10:15 高龄津贴和居 / 家养老服务补贴政策解读, （示例地址）示例区人民 / 路 1 号 区民政局一楼会议室.
    await expectWrappedBetweenWords(page, [...items, place], 2, 'event-agenda-elder-375');
  });

  it('a policy\'s metadata and task-table cells (Fields) wrap only between words, with no page wrapping them one by one', async () => {
    const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ policies(first: 20) { edges { node { id title } } } }');
    const wucheng = list.body.data!.policies.edges.find(({ node }) => node.title.includes('婺城'))!.node.id;
    const page = await app.browser.open(ROUTES.policyDetail, { id: wucheng }, ELDER);
    await settled(page, '— 全文完 —');
    // Before (Fields showed a string as it came; seen failing): 高能级现代化都市核 / 心区建设信息公开, 全方位公开2022年重 / 点民生实事办理情况.
    await expectWrappedBetweenWords(page, await current(page).locator('.gov-fields__value').all(), 1, 'policy-fields-elder-375');
  });

  it('a tile\'s hint wraps between words: 办理进度、答复期限, never 办理进 / 度', async () => {
    const page = await app.browser.open(ROUTES.mine, {}, ELDER);
    await settled(page, '测试登录');
    const hints = await current(page).locator('.gov-tile__hint').all();
    // A label before a list keeps its first word and the list flows after it: two lines, not three
    // (before, seen: 民生实事： / 我提的建议和答复、 / 我关注的项目).
    expect((await textLines(current(page).getByText('民生实事：我提的建议和答复、我关注的项目', { exact: true }))).length).toBe(2);
    // Before: 依申请公开：办理进 / 度、答复期限、告知书; 咨询留言：部门的 / 答复、答复期限.
    await expectWrappedBetweenWords(page, hints, 2, 'mine-tiles-elder-375');
  });

  it('我的 and a policy\'s page in 长辈版: 高对比度 stays whole in its hint, a staff link wraps by words (never 工 / 作), and so does the page title', async () => {
    const page = await app.browser.open(ROUTES.mine, {}, ELDER);
    // 我的 shows the staff links to a staff member signed in on this phone: a session as the mini-app
    // keeps it (Taro's H5 storage: { data: value }); only the links' layout is looked at, nothing is sent with it.
    await page.evaluate((expiresAt) => localStorage.setItem('govopen.staff-session.v1', JSON.stringify({ data: { token: 'layout-only', expiresAt } })), new Date(Date.now() + 3_600_000).toISOString());
    await page.reload();
    await settled(page, '测试登录');
    const hint = current(page).getByText('长辈版、字号、高对比度、简洁版', { exact: true });
    const text = await hint.innerText();
    const lineTexts = (await textLines(hint)).map((line, i, lines) => text.replace(/\n/gu, '').slice(lines.slice(0, i).reduce((sum, l) => sum + l.characters, 0)).slice(0, line.characters));
    // Before (seen failing): 长辈版、字号、高 / 对比度、简洁版; the staff links 工作台（今天的工 / 作、发布政策）.
    expect(lineTexts.some((line) => line.includes('高对比度'))).toBe(true);
    const links = await current(page).getByRole('group', { name: '工作人员' }).getByRole('button').all();
    const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ policies(first: 20) { edges { node { id title } } } }');
    const found = await wrapping(links);
    await screenshotWholePage(page, 'mine-staff-links-elder-375');
    await page.close();
    // Before: 金华市婺城区人民政 / 府办公室关于印发…
    const detail = await app.browser.open(ROUTES.policyDetail, { id: list.body.data!.policies.edges.find(({ node }) => node.title.includes('婺城'))!.node.id }, ELDER);
    await settled(detail, '— 全文完 —');
    const title = await wrapping([current(detail).getByRole('heading', { level: 1 })]);
    expect([...found.broken, ...title.broken]).toEqual([]);
    expect(found.wrapped + title.wrapped).toBeGreaterThan(1);
    await screenshotWholePage(detail, 'policy-title-elder-375');
    await detail.close();
  });

  it('a name in a meta line stays whole where it fits a line: 发布机构： / 金华市婺城区人民政府办公室, never 金华市婺 / 城区…', async () => {
    const broken: string[] = [];
    for (const settings of [{ ...ELDER, elder: false }, ELDER]) {
      const page = await app.browser.open(ROUTES.policyBrowse, {}, settings);
      await settled(page, /已显示 \d+ 份/);
      for (const meta of await current(page).locator('.gov-card__meta').all()) broken.push(...(await wordsBrokenInside(meta)), ...(await labelsAndSeparatorsCut(meta)));
      await screenshotWholePage(page, `policy-browse-meta-${settings.elder ? 'elder' : 'standard'}-375`);
      await page.close();
    }
    expect(broken).toEqual([]);
  });

  it('a card\'s title and its 目标 wrap only between words: 社区老年食堂（老年 / 助餐点）建设, never …（老 / 年助餐点…', async () => {
    const broken: string[] = [];
    let wrapped = 0;
    for (const [name, route, ready] of [
      ['projects', ROUTES.projects, '全部项目'],
      ['events', ROUTES.eventList, '（示例）养老服务补贴政策开放日'],
    ] as const) {
      const page = await app.browser.open(route, {}, ELDER);
      await settled(page, ready);
      // Before (seen): 社区老年食堂（老 / 年助餐点）建设, 目标：完成既有住 / 宅加装电梯60部, （示例）义务教育招 / 生入学政策开放日.
      const found = await wrapping(await current(page).locator('.gov-card__title, .gov-card__meta').all());
      wrapped += found.wrapped;
      broken.push(...found.broken);
      await screenshotWholePage(page, `card-titles-${name}-elder-375`);
      await page.close();
    }
    expect(broken).toEqual([]);
    expect(wrapped).toBeGreaterThan(2);
  });
});

describe('民生实事\'s progress at 375 px', () => {
  it('keeps the bar and its figure (已完成 100%) on one line, in both modes', async () => {
    for (const elder of [false, true]) {
      const page = await app.browser.open(ROUTES.projects, {}, { elder, fontStep: 0, highContrast: false, simple: false });
      await settled(page, '全部项目');
      const rows = await current(page).getByTestId('project-progress').evaluateAll((all) =>
        all.map((row) => {
          const track = row.querySelector('.project-progress__track')!.getBoundingClientRect();
          const words = row.querySelector('.project-progress__words')!;
          const box = words.getBoundingClientRect();
          // The figure's middle inside the bar's height: beside it, not under it.
          return { words: words.textContent, beside: box.top + box.height / 2 > track.top && box.top + box.height / 2 < track.bottom && box.left >= track.right };
        }),
      );
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((row) => row.words === '已完成 100%')).toBe(true);
      expect({ elder, apart: rows.filter((row) => !row.beside) }).toEqual({ elder, apart: [] });
      await screenshotWholePage(page, `projects-progress-${elder ? 'elder' : 'standard'}-375`);
      await page.close();
    }
  });
});
