import type { CoreParts } from '../core/context';
import { lapseOverdueApplications } from './request-lapses';
import { INFORMATION_REQUEST_NOTIFICATIONS } from './request-notifications';
import { requestResolvers } from './request-resolvers';
import { createInformationRequestStore } from './request-store';

/** What 依申请公开 adds to the app; app.ts assembles the features. */
export const informationRequestsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ informationRequests: createInformationRequestStore(dynamo, audit) }),
  resolvers: [requestResolvers],
  notifications: INFORMATION_REQUEST_NOTIFICATIONS,
  scheduled: { informationRequestLapses: lapseOverdueApplications },
};
