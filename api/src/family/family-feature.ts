import type { CoreParts } from '../core/context';
import { lazyStore } from '../core/lazy-load';
import { familyFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';

/** What 亲友帮办 adds to the app (the copies of messages are wired with the notifier in app.ts); app.ts assembles the features. */
export const familyFeature = {
  /** Imported on first use (the notifier asks it for helpers with the first message sent). */
  stores: ({ dynamo, audit, now }: CoreParts) => ({ family: lazyStore(async () => (await import('./family-store')).createFamilyStore(dynamo, audit, now)) }),
  resolvers: [onFirstUse(familyFields, async () => [(await import('./family-resolvers')).familyResolvers])],
};
