import { buildSchema, graphql } from 'graphql';
import { resolvers } from './app';
import type { Resolvers } from './generated/resolvers';
import { attachResolvers, loadEveryFirstUse, mergeDistinct, mergeResolvers, onFirstUse } from './resolvers';

describe('assembling the features', () => {
  it('merges resolvers type by type', () => {
    const merged = mergeResolvers([{ Query: { ok: () => true } }, { Query: { event: () => null }, Event: { status: () => 'OPEN' } }]);
    expect(Object.keys(merged.Query ?? {})).toEqual(['ok', 'event']);
    expect(Object.keys(merged.Event ?? {})).toEqual(['status']);
  });

  it('stops on a field two features resolve, instead of one silently replacing the other', () => {
    const twice = mergeResolvers([{ Query: { event: () => null } }, { Query: { event: () => null } }]);
    expect(() => attachResolvers(buildSchema('type Query { event: Boolean }'), twice)).toThrow('resolver Query.event is defined twice');
    expect(() => mergeDistinct([{ event: 1 }, { event: 2 }], 'loader ')).toThrow('loader event is defined twice');
  });

  it("serves every feature's operations from one merge", () => {
    expect(Object.keys(resolvers.Query ?? {})).toEqual(expect.arrayContaining(['ok', 'policies', 'me', 'projects', 'events', 'services', 'ratingFigures']));
    expect(Object.keys(resolvers.Mutation ?? {})).toEqual(expect.arrayContaining(['login', 'publishPolicy', 'createProject', 'registerForEvent', 'rateService']));
  });
});

describe('features loaded on first use', () => {
  it("loads every real feature's resolvers without a field outside its feature's schema", async () => {
    expect(Object.keys(resolvers.Mutation ?? {})).toEqual(expect.arrayContaining(['signOut', 'askQuestion', 'publishDraft']));
    await expect(loadEveryFirstUse()).resolves.toEqual(expect.any(Array));
  });

  const schemaText = 'type Query { ok: Boolean, greeting(name: String!): String, shelf: Shelf } type Shelf { books: Int, label: String }';
  const fields = { Query: ['greeting', 'shelf'], Shelf: ['books', 'label'] } as const;
  /** A feature module as `import()` would give it, counting how often it is loaded. */
  function lazyFeature(module: () => Resolvers = () => ({ Query: { greeting: (_root: unknown, { name }: { name: string }) => `你好，${name}`, shelf: () => ({ label: '政策' }) }, Shelf: { books: () => 3 } } as Resolvers)) {
    const loads = { count: 0 };
    const lazy = onFirstUse(fields, async () => {
      loads.count += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [module()];
    });
    const schema = attachResolvers(buildSchema(schemaText), mergeResolvers([{ Query: { ok: () => true } } as Resolvers, lazy]));
    const ask = (source: string) => graphql({ schema, source });
    return { loads, ask };
  }

  it('answers its fields as if loaded all along, loading the module once however many requests arrive first', async () => {
    const { loads, ask } = lazyFeature();
    expect(await ask('{ ok }')).toEqual({ data: { ok: true } });
    expect(loads.count).toBe(0);
    const answers = await Promise.all([ask('{ greeting(name: "王阿姨") }'), ask('{ shelf { books label } }'), ask('{ greeting(name: "李") shelf { label } }')]);
    expect(answers).toEqual([{ data: { greeting: '你好，王阿姨' } }, { data: { shelf: { books: 3, label: '政策' } } }, { data: { greeting: '你好，李', shelf: { label: '政策' } } }]);
    expect(await ask('{ shelf { books } }')).toEqual({ data: { shelf: { books: 3 } } });
    expect(loads.count).toBe(1);
  });

  it("stops at the first use when the module resolves a field its feature's schema does not define", async () => {
    const { ask } = lazyFeature(() => ({ Query: { greeting: () => 'hi', ok: () => false } }) as Resolvers);
    const answer = await ask('{ greeting(name: "王") }');
    expect(answer.errors?.[0]?.message).toBe("resolver Query.ok is loaded on first use, but its feature's schema does not define it");
  });

  it('tries a failed load again on the next request', async () => {
    let fail = true;
    const { loads, ask } = lazyFeature(() => {
      if (fail) throw new Error('chunk unreadable');
      return { Query: { greeting: () => 'back' } } as Resolvers;
    });
    expect((await ask('{ greeting(name: "王") }')).errors?.[0]?.message).toBe('chunk unreadable');
    fail = false;
    expect(await ask('{ greeting(name: "王") }')).toEqual({ data: { greeting: 'back' } });
    expect(loads.count).toBe(2);
  });

  it('refuses at the start a resolver for a field or type the schema does not have', () => {
    expect(() => attachResolvers(buildSchema(schemaText), { Query: { nothing: () => 1 } } as Resolvers)).toThrow('resolver Query.nothing names a field the schema does not define');
    expect(() => attachResolvers(buildSchema(schemaText), { Book: { title: () => 'x' } } as unknown as Resolvers)).toThrow('resolvers given for Book, which is not an object type of the schema');
  });
});
