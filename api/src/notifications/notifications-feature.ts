import type { CoreParts } from '../core/context';
import { lazyResolvers, lazyStore } from '../core/lazy-load';

/** The fields of inbox-resolvers.ts, imported on first use: most requests never read 我的消息. */
export const INBOX_FIELDS = { Query: ['myMessages', 'unreadMessageCount'], Mutation: ['openMessage'] } as const;

/** What 我的消息 adds to the app (the notifier that fills it is wired in app.ts); app.ts assembles the features. */
export const notificationsFeature = {
  /** Imported with the first message sent or read. */
  stores: ({ dynamo, now }: CoreParts) => ({ inbox: lazyStore(async () => (await import('./inbox-store')).createInboxStore(dynamo, now)) }),
  resolvers: [lazyResolvers(async () => (await import('./inbox-resolvers')).inboxResolvers, INBOX_FIELDS)],
};
