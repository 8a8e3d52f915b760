import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { UserFacingError } from '../core/errors';

// Changes to existing accounts, beyond creating and disabling staff (identity-resolvers.ts); their
// code (account-changes.ts) is loaded on first use, as few requests need it.

const changes = () => import('./account-changes');

export const staffAccountResolvers: { Mutation: Pick<MutationResolvers<RequestContext>, 'enableStaff' | 'resetStaffPassword' | 'changeStaffPassword' | 'signOut'> } = {
  Mutation: {
    enableStaff: async (_root, args, context) => (await changes()).enableStaff(context, args.username),
    resetStaffPassword: async (_root, args, context) => (await changes()).resetStaffPassword(context, args.username),
    changeStaffPassword: async (_root, args, context) => (await changes()).changeStaffPassword(context, args),
    async signOut(_root, _args, context) {
      const { actor } = context;
      if (actor.kind !== 'resident' && actor.kind !== 'staff') throw new UserFacingError('UNAUTHENTICATED', '您还没有登录。');
      await (await changes()).endSessions(context, actor);
      return true;
    },
  },
};
