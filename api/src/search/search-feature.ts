import type { CoreParts } from '../core/context';
import { searchFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { withSearchIndexing } from './search-indexing';
import { SearchService } from './search-service';
import { createSearchStore } from './search-store';

/** What one search over everything residents read adds to the app; app.ts assembles the features. */
export const searchFeature = {
  stores: ({ dynamo, audit, now, log }: CoreParts) => ({ search: new SearchService(createSearchStore(dynamo, audit, now), now, log) }),
  /** Policies, interpretations, open days, projects and services are indexed as their stores write them, whoever calls the store. */
  wrapStores: withSearchIndexing,
  // Loaded by the first search (docs/cold-start.md).
  resolvers: [onFirstUse(searchFields, async () => [(await import('./search-resolvers')).searchResolvers])],
};
