import { workbenchResolvers } from './workbench-resolvers';

/** What the 工作台 adds to the app: today's work in figures, counted by each feature (work-counters.ts); app.ts assembles the features. */
export const workbenchFeature = {
  resolvers: [workbenchResolvers],
};
