import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSuite, type Suite } from './support/suite';

// What WeChat's review and residents expect of the mini-program beyond its pages working (issue 12,
// items 3–5), checked on the built mini-program: shares, the privacy check and its pop-up, no
// placeholder page, rating codes WeChat can route.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => suite?.close());

type Check = { name: string; ready(): Promise<boolean> };

async function firstId(query: string, field: string): Promise<string> {
  const data = await suite.graphql<Record<string, { edges: Array<{ node: { id: string } }> }>>(query);
  return data[field]!.edges[0]!.node.id;
}

/** A shared card's title says what it is, and its path opens the same page (`query`: its ids) for someone new. */
async function shareable(route: string, query: Record<string, string>): Promise<boolean> {
  const program = suite.launch({ path: route, query });
  await program.settle();
  const share = program.page.instance.page.onShareAppMessage as ((event: object) => { title?: string; path?: string } | undefined) | undefined;
  const card = share?.call(program.page.instance.page, { from: 'menu' });
  return Boolean(
    card?.title &&
      !['政务公开', '政策解读'].includes(card.title) &&
      card.path?.replace(/^\//, '').startsWith(`${route}?`) &&
      Object.entries(query).every(([key, value]) => card.path!.includes(`${key}=${encodeURIComponent(value)}`)),
  );
}

/** A policy with a plain-language interpretation, and that interpretation's id. */
async function interpretation(): Promise<Record<string, string>> {
  const { policies } = await suite.graphql<{ policies: { edges: Array<{ node: { id: string; interpretations: Array<{ id: string }> } }> } }>('{ policies(first: 20) { edges { node { id interpretations { id } } } } }');
  const policy = policies.edges.map((edge) => edge.node).find((node) => node.interpretations.length)!;
  return { policyId: policy.id, id: policy.interpretations[0]!.id };
}

const appJson = () => JSON.parse(readFileSync(join(suite.dist, 'app.json'), 'utf8')) as { pages: string[]; __usePrivacyCheck__?: boolean };

const CHECKS: Check[] = [
  { name: 'policy detail can be shared', ready: async () => shareable('pages/policy/detail/index', { id: await firstId('{ policies(first: 1) { edges { node { id } } } }', 'policies') }) },
  { name: 'project detail can be shared', ready: async () => shareable('pages/projects/detail/index', { id: await firstId('{ projects(first: 1) { edges { node { id } } } }', 'projects') }) },
  { name: 'open-day detail can be shared', ready: async () => shareable('pages/events/detail/index', { id: await firstId('{ events(first: 1) { edges { node { id } } } }', 'events') }) },
  { name: 'a draft for comment can be forwarded', ready: async () => shareable('pages/drafts/detail/index', { id: await firstId('{ drafts(first: 1) { edges { node { id } } } }', 'drafts') }) },
  { name: 'a policy interpretation can be forwarded (转发 to family)', ready: async () => shareable('pages/policy/interpretation/index', await interpretation()) },
  { name: 'app.json asks for WeChat privacy checks (__usePrivacyCheck__)', ready: async () => appJson().__usePrivacyCheck__ === true },
  {
    name: 'the privacy pop-up answers wx.onNeedPrivacyAuthorization',
    async ready() {
      const program = suite.launch({ path: 'pages/home/index/index' });
      await program.settle();
      return program.wx.privacyListeners.length > 0;
    },
  },
  { name: 'no 即将上线 placeholder page in app.json', ready: async () => !appJson().pages.some((page) => page.startsWith('pages/soon/')) },
  {
    name: 'printed rating codes hold a path address WeChat can route (no #/)',
    async ready() {
      const { services } = await suite.graphql<{ services: { edges: Array<{ node: { ratingLinks: Array<{ h5Url: string }> } }> } }>('{ services(first: 1) { edges { node { ratingLinks { h5Url } } } } }');
      return !services.edges[0]!.node.ratingLinks[0]!.h5Url.includes('#');
    },
  },
];

it('has what WeChat review asks for', async () => {
  const notReady: string[] = [];
  for (const check of CHECKS) if (!(await check.ready())) notReady.push(check.name);
  expect(notReady).toEqual([]);
});
