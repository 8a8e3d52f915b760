import { PALETTES } from '../../miniapp/src/theme';
import { graphql } from '../support/run-govopen';
import { axeViolations, govOpenInBrowser, ROUTES, screenshotWholePage, settled, STANDARD, type DisplaySettings } from '../support/browser';

// axe-core on every page of the H5 build, in each display mode, and a screenshot of each page in each
// mode for people to look at (test-artifacts/screenshots/<page>-<mode>.png). No rule is switched off.

const app = govOpenInBrowser('a11y');

const MODES: ReadonlyArray<[string, DisplaySettings]> = [
  ['standard', STANDARD],
  ['elder', { ...STANDARD, elder: true }],
  ['contrast', { ...STANDARD, highContrast: true }],
];

type Visit = { route: string; params?: Record<string, string>; ready: string | RegExp };

const ids: Record<string, string> = {};
beforeAll(async () => {
  const list = await graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>(app.govopen.base, '{ policies(first: 20) { edges { node { id title } } } }');
  for (const { node } of list.body.data!.policies.edges) ids[node.title.includes('婺城') ? 'wucheng' : node.title.includes('灵武') ? 'lingwu' : 'huaiyin'] = node.id;
});

/** Every page, each with the text that says it has loaded (ids are known once the instance runs). */
const PAGES: ReadonlyArray<[string, () => Visit]> = [
  ['home', () => ({ route: ROUTES.home, ready: '查看政策和解读' })],
  ['browse', () => ({ route: ROUTES.policyBrowse, ready: /已显示 \d+ 份/ })],
  ['search', () => ({ route: ROUTES.policySearch, params: { q: '政务公开' }, ready: /已显示 \d+ 份/ })],
  ['detail', () => ({ route: ROUTES.policyDetail, params: { id: ids.wucheng! }, ready: '— 全文完 —' })],
  ['interpretation', () => ({ route: ROUTES.policyInterpretation, params: { policyId: ids.lingwu!, id: 'demo-lingwu-qa' }, ready: '有疑问，请打电话咨询' })],
  ['settings', () => ({ route: ROUTES.settings, ready: '示例：政务公开，方便您我。' })],
  ['mine', () => ({ route: ROUTES.mine, ready: '测试登录' })],
];

describe.each(MODES)('%s mode', (mode, settings) => {
  it.each(PAGES)('%s: no serious or critical axe violation; screenshot', async (name, visit) => {
    const { route, params, ready } = visit();
    const page = await app.browser.open(route, params, settings);
    await settled(page, ready);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshotWholePage(page, `${name}-${mode}`);
  });
});

it('the browser tab shows the app’s own mark, asked of no other address (no 404 for favicon.ico)', async () => {
  const asked: string[] = [];
  app.browser.context.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const page = await app.browser.open(ROUTES.home);
  await settled(page, '查看政策和解读');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toMatch(/^data:image\/svg\+xml,/u);
  // An image the browser can draw, square, in the theme's blue.
  const size = await page.evaluate(
    (href) => new Promise<[number, number] | null>((done) => Object.assign(new Image(), { onload(this: HTMLImageElement) { done([this.naturalWidth, this.naturalHeight]); }, onerror: () => done(null), src: href })),
    icon!,
  );
  expect(size).toEqual([expect.any(Number), expect.any(Number)]);
  expect(size![0]).toBe(size![1]);
  expect(decodeURIComponent(icon!)).toContain(PALETTES.standard.primary);
  expect(asked.filter((path) => path.includes('favicon'))).toEqual([]);
});
