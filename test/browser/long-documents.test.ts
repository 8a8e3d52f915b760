import type { Page } from 'playwright-core';
import { graphql } from '../support/run-govopen';
import {
  axeViolations,
  current,
  DESK,
  govOpenInBrowser,
  PHONE,
  ROUTES,
  screenshotWholePage,
  SCREENSHOTS,
  settled,
  sidewaysOverflow,
  STANDARD,
  tapTargets,
} from '../support/browser';

// A long plan on the H5 build in Chromium, in 长辈版 at phone width: the contents, a jump to a section,
// 回到顶部, 朗读 from a chosen section, and opening a policy at a section by its address.

const app = govOpenInBrowser('long-documents');

const HUAIYIN = '2022年槐荫区政务公开工作要点';
const ELDER = { ...STANDARD, elder: true };
let huaiyin = '';

beforeAll(async () => {
  const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ policies(first: 20) { edges { node { id title } } } }');
  huaiyin = list.body.data!.policies.edges.find(({ node }) => node.title === HUAIYIN)!.node.id;
  // Chromium's speechSynthesis, recorded: what the page asks to be read, one utterance at a time
  // (the engine moves on when one ends; here none ends, so the reading stays where it started).
  await app.browser.context.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spokenTexts: spoken });
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: Utterance) => spoken.push(u.text), cancel: () => undefined, pause: () => undefined, resume: () => undefined, getVoices: () => [] },
    });
  });
});

/** Where the page's scrolling element stands (Taro's H5 page scrolls inside its own element). */
const scrollTop = (page: Page) => current(page).evaluate((el) => el.scrollTop);
/** Where an element's top is, in px from the top of the window. */
const topOf = async (page: Page, name: string, level: number) => (await current(page).getByRole('heading', { level, name }).boundingBox())!.y;
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

async function openHuaiyin(settings = ELDER, params: Record<string, string> = {}) {
  const page = await app.browser.open(ROUTES.policyDetail, { id: huaiyin, ...params }, settings);
  await settled(page, '— 全文完 —');
  return page;
}

describe('a long plan in 长辈版 at phone width', () => {
  it('目录 jumps to a section; 回到顶部 brings the title back; both at once and as large targets', async () => {
    const page = await openHuaiyin();
    const view = current(page);
    const height = await view.evaluate((el) => el.scrollHeight);
    expect(height).toBeGreaterThan(PHONE.height * 10); // many screens tall
    expect(await view.getByText(HUAIYIN, { exact: true }).count()).toBe(1); // the plan prints its title again above its text: shown once

    const contents = view.getByRole('navigation', { name: '目录' });
    // The 20 parts stay folded under the 5 chapters (25 entries would fill three screens before the text).
    expect(await contents.getByRole('link').allInnerTexts()).toHaveLength(5);
    await contents.getByRole('button', { name: '也列出各章下的20节' }).click();
    const entries = await contents.getByRole('link').allInnerTexts();
    expect(entries).toHaveLength(25);
    expect(entries.slice(0, 2)).toEqual(['一、聚焦重点领域，深化信息公开', '（一）紧扣高质量发展加强信息公开。']);

    const target = '（三）推进依申请公开，提升办理水平。';
    await contents.getByRole('link', { name: target }).click();
    await page.waitForFunction((name) => (document.activeElement as HTMLElement | null)?.innerText === name, target);
    expect(Math.round(await topOf(page, target, 3))).toBe(16); // at the top of the screen, one space (长辈版: 16 px) below its edge
    expect(await scrollTop(page)).toBeGreaterThan(PHONE.height * 5);
    await screenshotViewport(page, 'long-document-jumped-elder');

    // The nearest 回到顶部 below: the end of chapter 四 (in the text's flow, not over it). One after each
    // chapter of some length (三 is short: after 四 for both), and at the end.
    const back = view.getByRole('button', { name: '回到顶部' });
    expect(await back.count()).toBe(4);
    const below = await firstBelow(back);
    await below.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-level') === '1');
    expect(await scrollTop(page)).toBeLessThan(2);
    expect(await focusedText(page)).toBe(HUAIYIN);
  });

  it('朗读 from a chosen section reads from that heading on, with 暂停 / 停止 at the section', async () => {
    const page = await openHuaiyin();
    const view = current(page);
    const chapter = '三、聚焦基层建设，构建信息公开体系';
    const group = view.getByRole('group', { name: `朗读：${chapter}` });
    await group.getByRole('button', { name: `从这里朗读：${chapter}` }).click();

    const spoken = await page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);
    expect(spoken).toEqual([chapter]); // the chapter's heading first (its parts follow, one utterance each)
    await group.getByRole('button', { name: '暂停' }).waitFor();
    expect(await group.getByRole('button', { name: '停止' }).count()).toBe(1);
    expect(await view.getByRole('group', { name: '朗读', exact: true }).getByRole('button', { name: '暂停' }).count()).toBe(1);
    await group.getByRole('button', { name: '停止' }).click();
    await view.getByRole('button', { name: '朗读全文' }).waitFor();
  });

  it('opens at the section its address names (?section=2-3), as search results link', async () => {
    const page = await openHuaiyin(ELDER, { section: '2-3' });
    const target = '（三）聚焦公众参与，实施流程公开。';
    await page.waitForFunction((name) => (document.activeElement as HTMLElement | null)?.innerText === name, target);
    expect(Math.round(await topOf(page, target, 3))).toBe(16);
  });

  it('a search result opens the plan scrolled to the section whose passage matched', async () => {
    const page = await app.browser.open(ROUTES.policySearch, { q: '实施流程公开' }, ELDER);
    const policies = current(page).getByRole('region', { name: '政策文件' });
    const card = policies.getByRole('link').filter({ hasText: HUAIYIN }).first();
    const heading = (await card.locator('.search-hit__heading').innerText()).trim();
    expect(heading).toMatch(/流程公开/u);
    await card.click();
    await page.waitForFunction((name) => (document.activeElement as HTMLElement | null)?.innerText === name, heading);
    expect(page.url()).toMatch(/[?&]section=\d[\d-]*/u);
    expect(Math.round(await topOf(page, heading, 3))).toBe(16);
  });

  it('the task table shows its first 15 tasks; a large 再显示 15 项（共 N 项） adds the next 15 below them', async () => {
    const answer = await graphql<{ policy: { tables: Array<{ rows: string[][] }> } }>(app.govopen.base, `{ policy(id: "${huaiyin}") { tables { rows } } }`);
    const rows = answer.body.data!.policy.tables[0]!.rows;
    expect(rows.length).toBeGreaterThan(30);
    const page = await openHuaiyin();
    const view = current(page);
    const cards = view.getByRole('group', { name: /^第\d+项$/ });
    expect(await cards.count()).toBe(15);
    const more = view.getByRole('button', { name: `再显示 15 项（共 ${rows.length} 项）` });
    await more.scrollIntoViewIfNeeded();
    const box = (await more.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(60);
    expect(box.width).toBeGreaterThan(PHONE.width / 2);
    await screenshotViewport(page, 'long-document-table-more-elder');

    await more.click();
    expect(await cards.count()).toBe(30);
    expect(await cards.nth(15).innerText()).toMatch(/^序号\s+16\s/);
    // The 16th task comes right after the 15th, where the button was.
    expect((await cards.nth(15).boundingBox())!.y).toBeGreaterThan((await cards.nth(14).boundingBox())!.y);
    expect(await view.getByRole('button', { name: new RegExp(`^再显示 \\d+ 项（共 ${rows.length} 项）$`) }).count()).toBe(1);
    await page.setViewportSize(DESK);
    await more.scrollIntoViewIfNeeded();
    await screenshotViewport(page, 'long-document-table-more-desk');
    await page.close();
  });

  it('axe finds nothing serious, targets are 60 px (44 in the standard mode), nothing sideways at 320 px; screenshots', async () => {
    for (const [mode, settings, min] of [['elder', ELDER, 60], ['standard', STANDARD, 44]] as const) {
      const page = await openHuaiyin(settings);
      const violations = await axeViolations(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      const small = (await tapTargets(page)).filter((t) => t.width < min || t.height < min);
      expect({ mode, small }).toEqual({ mode, small: [] });
      await screenshotWholePage(page, `long-document-${mode}`);
      await page.setViewportSize({ width: 320, height: PHONE.height });
      expect(await sidewaysOverflow(page)).toEqual([]);
      await page.close();
    }
  });
});

/** The first of these elements below the top of the window. */
async function firstBelow(locator: ReturnType<Page['locator']>) {
  for (let i = 0; i < (await locator.count()); i++) {
    const box = await locator.nth(i).boundingBox();
    if (box && box.y > 0) return locator.nth(i);
  }
  throw new Error('no such element below');
}

/** What the resident sees on the screen right now. */
async function screenshotViewport(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, animations: 'disabled' });
}
