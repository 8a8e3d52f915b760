import { routesOf } from './support/runtime';
import { startSuite, suiteDist, type Suite } from './support/suite';
import type { MiniProgram } from './support/mini-program';

// Every page app.json declares, opened in the built mini-program as WeChat would open it (from a
// share card, a notification, a scan), with the demo content's ids where a page needs one.

let suite: Suite;
let program: MiniProgram;
const queries: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  suite = await startSuite();
  const { policies } = await suite.graphql<{ policies: { edges: Array<{ node: { id: string } }> } }>('{ policies(first: 20) { edges { node { id } } } }');
  const details = await Promise.all(
    policies.edges.map(({ node }) => suite.graphql<{ policy: { id: string; interpretations: Array<{ id: string }> } }>('query($id: ID!) { policy(id: $id) { id interpretations { id } } }', { id: node.id })),
  );
  const explained = details.find(({ policy }) => policy.interpretations.length)!.policy;
  const { events } = await suite.graphql<{ events: { edges: Array<{ node: { id: string } }> } }>('{ events(first: 1) { edges { node { id } } } }');
  const { projects } = await suite.graphql<{ projects: { edges: Array<{ node: { id: string } }> } }>('{ projects(first: 1) { edges { node { id } } } }');
  const { services } = await suite.graphql<{ services: { edges: Array<{ node: { id: string; department: string } }> } }>('{ services(first: 1) { edges { node { id department } } } }');
  Object.assign(queries, {
    'pages/policy/detail/index': { id: explained.id },
    'pages/policy/interpretation/index': { policyId: explained.id, id: explained.interpretations[0]!.id },
    'pages/policy/search/index': { q: '养老' },
    'pages/events/detail/index': { id: events.edges[0]!.node.id },
    'pages/events/signup/index': { id: events.edges[0]!.node.id },
    'pages/projects/detail/index': { id: projects.edges[0]!.node.id },
    'pages/rating/rate/index': { service: services.edges[0]!.node.id },
    'pages/rating/figures/index': { department: services.edges[0]!.node.department },
  });
  program = suite.launch({ path: 'pages/home/index/index' });
  await program.settle();
});
afterAll(() => suite?.close());

const routes = routesOf(suiteDist());

it('declares the pages the mini-app has', () => {
  expect(routes).toContain('pages/home/index/index');
  expect(routes.length).toBeGreaterThanOrEqual(20);
});

it.each(routes)('%s renders without errors, following WeChat\'s font size', async (route) => {
  const page = program.relaunch(route, queries[route] ?? {});
  await program.settle();
  expect(program.problems()).toEqual([]);
  expect(page.text().length).toBeGreaterThan(10);
  // <page-meta> as WeChat receives it: the page follows the font size chosen in WeChat, and the
  // page background lands in page-style (not in another attribute).
  expect(page.pageMeta()).toMatchObject({ 'page-font-size': 'system', 'root-font-size': 'system', 'page-style': expect.stringMatching(/^background-color: #[0-9a-f]{6};$/i), 'page-orientation': '' });
  // Screen readers: every page has its main landmark, named.
  expect(page.queryAllByRole('main').length).toBe(1);
});
