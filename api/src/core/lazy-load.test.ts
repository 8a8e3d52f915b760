import { builtOnFirstUse, builtOnRead, withMethods } from './lazy-load';

// A counter in place of a feature's store: what matters is when it is built and what its methods see.
function counterFactory() {
  const built: string[] = [];
  const build = () => {
    built.push('built');
    let count = 0;
    return {
      add: async (n: number) => (count += n),
      current: () => count,
    };
  };
  return { built, build };
}

class Counter {
  private count = 0;
  add(n: number): number {
    this.count += n;
    return this.count;
  }
}

it('builds a store when one of its methods is first read, once, and its synchronous methods still answer synchronously', async () => {
  const { built, build } = counterFactory();
  const store = builtOnFirstUse(build);
  expect(built).toEqual([]);
  expect(await store.add(2)).toBe(2);
  expect(store.current()).toBe(2);
  expect(built).toEqual(['built']);
});

it("keeps a class's methods on their own object", () => {
  const counter = builtOnFirstUse(() => new Counter());
  counter.add(1);
  expect(counter.add(2)).toBe(3);
});

it('replaces only the named methods of a store not built yet, and builds it when the replacement calls through', async () => {
  const { built, build } = counterFactory();
  const store = builtOnFirstUse(build);
  const followed: number[] = [];
  const following = withMethods(store, {
    async add(n) {
      followed.push(n);
      return store.add(n * 10);
    },
  });
  expect(built).toEqual([]);
  expect(await following.add(1)).toBe(10);
  expect(following.current()).toBe(10);
  expect(followed).toEqual([1]);
  expect(built).toEqual(['built']);
});

it("lists a record's keys before building anything, builds each value at its first read, once, and a spread builds them all", () => {
  const built: string[] = [];
  const byType = builtOnRead(['Query', 'Policy'], (type) => {
    built.push(type);
    return { type };
  });
  expect(Object.keys(byType)).toEqual(['Query', 'Policy']);
  expect('Policy' in byType).toBe(true);
  expect(built).toEqual([]);
  expect(byType.Query).toEqual({ type: 'Query' });
  expect(byType.Query).toBe(byType.Query);
  expect(built).toEqual(['Query']);
  expect({ ...byType }).toEqual({ Query: { type: 'Query' }, Policy: { type: 'Policy' } });
  expect(built).toEqual(['Query', 'Policy']);
});
