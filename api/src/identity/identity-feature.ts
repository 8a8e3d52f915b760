import type { CoreParts } from '../core/context';
import { staffAccountsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { identityResolvers } from './identity-resolvers';
import { createIdentityStore } from './identity-store';
import { signInOptionsResolvers } from './sign-in-options-resolvers';

/** What sign-in and accounts (residents, staff) add to the app; app.ts assembles the features. */
export const identityFeature = {
  stores: ({ dynamo, audit, now }: CoreParts) => ({ identity: createIdentityStore(dynamo, audit, now) }),
  // Staff accounts (re-enabling, temporary passwords, one's own password): staff only, loaded on first use.
  resolvers: [identityResolvers, onFirstUse(staffAccountsFields, async () => [(await import('./staff-account-resolvers')).staffAccountResolvers]), signInOptionsResolvers],
};
