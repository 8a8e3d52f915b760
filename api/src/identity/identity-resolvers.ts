import * as z from 'zod';
import { maskMobile } from '@govopen/shared';
import type { Resolvers } from '../generated/resolvers';
import { STAFF_ROLES } from '../core/actor';
import { authorize, can, residentIdOf, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { UserFacingError, badInput, conflict, notFound } from '../core/errors';
import { keyName, parseInput } from '../core/validation';
import type { RequestContext } from '../app';
import type { Resident, StaffMember } from './identity-store';
import { hashPassword, temporaryPassword, UNKNOWN_USER_HASH, verifyPassword } from './password';

// What the GraphQL types' field resolvers start from (codegen's mappers: always `<Type>Parent`).
export type ResidentParent = Resident;
export type StaffParent = StaffMember;

const codeSchema = z.string().trim().min(1, '缺少登录凭证。').max(128, '登录凭证不正确。');
const phoneCodeSchema = z
  .string()
  .trim()
  .min(1, '缺少手机号授权码，请再点一次按钮。')
  .max(256, '手机号授权码不正确，请再点一次按钮。');
/** A staff username (also checked by the first-admin command, create-first-admin.ts). */
export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '用户名要用 3 到 32 个小写字母、数字、点、横线或下划线。');

/** A new staff password (also checked by the first-admin command). */
export const staffPasswordSchema = z.string().min(10, '密码至少 10 位。').max(200, '密码太长了。');

const createStaffSchema = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(1, '请填写姓名。').max(40, '姓名太长了。'),
    role: z.enum(STAFF_ROLES),
    department: keyName('部门名称', 60).nullish(),
  })
  .refine((input) => input.role === 'DISTRICT_ADMIN' || input.department, { message: '部门工作人员要写明所在部门。', path: ['department'] });

const WRONG_CREDENTIALS = '用户名或密码不正确。';

/**
 * The staff member whose username and password these are, or UNAUTHENTICATED in the same words for
 * an unknown name, a wrong password or a disabled account. Guessing is slowed by source and by
 * username (sign-in-throttle.ts, loaded with the first staff sign-in); no account is ever locked.
 */
export async function provenStaff(context: Pick<RequestContext, 'stores' | 'now' | 'dynamo' | 'source'>, username: string, password: string): Promise<StaffMember> {
  const { identity } = context.stores;
  // No account's name is this long: a client's mistake, whoever sends it (and it tells nothing about accounts).
  if (username.length > 200) throw badInput('用户名太长了。', { field: 'username' });
  const { createSignInThrottle } = await import('./sign-in-throttle');
  const throttle = createSignInThrottle(context.dynamo, context.now);
  const typed = username.trim().toLowerCase();
  await throttle.admit(context.source, typed);
  const name = usernameSchema.safeParse(username);
  const member = name.success ? await identity.getStaff(name.data) : null;
  const passwordOk = await verifyPassword(password.slice(0, 200), member?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!member || member.disabled || !passwordOk) {
    await throttle.recordFailure(context.source, typed);
    throw new UserFacingError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  await throttle.recordSuccess(context.source, typed);
  return member;
}

export const identityResolvers: Resolvers = {
  Query: {
    async me(_root, _args, context) {
      const resident = await context.stores.identity.getResident(residentIdOf(context.actor));
      if (!resident) throw new UserFacingError('UNAUTHENTICATED', '请重新登录。');
      return resident;
    },
    async staffMe(_root, _args, context) {
      if (context.actor.kind !== 'staff') throw new UserFacingError('UNAUTHENTICATED', '请先以工作人员身份登录。');
      const member = await context.stores.identity.getStaff(context.actor.staffId);
      if (!member) throw new UserFacingError('UNAUTHENTICATED', '请重新登录。');
      return member;
    },
    async staffMembers(_root, _args, context) {
      authorize(context.actor, 'staff.manage');
      return context.stores.identity.listStaff();
    },
  },
  Mutation: {
    async login(_root, args, context) {
      const code = parseInput(codeSchema, args.code);
      const identity = await context.exchangeCode(code);
      const resident = await context.stores.identity.signInResident(identity);
      return context.sessions.issue({ kind: 'resident', residentId: resident.id }, resident.sessionVersion);
    },
    async phoneNumberFromWeChat(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const code = parseInput(phoneCodeSchema, args.code);
      const phone = await context.exchangePhoneCode(code);
      await context.stores.identity.rememberPhone(residentId, phone);
      return phone;
    },
    async staffLogin(_root, args, context) {
      const member = await provenStaff(context, args.username, args.password);
      // A password an administrator set opens nothing: the member first chooses their own (changeStaffPassword).
      if (member.mustChangePassword) throw new UserFacingError('UNAUTHENTICATED', '这是管理员给的临时密码，请先设置您自己的新密码。', { reason: 'PASSWORD_CHANGE_REQUIRED' });
      await context.stores.identity.recordStaffSignIn(member.username);
      return context.sessions.issue({ kind: 'staff', staffId: member.username, role: member.role, department: member.department }, member.sessionVersion);
    },
    async createStaff(_root, args, context) {
      authorize(context.actor, 'staff.manage');
      const input = parseInput(createStaffSchema, args.input);
      const temporary = temporaryPassword();
      const member = {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        department: input.department ?? context.config.districtOffice,
        passwordHash: await hashPassword(temporary),
        mustChangePassword: true,
      };
      const created = await context.stores.identity.createStaff(member, auditEntry(context.actor, 'staff.create', member.username, { role: member.role, department: member.department }));
      if (!created) throw conflict('这个用户名已经有人用了。');
      const stored = await context.stores.identity.getStaff(member.username);
      if (!stored) throw notFound('没有找到这个工作人员。');
      return { staff: stored, temporaryPassword: temporary };
    },
    async disableStaff(_root, args, context) {
      authorize(context.actor, 'staff.manage');
      // Checked as created: an empty or malformed name is the client's mistake, not a key the store cannot make.
      const username = parseInput(usernameSchema, args.username);
      if (context.actor.kind === 'staff' && context.actor.staffId === username) throw badInput('不能停用自己的账号。');
      const member = await context.stores.identity.setStaffDisabled(username, true, auditEntry(context.actor, 'staff.disable', username));
      if (!member) throw notFound('没有找到这个工作人员。');
      return member;
    },
  },
  Resident: {
    phone: (resident) => (resident.phone ? maskMobile(resident.phone) : null),
    // In full only to the resident it belongs to (a Resident is only ever reached through `me`; this holds anyway).
    phoneForForms: (resident, _args, context) => (can(context.actor, 'resident.own', { residentId: resident.id }) ? resident.phone : null),
    memberSince: (resident) => resident.createdAt,
  },
  Staff: {
    viewerCan: (_member, _args, context) => viewerCan(context.actor, {}, { manage: 'staff.manage' }),
  },
};
