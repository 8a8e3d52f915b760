// Chromium (playwright-core, the machine's /usr/bin/chromium) driving the H5 build that `npm start`
// serves. One browser per test file: `launchBrowser()` in beforeAll, `close()` in afterAll.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPO, startGovOpen, type RunningGovOpen } from './run-govopen';

export const SCREENSHOTS = resolve(REPO, 'test-artifacts/screenshots');

const ARGS = [
  // playwright adds --headless itself (headless: true)
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized window; tests narrow it to 320 px where they check reflow. */
export const PHONE = { width: 375, height: 800 } as const;
/** A desk browser: every staff job runs at this width and at PHONE's. */
export const DESK = { width: 1280, height: 900 } as const;
/** Both widths, named for test titles and screenshot names. */
export const WIDTHS = [['phone', PHONE], ['desk', DESK]] as const;

export { ROUTES } from '../../miniapp/src/lib/routes';

/** The resident's display settings as the mini-app stores them (miniapp/src/theme.ts). */
export type DisplaySettings = { elder: boolean; fontStep: number; highContrast: boolean; simple: boolean };
export const STANDARD: DisplaySettings = { elder: false, fontStep: 0, highContrast: false, simple: false };

export interface GovOpenBrowser {
  context: BrowserContext;
  /** A new tab on a page of the app, with empty storage or the given display settings. */
  open(route: string, params?: Record<string, string>, settings?: DisplaySettings): Promise<Page>;
  /** Uncaught errors in any page since the last call (each test expects none). */
  takeErrors(): string[];
  close(): Promise<void>;
}

export const appUrl = (base: string, route: string, params: Record<string, string> = {}) => {
  const query = new URLSearchParams(params).toString();
  return `${base}/#${route}${query ? `?${query}` : ''}`;
};

/** `camera`: a Y4M file (test/support/fake-camera.ts) the browser's camera shows, allowed without asking. */
export async function launchBrowser(base: string, options: { camera?: string } = {}): Promise<GovOpenBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'govopen-chromium-'));
  const camera = options.camera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${options.camera}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, ...camera],
    permissions: options.camera ? ['camera'] : [],
    viewport: PHONE,
    // The page's language (navigator.language, Accept-Language) …
    locale: 'zh-CN',
    // … and the browser's own: the date, time and file widgets and validation bubbles in Chinese, as on a
    // resident's phone. On Linux Chromium takes its UI language from LANGUAGE (--lang does not do it), from
    // the zh-CN pack in Debian's chromium-l10n (.ci/run installs it).
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    reducedMotion: 'reduce',
  });
  // Fail fast: every wait here is for something already on its way (demo data, a local API).
  context.setDefaultTimeout(15_000);
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(error.error().message));
  // The persistent context opens with one blank tab; every test opens its own.
  await Promise.all(context.pages().map((page) => page.close()));

  return {
    context,
    async open(route, params = {}, settings) {
      const page = await context.newPage();
      // One origin, one storage: start every tab from empty storage (and the given settings).
      await page.goto(`${base}/health`);
      await page.evaluate(
        (stored) => {
          localStorage.clear();
          // Taro's H5 storage keeps each value as JSON { data: value }.
          if (stored) localStorage.setItem('govopen.settings.v1', JSON.stringify({ data: stored }));
        },
        settings ?? null,
      );
      await page.goto(appUrl(base, route, params));
      return page;
    },
    takeErrors: () => errors.splice(0),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One GovOpen (`npm start`'s entry, on the run's DynamoDB Local with a table of its own, demo content
 * loaded) and one Chromium for a test file; each test must leave no uncaught error in any page.
 */
export function govOpenInBrowser(
  name: string,
  /** More settings for this instance, e.g. STAFF_BOOTSTRAP for a district admin. */
  env: Record<string, string> = {},
): { readonly govopen: RunningGovOpen; readonly browser: GovOpenBrowser; readonly tableName: string } {
  const tableName = `browser-${name}-${process.pid}-${Date.now()}`;
  const app = { tableName } as { govopen: RunningGovOpen; browser: GovOpenBrowser; tableName: string };
  beforeAll(async () => {
    // Without the shared emulator (DYNAMODB_ENDPOINT empty) npm start runs its own.
    app.govopen = await startGovOpen({ DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? '', TABLE_NAME: tableName, ...env });
    app.browser = await launchBrowser(app.govopen.base);
  }, 90_000);
  afterEach(async () => {
    if (!app.browser) return; // beforeAll failed and said why
    const errors = app.browser.takeErrors();
    await Promise.all(app.browser.context.pages().map((page) => page.close()));
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.govopen?.stop();
  });
  return app;
}

/**
 * The page the resident sees. Taro's H5 router keeps earlier pages of the stack in the DOM, hidden;
 * queries are scoped to the visible one.
 */
export const current = (page: Page): Locator => page.locator('.taro_page:visible');

/**
 * The value of a label/value row (components/Fields.tsx) as a resident finds it: what is right under
 * the label `label`.
 */
export const fieldValue = (scope: Locator, label: string): Locator => scope.getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');

/** Waits until `text` shows on the current page and the fonts are in (no animations to wait for). */
export async function settled(page: Page, text: string | RegExp): Promise<void> {
  await current(page).getByText(text).first().waitFor({ state: 'visible' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const AXE = readFileSync(resolve(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** axe-core on the whole document (hidden pages of the stack are display:none, so left out). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * A screenshot of the whole page. The page scrolls inside Taro's page element, not the window, so
 * the window is made as tall as the content for the shot (at most 16000 px) and then put back.
 */
export async function screenshotWholePage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize() ?? PHONE;
  const height = await current(page).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(16000, Math.max(viewport.height, height)) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  await page.setViewportSize(viewport);
}

/** Computed font size (px) of the page root: the body text size every page inherits. */
export const bodyFontSize = (page: Page): Promise<number> =>
  current(page).locator('.gov-screen').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/**
 * The lines an element's text takes as laid out, top to bottom: where each starts (px) and how many
 * characters it holds. A character starts a new line when it sits wholly below the line before (words
 * in inline blocks, components/Phrases.tsx, sit a pixel or so apart on the same line).
 */
export async function textLines(element: Locator): Promise<Array<{ start: number; characters: number }>> {
  return element.evaluate((el) => {
    const lines: Array<{ start: number; characters: number; bottom: number }> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        const line = lines.at(-1);
        // A space collapsed away between words has no box (0 × 0 at the page's corner): it counts, but starts nothing.
        if (line && box.width === 0 && box.height === 0) line.characters += 1;
        else if (!line || (box.height > 0 && box.top >= line.bottom - 1)) lines.push({ start: Math.round(box.left), characters: 1, bottom: box.bottom });
        else lines[lines.length - 1] = { start: Math.min(line.start, Math.round(box.left)), characters: line.characters + 1, bottom: Math.max(line.bottom, box.bottom) };
      }
    }
    return lines.map(({ start, characters }) => ({ start, characters }));
  });
}

/**
 * Where a line of an element's text starts with a fact's separator (· 已废止…) or ends, after other
 * facts, with a label whose value starts the next line (… · 发布日期： / 2026年12月5日). A label alone on
 * its line, its value too long to share it, is not counted (发布机构： / 金华市婺城区人民政府办公室).
 * Each as `before / after`.
 */
export async function labelsAndSeparatorsCut(element: Locator): Promise<string[]> {
  const text = await element.evaluate((el) => el.textContent ?? '');
  const cut: string[] = [];
  let [start, end] = [0, 0];
  for (const { characters } of (await textLines(element)).slice(0, -1)) {
    end += characters;
    const before = text.slice(0, end).trimEnd();
    const after = text.slice(end).trimStart();
    const line = text.slice(start, end).trim();
    if (after.startsWith('·') || (line.endsWith('：') && /\s/u.test(line))) cut.push(`${before} / ${after}`);
    start = end;
  }
  return cut;
}

/**
 * Where an element's text wraps inside a word (星期 / 二, 金华市婺 / 城区…, 居 / 家): a line that ends
 * neither at a space, nor after a comma, a label's colon or a list's 、, nor between two phrases (components/Phrases.tsx)
 * or two texts of its own (an agenda item's time and what happens then), inside a phrase that would have
 * fit on a line of its own; a phrase too wide for any line may break only between its words (the
 * browser's own word dictionary). Each as `before / after`.
 */
export async function wordsBrokenInside(element: Locator): Promise<string[]> {
  const lines = await textLines(element);
  return element.evaluate((el, lineLengths) => {
    // Each character with the unit it belongs to: its outermost phrase, else its own text.
    const chars: Array<{ node: Text; offset: number; unit: Node }> = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      let unit: Node = node;
      for (let up = node.parentElement; up && up !== el; up = up.parentElement) if (up.classList.contains('gov-phrase')) unit = up;
      for (let offset = 0; offset < node.length; offset++) chars.push({ node, offset, unit });
    }
    const text = chars.map(({ node, offset }) => node.data[offset]!).join('');
    const boundary = (at: number) => at <= 0 || at >= text.length || /[\s，：、]/u.test(text[at - 1]!) || /\s/u.test(text[at]!) || chars[at - 1]!.unit !== chars[at]!.unit;
    let block: HTMLElement = el as HTMLElement;
    while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const style = getComputedStyle(block);
    const lineWidth = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const broken: string[] = [];
    let end = 0;
    for (const characters of lineLengths.slice(0, -1)) {
      end += characters;
      if (boundary(end)) continue;
      let start = end - 1;
      while (!boundary(start)) start--;
      let stop = end + 1;
      while (!boundary(stop)) stop++;
      let width = 0;
      for (const { node, offset } of chars.slice(start, stop)) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        width += range.getBoundingClientRect().width;
      }
      const betweenWords = Array.from(segmenter.segment(text.slice(start, stop)), (word) => start + word.index).includes(end);
      if (width <= lineWidth + 1 || !betweenWords) broken.push(`${text.slice(0, end)} / ${text.slice(end)}`);
    }
    return broken;
  }, lines.map((line) => line.characters));
}

export type Target = { name: string; width: number; height: number };

/** Everything tappable on the current page (buttons, links, switches, text fields) with its size. */
export async function tapTargets(page: Page): Promise<Target[]> {
  return current(page).evaluate((root) =>
    Array.from(root.querySelectorAll('[role="button"], [role="link"], [role="switch"], input'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.getAttribute('placeholder') || el.tagName;
        return { name: name.replace(/\s+/g, ' ').slice(0, 30), width: Math.round(box.width), height: Math.round(box.height) };
      }),
  );
}

/** Elements of the current page that stick out sideways past the window (which would need side-scrolling). */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return current(page).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth || document.documentElement.scrollWidth > width) out.push(`page ${root.scrollWidth} > ${width}`);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        out.push(`${el.className || el.tagName} ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return out;
  });
}

/**
 * Buttons of the current page as wide as (nine tenths of) its text column: at a desk a button is as
 * wide as its words, on a staff page or a resident's. Rows of choices and 目录 entries span their column on purpose.
 */
export async function stretchedButtons(page: Page): Promise<string[]> {
  return current(page).evaluate((root) => {
    const screen = root.querySelector('.gov-screen')!;
    const style = getComputedStyle(screen);
    const column = screen.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Array.from(root.querySelectorAll('.gov-action'))
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.gov-choices--column, .gov-contents'))
      .filter((el) => el.getBoundingClientRect().width > column * 0.9)
      .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 30));
  });
}
