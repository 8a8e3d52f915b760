import type { App } from '../app';
import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { ratingsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { RATING_NOTIFICATIONS } from './rating-notifications';
import { createRatingStore, type RatingStore } from './rating-store';

/** What service rating (好差评) adds to the app; app.ts assembles the features. */
export const ratingsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ ratings: builtOnFirstUse(() => createRatingStore(dynamo, audit)) }),
  /** A list of ratings or cases reads its services, ratings and cases in one BatchGet each. */
  loaders: ({ ratings }: { ratings: RatingStore }) => ({
    ratedService: batchLoader((ids) => ratings.getServices(ids)),
    rating: batchLoader((ids) => ratings.getRatings(ids)),
    ratingCase: batchLoader((ids) => ratings.getCases(ids)),
    ratingCaseSteps: singleLoader((id) => ratings.getSteps(id)),
  }),
  // Loaded by the first request that asks for a service or a rating (docs/cold-start.md).
  resolvers: [
    onFirstUse(ratingsFields, async () => {
      const [services, ratings, writes] = await Promise.all([import('./service-resolvers'), import('./rating-resolvers'), import('./rating-write-resolvers')]);
      return [services.serviceResolvers, ratings.ratingResolvers, writes.ratingWriteResolvers];
    }),
  ],
  notifications: RATING_NOTIFICATIONS,
  // One-off (decision 024): the counters kept a partition per month move to their new keys (done after the first runs).
  scheduled: { ratingFiguresMove: async (app: App) => (await import('./rating-figures-move')).moveRatingFigures(app) },
};
