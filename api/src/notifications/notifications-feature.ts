import type { CoreParts } from '../core/context';
import { lazyStore } from '../core/lazy-load';
import { notificationsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';

/** What 我的消息 adds to the app (the notifier that fills it is wired in app.ts); app.ts assembles the features. */
export const notificationsFeature = {
  /** Imported with the first message sent or read. */
  stores: ({ dynamo, now }: CoreParts) => ({ inbox: lazyStore(async () => (await import('./inbox-store')).createInboxStore(dynamo, now)) }),
  resolvers: [onFirstUse(notificationsFields, async () => [(await import('./inbox-resolvers')).inboxResolvers])],
};
