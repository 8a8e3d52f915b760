import { qualityCorpus } from './quality-corpus/corpus';
import type { Highlighted } from './passages';
import { SearchEngine, type SearchHit, type SearchOutcome } from './search-engine';
import { SearchIndex } from './search-index';
import type { SearchKind } from './search-model';
import { EXPECTATIONS, type Expectation } from './quality-corpus/resident-queries';
import { SynonymTable } from './synonyms';

// Search quality on residents' own words: each query names the result a resident should get first
// (or among the first few) in its kind, and the passage they should read under it. The corpus is
// what `npm start` shows plus ten made-up notices (quality-corpus/).

const corpus = qualityCorpus();
const byKey = new Map(corpus.documents.map((document) => [document.key, document]));
const today = new Date('2026-05-15T02:00:00Z');

function engine(): SearchEngine {
  const index = new SearchIndex();
  for (const document of corpus.documents) index.add(document);
  return new SearchEngine(index, new SynonymTable());
}

const shared = engine();
const search = (query: string, options: { includeRepealed?: boolean; kinds?: SearchKind[] } = {}) =>
  shared.search(
    { query, kinds: options.kinds ?? [], first: 5, after: null, includeRepealed: options.includeRepealed ?? false, today },
    async (keys) => new Map(keys.map((key) => [key, byKey.get(key)!])),
  );

/** The text with its highlights in 【】, as a resident would see them marked. */
function marked({ text, highlights }: Highlighted): string {
  let out = text;
  for (const { start, length } of [...highlights].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}【${out.slice(start, start + length)}】${out.slice(start + length)}`;
  }
  return out;
}

function findHit(outcome: SearchOutcome, expectation: Expectation): SearchHit | undefined {
  const group = outcome.groups.find((g) => g.kind === expectation.kind);
  return group?.hits.slice(0, expectation.rank ?? 1).find((hit) => hit.title.text.includes(expectation.title));
}

function describe_(outcome: SearchOutcome): string {
  return outcome.groups.flatMap((g) => g.hits.map((h) => `${g.kind} ${h.title.text} :: ${marked(h.passage)}`)).join('\n');
}

describe('search quality on residents’ own words', () => {
  it('has at least 40 queries', () => {
    expect(EXPECTATIONS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(EXPECTATIONS)('$query → $kind “$title”', async (expectation) => {
    const outcome = await search(expectation.query);
    const hit = findHit(outcome, expectation);
    if (!hit) throw new Error(`“${expectation.title}” is not among the first ${expectation.rank ?? 1} ${expectation.kind} results:\n${describe_(outcome)}`);
    expect(outcome.partial).toBe(false);
    if (expectation.passage) expect(hit.passage.text).toContain(expectation.passage);
    // What matched is marked, inside the passage or the title.
    expect(hit.passage.highlights.length + hit.title.highlights.length).toBeGreaterThan(0);
    for (const span of [...hit.passage.highlights, ...hit.title.highlights]) expect(span.length).toBeGreaterThan(0);
    if (expectation.understoodAs) expect(outcome.understoodAs).toBe(expectation.understoodAs);
    if (expectation.answer) {
      expect(outcome.answer).not.toBeNull();
      expect(outcome.answer!.answersQuestion).toBe(true);
      expect(outcome.answer!.passage.text).toContain(expectation.answer);
    }
  });
});

describe('what a resident sees in a result', () => {
  it('marks the words that matched, the amount asked for included', async () => {
    const outcome = await search('老人每月能领多少钱');
    const hit = findHit(outcome, EXPECTATIONS[0]!)!;
    expect(marked(hit.passage)).toContain('【老年人】，每人【每月200元】');
    expect(hit.heading?.text).toBe('二、发放标准');
  });

  it('opens a policy at the section that matched', async () => {
    const outcome = await search('低保要准备什么材料');
    const hit = outcome.groups.find((g) => g.kind === 'POLICY')!.hits[0]!;
    const policy = corpus.policyOf('dibao-2024.txt');
    expect(hit.id).toBe(policy.id);
    expect(policy.sections[hit.section!]!.heading).toBe('三、申请材料');
  });

  it('answers a question from an interpretation’s Q&A before the results, and says which question', async () => {
    const outcome = await search('高龄津贴什么时候发');
    expect(outcome.answer?.kind).toBe('INTERPRETATION');
    expect(outcome.answer?.heading?.text).toBe('高龄津贴什么时候发？');
    expect(outcome.answer?.policyId).toBe(corpus.policyOf('gaoling-jintie-2024.txt').id);
  });

  it('gives no answer box for a topic that is not a question', async () => {
    expect((await search('养老补贴')).answer).toBeNull();
  });

  it('finds a Traditional document with Simplified words and shows it as written', async () => {
    const hit = (await search('政府开放月')).groups.find((g) => g.kind === 'POLICY')!.hits[0]!;
    expect(hit.title.text).toContain('關於開展2023年「政府開放月」活動');
    expect(marked(hit.title)).toContain('「【政府開放月】」');
  });

  it('leaves a repealed policy out unless asked for, and marks it when shown', async () => {
    const query = '高龄老人生活补助';
    const current = await search(query, { kinds: ['POLICY'] });
    expect(current.groups[0]!.hits.map((h) => h.title.text)).not.toContain('关于发放高龄老人生活补助的通知');
    const all = await search(query, { kinds: ['POLICY'], includeRepealed: true });
    const repealed = all.groups[0]!.hits.find((h) => h.title.text === '关于发放高龄老人生活补助的通知');
    expect(repealed?.repealed).toBe(true);
  });

  it('never lets question words or filler block a match', async () => {
    const plain = await search('高龄津贴');
    const chatty = await search('请问我想知道一下高龄津贴是怎么样的呢？');
    expect(chatty.groups.map((g) => g.hits.map((h) => h.id))).toEqual(plain.groups.map((g) => g.hits.map((h) => h.id)));
  });

  it('pages through one kind with the cursor', async () => {
    const first = await shared.search(
      { query: '政务公开', kinds: ['POLICY'], first: 2, after: null, includeRepealed: false, today },
      async (keys) => new Map(keys.map((key) => [key, byKey.get(key)!])),
    );
    const group = first.groups[0]!;
    expect(group.hits).toHaveLength(2);
    expect(group.next).not.toBeNull();
    const second = await shared.search(
      { query: '政务公开', kinds: [], first: 2, after: group.next, includeRepealed: false, today },
      async (keys) => new Map(keys.map((key) => [key, byKey.get(key)!])),
    );
    expect(second.groups.map((g) => g.kind)).toEqual(['POLICY']);
    expect(second.groups[0]!.hits.map((h) => h.id)).not.toContain(group.hits[0]!.id);
  });
});

describe('when nothing fits', () => {
  it('finds nothing for words the library does not hold, rather than anything at all', async () => {
    const outcome = await search('宠物狗');
    expect(outcome.total).toBe(0);
    expect(outcome.groups.every((group) => group.hits.length === 0)).toBe(true);
  });

  it('shows what holds part of the query as partial, with words to try', async () => {
    const outcome = await search('宠物狗办证');
    expect(outcome.partial).toBe(true);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.suggestions).toContain('证明');
    // Not words that merely hold the character 证 somewhere (论证, 保证): they mean nothing to someone getting a 证.
    expect(outcome.suggestions.filter((word) => word.includes('证') && !word.startsWith('证'))).toEqual([]);
  });

  it('suggests words read like the query\'s, not words that share only a character with them (驾照 → 按照, 出生证明 → 说明)', async () => {
    for (const [query, unrelated] of [
      ['驾照', ['按照', '对照']],
      ['出生证明', ['说明', '透明', '照明', '民生', '卫生', '招生']],
    ] as const) {
      const outcome = await search(query);
      expect({ query, offered: outcome.suggestions.filter((word) => (unrelated as readonly string[]).includes(word)) }).toEqual({ query, offered: [] });
    }
  });

  it('reads 我要 as the start of a question: 我要开证明 finds what 开证明 finds, not only part of it with 重要 or 主要 to try', async () => {
    const asked = await search('我要开证明');
    expect(asked.partial).toBe(false);
    expect(asked.total).toBe((await search('开证明')).total);
  });

  it('offers, for one character, the words a resident means by it, not any word of the library that begins with it (开 → 开放日, not 开展)', async () => {
    for (const [typed, meant, noise] of [
      ['开', '开放日', ['开展', '开工']],
      ['老', '老年人', ['老化']],
      ['低', '低保', ['低于']],
    ] as const) {
      const offered = { typed, completed: shared.suggest(typed, [], 8), toTry: (await search(typed)).suggestions };
      expect(offered.completed).toContain(meant);
      expect({ typed, noise: [...offered.completed, ...offered.toTry].filter((word) => (noise as readonly string[]).includes(word)) }).toEqual({ typed, noise: [] });
    }
  });

  it('offers, for one character, what a resident comes to do and the papers it takes (证 → 证明, 办 → 办理), never what titles are framed with', async () => {
    for (const [typed, meant, frame] of [
      ['证', '证明', []],
      ['办', '办理', ['办法', '办公', '办公室']],
      ['领', '领取', []],
      ['身', '身份证', []],
      ['开', '开放日', ['开展']],
      ['通', null, ['通知', '通告', '通报']],
      ['印', null, ['印发']],
    ] as const) {
      const offered = [...shared.suggest(typed, [], 8), ...(await search(typed)).suggestions];
      if (meant) expect({ typed, offered: offered.includes(meant) }).toEqual({ typed, offered: true });
      expect({ typed, frame: offered.filter((word) => (frame as readonly string[]).includes(word)) }).toEqual({ typed, frame: [] });
    }
  });

  it('completes what is being typed from the library, synonyms and pinyin', () => {
    expect(shared.suggest('高龄', [], 5)).toContain('高龄津贴');
    expect(shared.suggest('gljt', [], 5)[0]).toBe('高龄津贴');
    expect(shared.suggest('', ['养老补贴'], 5)).toEqual(['养老补贴']);
  });
});

describe('the index itself', () => {
  it('gives the same results after a snapshot round trip', async () => {
    const restored = new SearchEngine(SearchIndex.deserialize(engine().currentIndex.serialize()), new SynonymTable());
    for (const query of ['老人每月能领多少钱', 'ylbt', '社保卡丢了怎么补']) {
      const request = { query, kinds: [], first: 5, after: null, includeRepealed: false, today };
      const source = async (keys: readonly string[]) => new Map(keys.map((key) => [key, byKey.get(key)!]));
      expect(await restored.search(request, source)).toEqual(await shared.search(request, source));
    }
  });

  it('replaces a document put again and forgets a removed one', async () => {
    const fresh = engine();
    const policy = byKey.get(`policy:${corpus.policyOf('dianti-2022.txt').id}`)!;
    fresh.put({ ...policy, title: '示例区既有住宅加装电梯财政补助办法（修订）' });
    fresh.remove(`policy:${corpus.policyOf('dibao-2024.txt').id}`);
    const source = async (keys: readonly string[]) => new Map(keys.map((key) => [key, byKey.get(key)!]));
    const request = (query: string) => ({ query, kinds: ['POLICY' as const], first: 5, after: null, includeRepealed: false, today });
    const elevator = (await fresh.search(request('加装电梯'), source)).groups[0]!;
    expect(elevator.hits.map((h) => h.title.text)).toEqual(['示例区既有住宅加装电梯财政补助办法（修订）']);
    expect((await fresh.search(request('最低生活保障标准'), source)).groups[0]!.hits.map((h) => h.id)).not.toContain(corpus.policyOf('dibao-2024.txt').id);
  });
});
