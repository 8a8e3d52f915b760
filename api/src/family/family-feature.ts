import type { CoreParts } from '../core/context';
import { lazyResolvers, lazyStore } from '../core/lazy-load';

/** The fields of family-resolvers.ts, imported on first use. */
export const FAMILY_FIELDS = {
  Query: ['myFamilyLinks'],
  Mutation: ['acceptFamilyInvitation', 'confirmFamilyHelper', 'endFamilyLink', 'inviteFamilyHelper', 'signUpForFamily'],
} as const;

/** What 亲友帮办 adds to the app (the copies of messages are wired with the notifier in app.ts); app.ts assembles the features. */
export const familyFeature = {
  /** Imported on first use (the notifier asks it for helpers with the first message sent). */
  stores: ({ dynamo, audit, now }: CoreParts) => ({ family: lazyStore(async () => (await import('./family-store')).createFamilyStore(dynamo, audit, now)) }),
  resolvers: [lazyResolvers(async () => (await import('./family-resolvers')).familyResolvers, FAMILY_FIELDS)],
};
