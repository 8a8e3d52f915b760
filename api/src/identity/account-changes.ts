import type { RequestContext } from '../app';
import type { Actor } from '../core/actor';
import { auditEntry } from '../core/audit-entry';
import { staffResource } from '../core/authorization';
import { badInput, conflict, notFound } from '../core/errors';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, writeOne } from '../core/transactions';
import { parseInput } from '../core/validation';
import { residentItem, staffItem } from './identity-items';
import { provenStaff, staffPasswordSchema, usernameSchema } from './identity-resolvers';
import { hashPassword, temporaryPassword } from './password';

// What changes an account after it exists, loaded when someone does so (off the Lambda's cold
// start; staff-account-resolvers.ts calls these): letting a disabled account in again, an
// administrator's temporary password, a member choosing their own, and signing out.

/** The account named, refused unless the viewer keeps staff accounts; never one's own (use changeStaffPassword). */
async function otherAccount(context: RequestContext, raw: string) {
  const username = parseInput(usernameSchema, raw);
  await staffResource(context.actor, 'staff.manage', () => context.stores.identity.getStaff(username), '没有找到这个工作人员。', () => ({}));
  if (context.actor.kind === 'staff' && context.actor.staffId === username) throw badInput('不能在这里改自己的账号：请用“修改我的密码”。');
  return username;
}

export async function enableStaff(context: RequestContext, raw: string) {
  const username = await otherAccount(context, raw);
  const member = await context.stores.identity.setStaffDisabled(username, false, auditEntry(context.actor, 'staff.enable', username));
  if (!member) throw notFound('没有找到这个工作人员。');
  return member;
}

export async function resetStaffPassword(context: RequestContext, raw: string) {
  const username = await otherAccount(context, raw);
  const temporary = temporaryPassword();
  const member = await context.stores.identity.setStaffPassword(username, await hashPassword(temporary), true, auditEntry(context.actor, 'staff.resetPassword', username));
  if (!member) throw notFound('没有找到这个工作人员。');
  return { staff: member, temporaryPassword: temporary };
}

export async function changeStaffPassword(context: RequestContext, args: { username: string; currentPassword: string; newPassword: string }) {
  const member = await provenStaff(context, args.username, args.currentPassword);
  const password = parseInput(staffPasswordSchema, args.newPassword);
  if (password === args.currentPassword) throw badInput('新密码不能和原来的密码一样。', { field: 'newPassword' });
  const actor = { kind: 'staff' as const, staffId: member.username, role: member.role, department: member.department };
  const changed = await context.stores.identity.setStaffPassword(member.username, await hashPassword(password), false, auditEntry(actor, 'staff.changePassword', member.username), member.passwordHash);
  if (!changed) throw conflict('密码刚被改过了，请用新的密码重新登录。');
  await context.stores.identity.recordStaffSignIn(member.username);
  // The new password ended every session, this one included: here is one for the new password.
  return context.sessions.issue(actor, changed.sessionVersion);
}

/**
 * Ends every session of the account: raises its session version, so its tokens, which name the
 * version they were issued under, stop working at their next request (app.ts reads it).
 */
export async function endSessions(context: RequestContext, account: Extract<Actor, { kind: 'resident' | 'staff' }>): Promise<void> {
  const { residents, staff } = itemsOf(context.dynamo, { residents: residentItem, staff: staffItem });
  const raise = { if: 'attribute_exists(pk)', values: { ':one': 1 } };
  const write = account.kind === 'resident' ? residents.update({ id: account.residentId }, 'ADD sessionVersion :one', raise) : staff.update({ username: account.staffId }, 'ADD sessionVersion :one', raise);
  await writeOne(context.dynamo, write, ORDINARY_WRITES);
}
