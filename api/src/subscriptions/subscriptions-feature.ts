import type { App } from '../app';
import { batchLoader, type CoreParts } from '../core/context';
import type { InboxStore } from '../notifications/inbox-store';
import { lazyStore } from '../core/lazy-load';
import { subscriptionsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { withPublications } from './publication-hooks';
import { SUBSCRIPTION_NOTIFICATIONS } from './subscription-notifications';
import type { SubscriptionStore } from './subscription-store';

// Its store, rules, resolvers and delivery are imported on first use: off the Lambda's cold start.

/** What 政策找人 adds to the app; app.ts assembles the features. */
export const subscriptionsFeature = {
  stores: ({ dynamo, now }: CoreParts) => ({
    subscriptions: lazyStore(async () => (await import('./subscription-store')).createSubscriptionStore(dynamo, now)),
  }),
  /** Policies, interpretations and open days are recorded as publications when first published, whoever calls the store. */
  wrapStores: withPublications,
  /** A publication's record and reach, batched per request (staff lists show reach per row). */
  loaders: ({ subscriptions, inbox }: { subscriptions: SubscriptionStore; inbox: InboxStore }) => ({
    publication: batchLoader((names) => subscriptions.getPublications(names)),
    reach: batchLoader((names) => inbox.reachOf(names)),
  }),
  resolvers: [onFirstUse(subscriptionsFields, async () => [(await import('./subscription-resolvers')).subscriptionResolvers])],
  notifications: SUBSCRIPTION_NOTIFICATIONS,
  scheduled: {
    tellSubscribers: async (app: App) => (await import('./subscription-delivery')).tellSubscribers(app),
    publishersFill: async (app: App) => (await import('./publishers-fill')).fillPublishers(app),
  },
};
