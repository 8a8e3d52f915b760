import { createTestApi, createTestStaff, savePolicy, type TestApi } from '../../../test/support/test-app';
import { createPolicyStore } from '../policies/policy-store';
import { createApp, createRequestContext } from '../app';
import { loadDemoEvents } from '../demo/demo-events';
import { loadDemoProjects } from '../demo/demo-projects';
import { createGraphQLServer } from '../server';
import { SearchDocument, SearchSuggestionsDocument } from '../../../miniapp/src/generated/operations';
import { SearchService } from './search-service';
import { createSearchStore } from './search-store';

// Search through the API on DynamoDB Local: the index follows publishing, updating and repealing,
// in this process at once and in another process (another Lambda container) on its next look at
// the change log; staff statistics and synonyms; what a resident sees when nothing fits.

const SEARCH = `query($q: String!, $kinds: [SearchKind!], $first: Int, $after: String, $repealed: Boolean) {
  search(query: $q, kinds: $kinds, first: $first, after: $after, includeRepealed: $repealed) {
    query understoodAs total partial suggestions consultation { phone hours }
    answer { kind id policyId heading { text } passage { text highlights { start length } } answersQuestion }
    groups { kind total pageInfo { hasNextPage endCursor } hits { kind id policyId title { text highlights { start length } } subtitle repealed sectionIndex sectionId heading { text } passage { text highlights { start length } } } }
  }
}`;
const PUBLISH = `mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: PolicyInput!, $version: Int!) { updatePolicy(id: $id, input: $input, version: $version) { id } }`;
const REPEAL = `mutation($id: ID!, $date: String!) { repealPolicy(id: $id, repealedDate: $date) { validity } }`;
const INTERPRET = `mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id } }`;

interface Hit {
  kind: string;
  id: string;
  policyId: string | null;
  title: { text: string; highlights: Array<{ start: number; length: number }> };
  repealed: boolean;
  sectionIndex: number | null;
  sectionId: string | null;
  heading: { text: string } | null;
  passage: { text: string; highlights: Array<{ start: number; length: number }> };
}
interface Results {
  query: string;
  understoodAs: string | null;
  total: number;
  partial: boolean;
  suggestions: string[];
  consultation: { phone: string; hours: string };
  answer: (Hit & { answersQuestion: boolean }) | null;
  groups: Array<{ kind: string; total: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; hits: Hit[] }>;
}

const heating = {
  title: '示例区民政局关于发放困难群众冬季取暖补贴的通知',
  documentNumber: '示民发〔2026〕30号',
  body: '各街道：\n一、发放对象\n本区最低生活保障对象和特困供养人员。\n二、发放标准\n每户一次性发放冬季取暖补贴800元。\n三、发放时间\n2026年11月30日前发放到户。',
};

let api: TestApi;
let other: { search(variables: Record<string, unknown>): Promise<Results> };
let tokens: Record<'admin' | 'civilAffairs' | 'resident', string>;

const hitsOf = (results: Results, kind = 'POLICY') => results.groups.find((g) => g.kind === kind)?.hits ?? [];

async function search(variables: Record<string, unknown>, token?: string): Promise<Results> {
  const result = await api.run<{ search: Results }>(SEARCH, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.search;
}

/** Another process on the same table sees a change once it has looked at the change log (every second). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 50; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the other process never saw the change');
}

beforeAll(async () => {
  api = await createTestApi();
  tokens = {
    admin: await createTestStaff(api, 'admin', 'DISTRICT_ADMIN', '区政府办公室'),
    civilAffairs: await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局'),
    resident: (await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:wang") { token } }`)).data!.login.token,
  };
  // A second process: its own app, server and index, on the same table.
  const second = createApp(api.app.config, api.app.dynamo);
  const server = createGraphQLServer({ production: false, log: second.log });
  await server.start();
  other = {
    async search(variables) {
      const response = await server.executeOperation({ query: SEARCH, variables }, { contextValue: await createRequestContext(second) });
      if (response.body.kind !== 'single' || !response.body.singleResult.data) throw new Error('the other process failed to search');
      return (response.body.singleResult.data as { search: Results }).search;
    },
  };
  await loadDemoEvents(api.app);
  await loadDemoProjects(api.app);
});
afterAll(() => api.close());

describe('the index follows the library', () => {
  let id: string;

  it('finds a policy as soon as it is published, at the section that answers, in this process and in another', async () => {
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: heating }, { token: tokens.civilAffairs });
    id = published.data!.publishPolicy.id;
    const results = await search({ q: '冬天取暖补贴一户多少钱' });
    const [hit] = hitsOf(results);
    expect(hit).toMatchObject({ id, policyId: id, repealed: false, sectionIndex: 1, sectionId: '2', heading: { text: '二、发放标准' } });
    expect(hit!.passage.text).toBe('每户一次性发放冬季取暖补贴800元。');
    // The address the result opens the policy page at (?section=) is the one that page gives the section.
    const page = await api.run<{ policy: { sections: Array<{ id: string; heading: string }> } }>(`query($id: ID!) { policy(id: $id) { sections { id heading } } }`, { id });
    expect(page.data!.policy.sections.find((section) => section.id === hit!.sectionId)?.heading).toBe('二、发放标准');
    expect(hit!.passage.highlights.length).toBeGreaterThan(0);
    await eventually(async () => hitsOf(await other.search({ q: '取暖补贴' }))[0]?.id === id);
  });

  it('follows an update: the new words find it, the old ones no longer do', async () => {
    const changed = { ...heating, body: heating.body.replace('冬季取暖补贴800元', '冬季取暖补贴1000元和棉被一床') };
    expect((await api.run(UPDATE, { id, input: changed, version: 1 }, { token: tokens.civilAffairs })).errors).toBeUndefined();
    expect(hitsOf(await search({ q: '取暖补贴 棉被' }))[0]?.passage.text).toContain('棉被一床');
    expect(hitsOf(await search({ q: '800' })).map((h) => h.id)).not.toContain(id);
    await eventually(async () => (hitsOf(await other.search({ q: '棉被' }))[0]?.id ?? null) === id);
  });

  it('finds an interpretation as soon as it is added, and its answer first for a question it answers', async () => {
    const input = {
      kind: 'QA',
      title: '冬季取暖补贴问答',
      body: '困难群众冬季取暖补贴一次性发放到户。',
      questions: [{ question: '取暖补贴什么时候发？', answer: '2026年11月30日前发放到户，不用申请。' }],
      consultationPhone: '12345',
    };
    const added = await api.run<{ addInterpretation: { id: string } }>(INTERPRET, { id, input }, { token: tokens.civilAffairs });
    const results = await search({ q: '取暖补贴啥时候发' });
    expect(results.answer).toMatchObject({ kind: 'INTERPRETATION', id: added.data!.addInterpretation.id, policyId: id, answersQuestion: true, heading: { text: '取暖补贴什么时候发？' } });
    expect(results.answer!.passage.text).toBe('2026年11月30日前发放到户，不用申请。');
  });

  it('leaves a repealed policy and its interpretation out unless asked for, in both processes', async () => {
    expect((await api.run(REPEAL, { id, date: '2026-12-31' }, { token: tokens.civilAffairs })).errors).toBeUndefined();
    const current = await search({ q: '取暖补贴' });
    expect(hitsOf(current)).toEqual([]);
    expect(hitsOf(current, 'INTERPRETATION')).toEqual([]);
    const all = await search({ q: '取暖补贴', repealed: true });
    expect(hitsOf(all)[0]).toMatchObject({ id, repealed: true });
    expect(hitsOf(all, 'INTERPRETATION')[0]).toMatchObject({ policyId: id, repealed: true });
    await eventually(async () => hitsOf(await other.search({ q: '取暖补贴' })).length === 0);
  });

  it('holds open days and livelihood projects from the moment they are stored', async () => {
    expect(hitsOf(await search({ q: '养老服务补贴开放日' }), 'EVENT')[0]?.title.text).toBe('（示例）养老服务补贴政策开放日');
    expect(hitsOf(await search({ q: '老年食堂' }), 'PROJECT')[0]?.title.text).toContain('老年食堂');
  });

  it('starts a new process from the snapshot another one wrote, with the same results', async () => {
    const store = createSearchStore(api.app.dynamo, api.app.audit);
    const writer = new SearchService(store, () => new Date(), api.app.log, { pollMs: 0, snapshotAfter: 1, cachedDocuments: 10 });
    await writer.current();
    const pointer = await store.snapshotPointer();
    expect(pointer?.documents).toBeGreaterThan(10);
    const reader = new SearchService(store, () => new Date(), api.app.log, { pollMs: 0, snapshotAfter: 1000, cachedDocuments: 10 });
    const request = { query: '老年食堂', kinds: [], first: 5, after: null, includeRepealed: false };
    expect((await reader.search(request)).groups).toEqual((await writer.search(request)).groups);
  });
});

describe('a library that existed before search', () => {
  it('is indexed by the first process that searches it', async () => {
    const older = await createTestApi();
    try {
      // Stored the way it was before search existed: straight through the policy store.
      const draft = { ...heating, title: '示例区关于发放高温补贴的通知', documentNumber: '示民发〔2020〕3号', indexNumber: null, issuer: '示例区民政局', writtenDate: null, publishedDate: '2020-06-01', validity: 'VALID' as const, repealedDate: null, disclosure: 'PROACTIVE' as const, topics: [], targetGroups: [], sections: [], tables: [] };
      await savePolicy({ stores: { policies: createPolicyStore(older.app.dynamo, older.app.audit, older.app.now) } }, draft);
      const results = await older.run<{ search: Results }>(SEARCH, { q: '高温补贴' });
      expect(hitsOf(results.data!.search)[0]?.title.text).toBe('示例区关于发放高温补贴的通知');
    } finally {
      await older.close();
    }
  });
});

describe('what a resident sees', () => {
  it('pages through one kind', async () => {
    const first = await search({ q: '改造', kinds: ['PROJECT'], first: 1 });
    const group = first.groups[0]!;
    expect(group.pageInfo.hasNextPage).toBe(true);
    const next = await search({ q: '改造', first: 1, after: group.pageInfo.endCursor });
    expect(next.groups.map((g) => g.kind)).toEqual(['PROJECT']);
    expect(next.groups[0]!.hits[0]!.id).not.toBe(group.hits[0]!.id);
  });

  it('is never a dead end: near words, what others searched for and the consultation phone', async () => {
    for (let i = 0; i < 3; i += 1) await search({ q: '老年食堂' });
    const fresh = createApp(api.app.config, api.app.dynamo);
    const outcome = await fresh.stores.search.search({ query: '宠物狗', kinds: [], first: 5, after: null, includeRepealed: false });
    expect(outcome.total).toBe(0);
    expect(outcome.suggestions).toContain('老年食堂');
    const results = await search({ q: '宠物狗' });
    expect(results.consultation.phone).toBe('12345');
  });

  it("answers the mini-app's own operations, within the API's limits on depth and cost", async () => {
    const results = await api.run<{ search: Results }>(SearchDocument, { query: '改造', first: 5 });
    expect(results.errors).toBeUndefined();
    expect(hitsOf(results.data!.search, 'PROJECT').length).toBeGreaterThan(0);
    const popular = await api.run<{ searchSuggestions: string[] }>(SearchSuggestionsDocument, { first: 8 });
    expect(popular.errors).toBeUndefined();
    expect(popular.data!.searchSuggestions).toEqual(expect.any(Array));
  });

  it('completes one character with the words a resident means by it: 开 → 开放日, 办 → 办理, never 开展, 开工 or 通知', async () => {
    const input = { title: '示例区民政局关于开展冬季送温暖活动的通知', documentNumber: '示民发〔2026〕31号', body: '各街道：\n一、活动内容\n开展走访慰问，暖心驿站12月1日开工。困难群众持社区开具的证明领取慰问品。' };
    expect((await api.run(PUBLISH, { input }, { token: tokens.civilAffairs })).errors).toBeUndefined();
    const suggest = async (prefix: string) => (await api.run<{ searchSuggestions: string[] }>(SearchSuggestionsDocument, { prefix, first: 8 })).data!.searchSuggestions;
    const completed = await suggest('开');
    expect(completed).toContain('开放日');
    expect(completed.filter((word) => ['开展', '开工'].includes(word))).toEqual([]);
    // What residents come to do and the papers it takes, never what the title is framed with (通知, 印发).
    expect(await suggest('办')).toContain('办理');
    expect(await suggest('证')).toContain('证明');
    expect(await suggest('通')).not.toContain('通知');
    expect(await suggest('印')).not.toContain('印发');
    // Two characters and more are completed from every word of the library, as before.
    expect(await suggest('民政')).toContain('民政局');
  });

  it('refuses bad input in plain words', async () => {
    const empty = await api.run(SEARCH, { q: '   ' });
    expect(empty.errors?.[0]).toMatchObject({ message: '请输入要找的内容。', extensions: { code: 'BAD_USER_INPUT' } });
    const many = await api.run(SEARCH, { q: '低保', first: 500 });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await api.run(SEARCH, { q: '低保', after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('staff', () => {
  const STATISTICS = `query($month: String) { searchStatistics(month: $month) { month searches empty top { query searches empty } notFound { query searches empty } } }`;
  const SAVE = `mutation($input: SearchSynonymInput!) { saveSearchSynonym(input: $input) { term alternatives source updatedBy } }`;
  const REMOVE = `mutation($term: String!) { removeSearchSynonym(term: $term) }`;
  const SYNONYMS = `{ searchSynonyms { term alternatives source } }`;

  it('see the top searches and those that found nothing, as counts, and never a number a resident typed', async () => {
    await search({ q: '宠物狗' });
    await search({ q: '13812345678 低保' });
    const month = new Date().toISOString().slice(0, 7);
    const result = await api.run<{ searchStatistics: { searches: number; top: Array<{ query: string; searches: number; empty: number }>; notFound: Array<{ query: string; empty: number }> } }>(
      STATISTICS,
      {},
      { token: tokens.civilAffairs },
    );
    const statistics = result.data!.searchStatistics;
    expect(statistics.top).toEqual(expect.arrayContaining([{ query: '老年食堂', searches: expect.any(Number), empty: 0 }]));
    expect(statistics.notFound).toEqual(expect.arrayContaining([expect.objectContaining({ query: '宠物狗' })]));
    expect(JSON.stringify(statistics)).not.toContain('13812345678');
    expect(month).toMatch(/^\d{4}-\d{2}$/u);
    expect((await api.run(STATISTICS, {}, { token: tokens.resident })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(STATISTICS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('extend the synonym table: a resident’s word finds the official term at once, in every process', async () => {
    const saved = await api.run(SAVE, { input: { term: '食堂吃饭', alternatives: ['老年食堂', '助餐'] } }, { token: tokens.admin });
    expect(saved.data).toEqual({ saveSearchSynonym: { term: '食堂吃饭', alternatives: ['老年食堂', '助餐'], source: 'STAFF', updatedBy: 'admin' } });
    const found = await search({ q: '食堂吃饭' });
    expect(hitsOf(found, 'PROJECT')[0]?.title.text).toContain('老年食堂');
    await eventually(async () => hitsOf(await other.search({ q: '食堂吃饭' }), 'PROJECT').length > 0);
    const table = await api.run<{ searchSynonyms: Array<{ term: string; source: string }> }>(SYNONYMS, {}, { token: tokens.admin });
    expect(table.data!.searchSynonyms).toEqual(expect.arrayContaining([expect.objectContaining({ term: '食堂吃饭', source: 'STAFF' }), expect.objectContaining({ term: '看病', source: 'DEFAULT' })]));
    expect((await api.app.audit.trail('searchSynonym', '食堂吃饭')).map((entry) => entry.action)).toEqual(['search.synonym.save']);
  });

  it('take a shipped synonym out, and only the district office may change the table', async () => {
    expect((await api.run(REMOVE, { term: '吃饭' }, { token: tokens.admin })).data).toEqual({ removeSearchSynonym: true });
    const table = await api.run<{ searchSynonyms: Array<{ term: string }> }>(SYNONYMS, {}, { token: tokens.admin });
    expect(table.data!.searchSynonyms.map((entry) => entry.term)).not.toContain('吃饭');
    expect((await api.run(REMOVE, { term: '吃饭' }, { token: tokens.admin })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.run(SAVE, { input: { term: '看病', alternatives: ['医院'] } }, { token: tokens.civilAffairs })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(SAVE, { input: { term: '看病', alternatives: [] } }, { token: tokens.admin })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
