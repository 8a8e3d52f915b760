import type { App } from '../app';
import type { CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { informationRequestsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { lapseOverdueApplications } from './request-lapses';
import { INFORMATION_REQUEST_NOTIFICATIONS } from './request-notifications';
import { createInformationRequestStore } from './request-store';

/** What 依申请公开 adds to the app; app.ts assembles the features. */
export const informationRequestsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ informationRequests: builtOnFirstUse(() => createInformationRequestStore(dynamo, audit)) }),
  // Loaded by the first request about an application: most cold starts never need them.
  resolvers: [onFirstUse(informationRequestsFields, async () => [(await import('./request-resolvers')).requestResolvers])],
  notifications: INFORMATION_REQUEST_NOTIFICATIONS,
  scheduled: {
    informationRequestLapses: lapseOverdueApplications,
    // The public annual report figures of the year just ended, taken once (published-report.ts).
    informationReportFigures: async (app: App) => (await import('./published-report')).takeLastYearsFigures(app),
  },
};
