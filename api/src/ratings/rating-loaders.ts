import DataLoader from 'dataloader';
import type { CaseStep, StoredCase, StoredRating, StoredService } from './rating-model';
import type { RatingStore } from './rating-store';

export interface RatingLoaders {
  ratedService: DataLoader<string, StoredService | null>;
  rating: DataLoader<string, StoredRating | null>;
  ratingCase: DataLoader<string, StoredCase | null>;
  ratingCaseSteps: DataLoader<string, CaseStep[]>;
}

/** Fresh per request: a list of ratings or cases reads its services, ratings and cases in one BatchGet each. */
export function createRatingLoaders(stores: { ratings: RatingStore }): RatingLoaders {
  const store = stores.ratings;
  const batched = <T>(getMany: (ids: readonly string[]) => Promise<Map<string, T>>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await getMany(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    ratedService: batched((ids) => store.getServices(ids)),
    rating: batched((ids) => store.getRatings(ids)),
    ratingCase: batched((ids) => store.getCases(ids)),
    ratingCaseSteps: new DataLoader(async (ids) => Promise.all(ids.map((id) => store.getSteps(id))), { batch: false }),
  };
}
