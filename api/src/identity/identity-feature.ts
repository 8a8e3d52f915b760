import type { CoreParts } from '../core/context';
import { identityResolvers } from './identity-resolvers';
import { createIdentityStore } from './identity-store';
import { signInOptionsResolvers } from './sign-in-options-resolvers';
import { staffAccountResolvers } from './staff-account-resolvers';

/** What sign-in and accounts (residents, staff) add to the app; app.ts assembles the features. */
export const identityFeature = {
  stores: ({ dynamo, audit, now }: CoreParts) => ({ identity: createIdentityStore(dynamo, audit, now) }),
  // Staff accounts: re-enabling, temporary passwords, one's own password; which sign-ins are offered.
  resolvers: [identityResolvers, staffAccountResolvers, signInOptionsResolvers],
};
