import { workbenchFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';

/** What the 工作台 adds to the app: today's work in figures, counted by each feature (work-counters.ts); app.ts assembles the features. */
export const workbenchFeature = {
  // Staff only, loaded by the first look at the 工作台.
  resolvers: [onFirstUse(workbenchFields, async () => [(await import('./workbench-resolvers')).workbenchResolvers])],
};
