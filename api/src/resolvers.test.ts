import { resolvers } from './app';
import { mergeDistinct, mergeResolvers } from './resolvers';

describe('assembling the features', () => {
  it('merges resolvers type by type', () => {
    const merged = mergeResolvers([{ Query: { ok: () => true } }, { Query: { event: () => null }, Event: { status: () => 'OPEN' } }]);
    expect(Object.keys(merged.Query ?? {})).toEqual(['ok', 'event']);
    expect(Object.keys(merged.Event ?? {})).toEqual(['status']);
  });

  it('stops on a field two features resolve, instead of one silently replacing the other', () => {
    expect(() => mergeResolvers([{ Query: { event: () => null } }, { Query: { event: () => null } }])).toThrow('resolver Query.event is defined twice');
    expect(() => mergeDistinct([{ event: 1 }, { event: 2 }], 'loader ')).toThrow('loader event is defined twice');
  });

  it("serves every feature's operations from one merge", () => {
    expect(Object.keys(resolvers.Query ?? {})).toEqual(expect.arrayContaining(['ok', 'policies', 'me', 'projects', 'events', 'services', 'ratingFigures']));
    expect(Object.keys(resolvers.Mutation ?? {})).toEqual(expect.arrayContaining(['login', 'publishPolicy', 'createProject', 'registerForEvent', 'rateService']));
  });
});
