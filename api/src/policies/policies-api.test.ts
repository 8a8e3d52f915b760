import type { PolicyDraft } from '@govopen/shared';
import { createTestApi, savePolicy, type TestApi } from '../../../test/support/test-app';
import { policyIdFor } from './policy-id';

function draft(overrides: Partial<PolicyDraft> & { title: string }): PolicyDraft {
  return {
    documentNumber: null,
    indexNumber: null,
    issuer: '示范区民政局',
    writtenDate: '2022-03-01',
    publishedDate: '2022-03-02',
    validity: 'VALID',
    repealedDate: null,
    disclosure: 'PROACTIVE',
    topics: ['养老服务'],
    targetGroups: ['老年人'],
    body: `${overrides.title}\n一、总体要求\n做好相关工作。`,
    sections: [{ level: 1, heading: '一、总体要求', text: '做好相关工作。' }],
    tables: [],
    ...overrides,
  };
}

const LIST = /* GraphQL */ `
  query List($filter: PolicyFilter, $first: Int, $after: String) {
    policies(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id title issuer publishedDate validity topics } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type ListData = {
  policies: {
    edges: Array<{ cursor: string; node: { id: string; title: string; issuer: string; publishedDate: string; validity: string; topics: string[] } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let api: TestApi;

const save = (policy: PolicyDraft) => savePolicy(api.app, policy);

async function titles(filter: Record<string, unknown>, first = 100) {
  const result = await api.run<ListData>(LIST, { filter, first });
  expect(result.errors).toBeUndefined();
  return result.data!.policies.edges.map((edge) => edge.node.title);
}

beforeAll(async () => {
  api = await createTestApi();
  // 24 in-force policies over two issuers and two years, published one day apart.
  for (let n = 1; n <= 24; n += 1) {
    const day = String(n).padStart(2, '0');
    await save(
      draft({
        title: `第${n}号通知`,
        issuer: n % 2 === 0 ? '示范区民政局' : '示范区财政局',
        publishedDate: `${n <= 12 ? 2021 : 2022}-05-${day}`,
        writtenDate: `${n <= 12 ? 2021 : 2022}-05-${day}`,
        topics: n % 3 === 0 ? ['财政预算'] : ['养老服务'],
        targetGroups: n % 3 === 0 ? ['企业'] : ['老年人'],
      }),
    );
  }
  await save(draft({ title: '关于老年人补贴的旧办法', validity: 'REPEALED', repealedDate: '2022-01-01', publishedDate: '2020-01-01' }));
  await save(draft({ title: '修改后的养老服务办法', validity: 'AMENDED', publishedDate: '2020-02-01' }));
  await save(draft({ title: '依申请公开的内部文件', disclosure: 'ON_REQUEST', publishedDate: '2022-12-31' }));
  await save(
    draft({
      title: '長者補貼發放辦法',
      issuer: '示范区民政局',
      publishedDate: '2019-06-01',
      body: '長者補貼發放辦法\n凡年滿八十週歲的長者，可申請高齡補貼。',
      sections: [],
    }),
  );
});

afterAll(() => api.close());

describe('browsing the policy library', () => {
  it('lists policies in force, newest first, 20 to a page, and pages through all of them once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: ListData } = await api.run<ListData>(LIST, { first: 20, after });
      const { edges, pageInfo } = result.data!.policies;
      seen.push(...edges.map((e) => e.node.title));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    expect(seen[0]).toBe('第24号通知');
    expect(seen).toContain('修改后的养老服务办法');
    expect(seen).not.toContain('关于老年人补贴的旧办法');
    expect(seen).not.toContain('依申请公开的内部文件');
    expect(seen.at(-1)).toBe('長者補貼發放辦法');
  });

  it('filters by issuer, year, topic and target group, alone and together', async () => {
    expect(await titles({ issuer: '示范区财政局', year: 2022 })).toEqual(['第23号通知', '第21号通知', '第19号通知', '第17号通知', '第15号通知', '第13号通知']);
    expect(await titles({ topic: '财政预算' })).toEqual(['第24号通知', '第21号通知', '第18号通知', '第15号通知', '第12号通知', '第9号通知', '第6号通知', '第3号通知']);
    expect(await titles({ targetGroup: '企业', year: 2021 })).toEqual(['第12号通知', '第9号通知', '第6号通知', '第3号通知']);
    expect(await titles({ issuer: '没有这个单位' })).toEqual([]);
  });

  it('shows repealed policies only when asked, and tells VALID from AMENDED', async () => {
    expect(await titles({ validity: ['REPEALED'] })).toEqual(['关于老年人补贴的旧办法']);
    expect(await titles({ validity: ['AMENDED'] })).toEqual(['修改后的养老服务办法']);
    const everything = await titles({ validity: ['VALID', 'AMENDED', 'REPEALED'] });
    expect(everything).toHaveLength(27);
    expect(everything).not.toContain('依申请公开的内部文件');
  });

  it('finds Traditional text from a Simplified query and the other way round', async () => {
    expect(await titles({ text: '长者补贴' })).toEqual(['長者補貼發放辦法']);
    expect(await titles({ text: '高齡補貼' })).toEqual(['長者補貼發放辦法']);
    expect(await titles({ text: '八十 周岁' })).toEqual(['長者補貼發放辦法']);
    expect(await titles({ text: '第2号 通知', year: 2021 })).toEqual(['第2号通知']);
  });

  it('gives counts per issuer, year, topic and target group for policies in force', async () => {
    const result = await api.run<{ policyFacets: Record<string, Array<{ value: string; count: number }>> }>(
      `{ policyFacets { issuers { value count } years { value count } topics { value count } targetGroups { value count } } }`,
    );
    const facets = result.data!.policyFacets;
    expect(facets.issuers).toEqual([
      { value: '示范区民政局', count: 14 },
      { value: '示范区财政局', count: 12 },
    ]);
    expect(facets.years).toEqual([
      { value: '2022', count: 12 },
      { value: '2021', count: 12 },
      { value: '2020', count: 1 },
      { value: '2019', count: 1 },
    ]);
    expect(facets.topics).toContainEqual({ value: '财政预算', count: 8 });
  });

  it('refuses a page size outside 1..100 and a forged cursor, in words a resident understands', async () => {
    for (const first of [0, 101, -5]) {
      const result = await api.run(LIST, { first });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/每页条数/);
    }
    const forged = await api.run(LIST, { first: 5, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const otherList = await api.run<ListData>(LIST, { first: 1 });
    const misused = await api.run(LIST, { first: 1, after: otherList.data!.policies.pageInfo.endCursor, filter: { topic: '财政预算' } });
    expect(misused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a policy page', () => {
  it('shows the whole policy with its interpretations, newest first', async () => {
    const policy = draft({
      title: '高龄津贴发放办法',
      publishedDate: '2022-07-01',
      documentNumber: '示民发〔2022〕3号',
      body: '高龄津贴发放办法\n一、总体要求\n做好相关工作。\n二、发放标准\n（一）八十周岁以上。每人每月200元。',
      sections: [
        { level: 1, heading: '一、总体要求', text: '做好相关工作。' },
        { level: 1, heading: '二、发放标准', text: '' },
        { level: 2, heading: '（一）八十周岁以上。', text: '每人每月200元。' },
      ],
    });
    const id = policyIdFor(policy);
    await save(policy);
    for (const [n, date] of [
      [1, '2022-07-02'],
      [2, '2022-07-05'],
    ] as const) {
      await api.app.stores.policies.addInterpretation(id, {
        id: `i${n}`,
        kind: 'TEXT',
        title: `解读${n}`,
        body: '年满八十周岁的老人每月可领高龄津贴。',
        questions: [],
        mediaUrl: null,
        publishedDate: date,
        consultationPhone: '0579-12345678',
        officeHours: '工作日 9:00-17:00',
        version: 1,
      });
    }
    const result = await api.run<{ policy: Record<string, unknown> & { interpretations: Array<{ title: string; consultationPhone: string }> } }>(
      `query($id: ID!) { policy(id: $id) { title documentNumber writtenDate disclosure sections { id level heading text } interpretations { title consultationPhone officeHours } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.policy).toMatchObject({ title: '高龄津贴发放办法', documentNumber: '示民发〔2022〕3号', writtenDate: '2022-03-01', disclosure: 'PROACTIVE' });
    // Each section named by its numbering, so ?section=2-1 opens 二（一）.
    expect(result.data!.policy.sections).toEqual([
      { id: '1', level: 1, heading: '一、总体要求', text: '做好相关工作。' },
      { id: '2', level: 1, heading: '二、发放标准', text: '' },
      { id: '2-1', level: 2, heading: '（一）八十周岁以上。', text: '每人每月200元。' },
    ]);
    expect(result.data!.policy.interpretations.map((i) => i.title)).toEqual(['解读2', '解读1']);
    expect(result.data!.policy.interpretations[0]!.consultationPhone).toBe('0579-12345678');
  });

  it('shows nothing for a policy that is not proactively disclosed, or that does not exist', async () => {
    const hidden = draft({ title: '依申请公开的内部文件', disclosure: 'ON_REQUEST', publishedDate: '2022-12-31' });
    for (const id of [policyIdFor(hidden), '0123456789abcdef', 'garbage']) {
      const result = await api.run<{ policy: unknown }>(`query($id: ID!) { policy(id: $id) { title } }`, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.policy).toBeNull();
    }
  });

  it('fills a list card asking for the body from the whole policy', async () => {
    const result = await api.run<{ policies: { edges: Array<{ node: { body: string; sections: unknown[] } }> } }>(
      `{ policies(first: 2) { edges { node { title body sections { heading } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    for (const edge of result.data!.policies.edges) expect(edge.node.body).toContain('做好相关工作');
  });
});

describe('saving a policy again', () => {
  it('updates in place: no duplicate, facets moved, unchanged content left alone', async () => {
    const original = draft({ title: '社区食堂补助办法', documentNumber: '示商发〔2022〕8号', issuer: '示范区商务局', publishedDate: '2022-08-01' });
    expect(await save(original)).toBe('created');
    expect(await save(original)).toBe('unchanged');
    const moved = { ...original, issuer: '示范区民政局', validity: 'REPEALED' as const, repealedDate: '2022-09-01' };
    expect(await save(moved)).toBe('updated');
    expect(await titles({ issuer: '示范区商务局' })).toEqual([]);
    expect(await titles({ validity: ['REPEALED'], issuer: '示范区民政局' })).toContain('社区食堂补助办法');
    expect((await titles({ text: '社区食堂' })).length).toBe(0);
    const facets = await api.app.stores.policies.facets();
    expect(facets.issuers.find((f) => f.value === '示范区商务局')).toBeUndefined();
  });
});
