import { singleLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { staffAccountsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { identityResolvers } from './identity-resolvers';
import { createIdentityStore, type IdentityStore } from './identity-store';
import { knownDepartmentsResolvers } from './known-departments';
import { signInOptionsResolvers } from './sign-in-options-resolvers';

/** What sign-in and accounts (residents, staff) add to the app; app.ts assembles the features. */
export const identityFeature = {
  stores: ({ dynamo, audit, now }: CoreParts) => ({ identity: builtOnFirstUse(() => createIdentityStore(dynamo, audit, now)) }),
  loaders: ({ identity }: { identity: IdentityStore }) => ({
    /** A staff member's display name (姓名或称呼) by username, for staff pages' histories; the username when the account is gone. */
    staffName: singleLoader(async (username: string) => (await identity.getStaff(username))?.displayName ?? username),
  }),
  // Staff accounts (re-enabling, temporary passwords, one's own password): staff only, loaded on first use.
  resolvers: [identityResolvers, onFirstUse(staffAccountsFields, async () => [(await import('./staff-account-resolvers')).staffAccountResolvers]), signInOptionsResolvers, knownDepartmentsResolvers],
};
