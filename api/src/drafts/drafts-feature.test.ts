import { draftResolvers } from './draft-resolvers';
import { LAZY_FIELDS } from './drafts-feature';

// The feature answers each field by loading draft-resolvers.ts on first use: a field resolved there
// but missing from LAZY_FIELDS would silently fall back to GraphQL's default resolver.
it('loads lazily exactly the fields draft-resolvers.ts resolves', () => {
  const defined = Object.fromEntries(Object.entries(draftResolvers).map(([type, fields]) => [type, Object.keys(fields as object).sort()]));
  const lazy = Object.fromEntries(Object.entries(LAZY_FIELDS).map(([type, fields]) => [type, [...fields].sort()]));
  expect(lazy).toEqual(defined);
});
