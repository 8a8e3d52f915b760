import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { RATING_NOTIFICATIONS } from './rating-notifications';
import { ratingResolvers } from './rating-resolvers';
import { createRatingStore, type RatingStore } from './rating-store';
import { ratingWriteResolvers } from './rating-write-resolvers';
import { serviceResolvers } from './service-resolvers';

/** What service rating (好差评) adds to the app; app.ts assembles the features. */
export const ratingsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ ratings: createRatingStore(dynamo, audit) }),
  /** A list of ratings or cases reads its services, ratings and cases in one BatchGet each. */
  loaders: ({ ratings }: { ratings: RatingStore }) => ({
    ratedService: batchLoader((ids) => ratings.getServices(ids)),
    rating: batchLoader((ids) => ratings.getRatings(ids)),
    ratingCase: batchLoader((ids) => ratings.getCases(ids)),
    ratingCaseSteps: singleLoader((id) => ratings.getSteps(id)),
  }),
  resolvers: [serviceResolvers, ratingResolvers, ratingWriteResolvers],
  notifications: RATING_NOTIFICATIONS,
};
