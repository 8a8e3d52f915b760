import { startSuite, type Suite } from './support/suite';
import { elementsOf } from './support/view';

// What a page weighs on an old phone: its elements (WeChat's experience audit wants fewer than
// 1,000 per page) and its largest setData (the JSON carried from the logic thread to the view, at
// most 1 MB). Words kept whole as elements of their own (components/Phrases.tsx) are what grows
// with the text. The longest demo policy (槐荫, 16,615 characters, a task table of 402 cells) once
// had 7,176 elements and a setData of 528,387 characters, and 2,841 and 228,656 with every task as a
// card; with a long table shown 15 rows at a time (components/TableCards.tsx) 880 and 77,968; with
// a card that is its own fields box and rows that are a label and a value with no element of their
// own (components/Fields.tsx) 772 and 72,484. A card's title as words (components/CardTitle.tsx, so
// 长辈版 never breaks a name inside a word) took the policy list to 109 elements (setData 8,175), 开放日
// to 255 (setData 19,868) and 民生实事, its 目标 lines phrased too, to 305 and 24,093. The budgets hold
// the pages within about 15 % of what they weighed when they were set.

let suite: Suite;
const policyIds: Record<string, string> = {};
beforeAll(async () => {
  suite = await startSuite();
  const { policies } = await suite.graphql<{ policies: { edges: Array<{ node: { id: string; title: string } }> } }>('{ policies(first: 20) { edges { node { id title } } } }');
  for (const place of ['槐荫', '婺城']) policyIds[place] = policies.edges.find(({ node }) => node.title.includes(place))!.node.id;
}, 120_000);
afterAll(() => suite?.close());

const PAGES: Array<{ name: string; route: string; policy?: string; ready: string; elements: number; setData: number }> = [
  { name: '槐荫 policy (its task table)', route: 'pages/policy/detail/index', policy: '槐荫', ready: '— 全文完 —', elements: 890, setData: 83_500 },
  { name: '婺城 policy', route: 'pages/policy/detail/index', policy: '婺城', ready: '— 全文完 —', elements: 560, setData: 53_500 },
  { name: 'policy list', route: 'pages/policy/browse/index', ready: '已显示', elements: 125, setData: 9_400 },
  { name: '我的', route: 'pages/mine/index/index', ready: '最近看过', elements: 117, setData: 10_000 },
  { name: '开放日', route: 'pages/events/list/index', ready: '开放日', elements: 295, setData: 22_900 },
  { name: '民生实事', route: 'pages/projects/list/index', ready: '总体进度', elements: 350, setData: 27_700 },
];

it.each(PAGES)('$name stays within $elements elements and a setData of $setData characters', async ({ route, policy, ready, elements, setData }) => {
  const program = suite.launch({ path: 'pages/home/index/index' });
  const page = program.relaunch(route, policy ? { id: policyIds[policy]! } : {});
  await page.findByText(ready);
  await program.settle();
  const all = elementsOf(page.tree());
  expect(all.length).toBeLessThanOrEqual(elements);
  expect(page.instance.largestSetData).toBeLessThanOrEqual(setData);
  expect(program.problems()).toEqual([]);
});

it('槐荫 policy: 再显示 adds the next 15 of its 67 tasks, and only they travel to the view', async () => {
  const program = suite.launch({ path: 'pages/home/index/index' });
  const page = program.relaunch('pages/policy/detail/index', { id: policyIds['槐荫']! });
  await page.findByText('— 全文完 —');
  await program.settle();
  const tasks = () => page.queryAllByRole('group', { name: /^第\d+项$/ });
  expect(tasks()).toHaveLength(15);
  const before = elementsOf(page.tree()).length;
  page.instance.largestSetData = 0;
  page.tap(await page.findByRole('button', { name: '再显示 15 项（共 67 项）' }));
  await page.findByRole('group', { name: '第30项' });
  await program.settle();
  expect(tasks()).toHaveLength(30);
  // 15 cards of 6 fields weigh 452 elements (772 -> 1,224; 557 when each row and each card's fields
  // had a box of their own) and 38,418 characters: the press sends the new cards, not the page again
  // (72,484).
  expect(elementsOf(page.tree()).length - before).toBeLessThanOrEqual(520);
  expect(page.instance.largestSetData).toBeLessThanOrEqual(44_200);
  expect(await page.findByRole('button', { name: '再显示 15 项（共 67 项）' })).toBeTruthy();
  expect(program.problems()).toEqual([]);
});
