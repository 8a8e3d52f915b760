import * as z from 'zod';
import { maskName, mobileDigits } from '@govopen/shared';
import type { RequestContext } from '../app';
import { residentIdOf } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { badInput, conflict, notFound, UserFacingError } from '../core/errors';
import { parseInput, requiredText } from '../core/validation';
import type { StoredRegistration } from '../events/event-model';
import { eventWriteResolvers } from '../events/event-write-resolvers';
import type { Resolvers } from '../generated/resolvers';
import { FAMILY_CODE, MAX_HELPED, MAX_HELPERS, normalizeFamilyCode } from './family-rules';
import type { FamilyLink, FamilyRefusal } from './family-store';

// 亲友帮办 through the API. Each side reads and changes only the links it is part of; a link
// someone is not part of is NOT_FOUND, so link ids cannot be probed. The helper's sign-up is the
// resident's own sign-up (the same resolver, acting as the resident), so every rule of it holds.

const LINK_ID = /^[0-9a-f]{32}$/u;
const MISSING = '没有找到这条亲友关系。';
const nameSchema = z.object({ name: requiredText('称呼', 20) });
const acceptSchema = nameSchema.extend({ code: z.string().max(40).transform(normalizeFamilyCode).refine((code) => FAMILY_CODE.test(code), '邀请码是 8 位字母和数字，请核对后再填。') });
const signUpSchema = z.object({ name: z.string(), phone: z.string().nullish(), questions: z.string().nullish() });

const REFUSALS: Record<FamilyRefusal, () => UserFacingError> = {
  LIMIT: () => conflict(`每人最多请 ${MAX_HELPERS} 位亲友帮办，每人最多帮 ${MAX_HELPED} 位亲友。请先结束不再需要的。`),
  CODE: () => notFound('邀请码不对或已过期（24 小时内有效），请让亲友重新邀请。'),
  OWN_CODE: () => badInput('这是您自己发出的邀请码，请发给要帮您的亲友。', { field: 'code' }),
  CHANGED: () => conflict('这条亲友关系刚有变化，请刷新后再看。'),
};
const outcome = (result: FamilyLink | FamilyRefusal) => {
  if (typeof result === 'string') throw REFUSALS[result]();
  return result;
};

/** A link as its viewer sees it: the other side's name masked, the code only to the resident who shares it. */
async function view(context: RequestContext, link: FamilyLink, viewerId: string) {
  const role = link.residentId === viewerId ? ('RESIDENT' as const) : ('HELPER' as const);
  const otherName = role === 'RESIDENT' ? link.helperName : link.residentName;
  return {
    id: link.id,
    role,
    state: link.state,
    otherName: otherName ? maskName(otherName) : null,
    code: role === 'RESIDENT' ? link.code : null,
    codeExpiresAt: role === 'RESIDENT' ? link.codeExpiresAt : null,
    createdAt: link.createdAt,
    activity: await context.stores.family.activity(link.id),
  };
}

/** A link the viewer is part of, on the side asked for (either when not given). */
async function ownLink(context: RequestContext, linkId: string, side?: 'RESIDENT' | 'HELPER') {
  const viewerId = residentIdOf(context.actor);
  const link = LINK_ID.test(linkId) ? await context.stores.family.get(linkId) : null;
  const isResident = link?.residentId === viewerId;
  const isHelper = link?.helperId === viewerId;
  if (!link || (!isResident && !isHelper) || (side === 'RESIDENT' && !isResident) || (side === 'HELPER' && !isHelper)) throw notFound(MISSING);
  return { link, viewerId, role: isResident ? ('RESIDENT' as const) : ('HELPER' as const) };
}

type Register = (root: unknown, args: { eventId: string; input: { name: string; phone: string; questions?: string | null } }, context: RequestContext, info: unknown) => Promise<StoredRegistration>;

/** The resident's phone for a sign-up: the one GovOpen knows, or the one given, which must not be the helper's own. */
async function residentPhone(context: RequestContext, link: FamilyLink, given: string | null | undefined): Promise<string> {
  const [resident, helper] = await Promise.all([context.stores.identity.getResident(link.residentId), context.stores.identity.getResident(link.helperId ?? '')]);
  if (resident?.phone) return resident.phone;
  const phone = mobileDigits(given ?? '');
  if (!phone) throw badInput('请填写亲友本人的手机号（报名用亲友本人的手机号）。', { field: 'phone' });
  if (helper?.phone && helper.phone === phone) throw badInput('这是您自己的手机号，请填写亲友本人的手机号。', { field: 'phone' });
  return phone;
}

export const familyResolvers: Resolvers = {
  Query: {
    async myFamilyLinks(_root, _args, context) {
      const viewerId = residentIdOf(context.actor);
      return Promise.all((await context.stores.family.linksOf(viewerId)).map((link) => view(context, link, viewerId)));
    },
  },
  Mutation: {
    async inviteFamilyHelper(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { name } = parseInput(nameSchema, args);
      const link = outcome(await context.stores.family.invite(residentId, name, auditEntry(context.actor, 'family.invite', residentId)));
      return view(context, link, residentId);
    },
    async acceptFamilyInvitation(_root, args, context) {
      const helperId = residentIdOf(context.actor);
      const { code, name } = parseInput(acceptSchema, args);
      const link = outcome(await context.stores.family.accept(code, helperId, name, auditEntry(context.actor, 'family.accept', code)));
      return view(context, link, helperId);
    },
    async confirmFamilyHelper(_root, { linkId }, context) {
      const { link, viewerId } = await ownLink(context, linkId, 'RESIDENT');
      if (link.state !== 'ACCEPTED') throw conflict(link.state === 'INVITED' ? '亲友还没有填写邀请码。' : '这条亲友关系已确认或已结束。');
      return view(context, outcome(await context.stores.family.confirm(link, auditEntry(context.actor, 'family.confirm', link.id))), viewerId);
    },
    async endFamilyLink(_root, { linkId }, context) {
      const { link, viewerId, role } = await ownLink(context, linkId);
      if (link.state === 'ENDED') return view(context, link, viewerId);
      return view(context, outcome(await context.stores.family.end(link, role, auditEntry(context.actor, 'family.end', link.id, { by: role }))), viewerId);
    },
    async signUpForFamily(root, args, context, info) {
      const { link } = await ownLink(context, args.linkId, 'HELPER');
      if (link.state !== 'ACTIVE') throw new UserFacingError('FORBIDDEN', '亲友确认后，您才能帮亲友报名。');
      const input = parseInput(signUpSchema, args.input);
      const phone = await residentPhone(context, link, input.phone);
      const register = eventWriteResolvers.Mutation.registerForEvent as Register;
      const asResident: RequestContext = { ...context, actor: { kind: 'resident', residentId: link.residentId } };
      const registration = await register(root, { eventId: args.eventId, input: { name: input.name, phone, questions: input.questions } }, asResident, info);
      const event = await context.stores.events.get(registration.eventId);
      const eventTitle = event?.title ?? '';
      await context.stores.family.recordSignUp(
        link,
        `${eventTitle}（${STATUS_WORDS[registration.status] ?? registration.status}）`,
        auditEntry(context.actor, 'family.signUp', link.id, { eventId: registration.eventId, forResident: link.residentId }),
      );
      return { status: registration.status, eventTitle };
    },
  },
};

const STATUS_WORDS: Record<string, string> = { CONFIRMED: '已报上', APPLIED: '已报名，等待抽签', WAITLISTED: '候补', SELECTED: '已抽中', CANCELLED: '已取消' };
