import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { auditEntry } from '../core/audit-entry';
import { staffResource } from '../core/authorization';
import { badInput, conflict, notFound } from '../core/errors';
import { parseInput } from '../core/validation';
import { provenStaff, staffPasswordSchema, usernameSchema } from './identity-resolvers';
import { hashPassword } from './password';

// Staff accounts beyond creating and disabling them (identity-resolvers.ts): letting a disabled
// account in again, an administrator's temporary password, and a member choosing their own.

/** The account named, refused unless the viewer keeps staff accounts; never one's own (use changeStaffPassword). */
async function otherAccount(context: RequestContext, raw: string) {
  const username = parseInput(usernameSchema, raw);
  await staffResource(context.actor, 'staff.manage', () => context.stores.identity.getStaff(username), '没有找到这个工作人员。', () => ({}));
  if (context.actor.kind === 'staff' && context.actor.staffId === username) throw badInput('不能在这里改自己的账号：请用“修改我的密码”。');
  return username;
}

export const staffAccountResolvers: { Mutation: Pick<MutationResolvers<RequestContext>, 'enableStaff' | 'resetStaffPassword' | 'changeStaffPassword'> } = {
  Mutation: {
    async enableStaff(_root, args, context) {
      const username = await otherAccount(context, args.username);
      const member = await context.stores.identity.setStaffDisabled(username, false, auditEntry(context.actor, 'staff.enable', username));
      if (!member) throw notFound('没有找到这个工作人员。');
      return member;
    },
    async resetStaffPassword(_root, args, context) {
      const username = await otherAccount(context, args.username);
      const password = parseInput(staffPasswordSchema, args.temporaryPassword);
      const member = await context.stores.identity.setStaffPassword(username, await hashPassword(password), true, auditEntry(context.actor, 'staff.resetPassword', username));
      if (!member) throw notFound('没有找到这个工作人员。');
      return member;
    },
    async changeStaffPassword(_root, args, context) {
      const member = await provenStaff(context, args.username, args.currentPassword);
      const password = parseInput(staffPasswordSchema, args.newPassword);
      if (password === args.currentPassword) throw badInput('新密码不能和原来的密码一样。', { field: 'newPassword' });
      const actor = { kind: 'staff' as const, staffId: member.username, role: member.role, department: member.department };
      const changed = await context.stores.identity.setStaffPassword(member.username, await hashPassword(password), false, auditEntry(actor, 'staff.changePassword', member.username), member.passwordHash);
      if (!changed) throw conflict('密码刚被改过了，请用新的密码重新登录。');
      await context.stores.identity.recordStaffSignIn(member.username);
      return context.sessions.issue(actor);
    },
  },
};
