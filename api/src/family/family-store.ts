import { randomBytes, randomUUID } from 'node:crypto';
import type * as z from 'zod';
import type { AuditEntry, AuditLog } from '../core/audit';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact, type Write } from '../core/transactions';
import { familyActivityItem, familyCodeItem, familyLinkItem, familyMemberItem } from './family-items';
import { CODE_VALID_HOURS, MAX_HELPED, MAX_HELPERS, newFamilyCode } from './family-rules';

export type FamilyLink = z.output<typeof familyLinkItem.declaration.attributes>;
export type FamilyActivity = z.output<typeof familyActivityItem.declaration.attributes>;
type Role = FamilyActivity['by'];

/** Why a step was refused; the resolvers say it in words. */
export type FamilyRefusal = 'LIMIT' | 'CODE' | 'OWN_CODE' | 'CHANGED';

export interface FamilyStore {
  get(id: string): Promise<FamilyLink | null>;
  /** The person's links that have not ended, on either side. */
  linksOf(personId: string): Promise<FamilyLink[]>;
  activity(linkId: string): Promise<FamilyActivity[]>;
  invite(residentId: string, residentName: string, audit: AuditEntry): Promise<FamilyLink | FamilyRefusal>;
  accept(code: string, helperId: string, helperName: string, audit: AuditEntry): Promise<FamilyLink | FamilyRefusal>;
  confirm(link: FamilyLink, audit: AuditEntry): Promise<FamilyLink | FamilyRefusal>;
  end(link: FamilyLink, by: Role, audit: AuditEntry): Promise<FamilyLink | FamilyRefusal>;
  /** A sign-up the helper made, for the resident to see. */
  recordSignUp(link: FamilyLink, detail: string, audit: AuditEntry): Promise<void>;
  /** Those who receive copies of the resident's messages: confirmed helpers of links not ended. */
  helpersOf(residentId: string): Promise<FamilyLink[]>;
}

export function createFamilyStore(dynamo: Dynamo, audit: AuditLog, now: Clock): FamilyStore {
  const { links, members, codes, activities } = itemsOf(dynamo, { links: familyLinkItem, members: familyMemberItem, codes: familyCodeItem, activities: familyActivityItem });
  const get = (id: string) => links.get({ id }, true);
  const sidesOf = async (personId: string, role: Role) => members.query({ where: { personId, role }, consistent: true });
  const linksOf = async (personId: string) => {
    const sides = await members.query({ where: { personId }, consistent: true });
    const found = await Promise.all(sides.map((side) => get(side.linkId)));
    return found.filter((link): link is FamilyLink => link !== null && link.state !== 'ENDED').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  };
  const activityOf = (link: FamilyLink, kind: FamilyActivity['kind'], by: Role, at: string, detail: string | null = null) =>
    activities.put({ linkId: link.id, id: `${at}#${randomBytes(4).toString('hex')}`, kind, by, at, detail });
  /** The link written from `before`'s state, with its activity and audit record; CHANGED if someone moved it meanwhile. */
  const step = async (before: FamilyLink, after: FamilyLink, more: Write[], entry: AuditEntry) => {
    const outcome = await transact(dynamo, [links.put(after, { if: '#state = :state', values: { ':state': before.state } }), ...more, audit.write(entry)], ORDINARY_WRITES);
    return outcome.ok ? after : ('CHANGED' as const);
  };

  return {
    get,
    linksOf,
    activity: (linkId) => activities.query({ where: { linkId } }),
    async invite(residentId, residentName, entry) {
      const at = now();
      const open = (await linksOf(residentId)).find((link) => link.residentId === residentId && link.state === 'INVITED' && (link.codeExpiresAt ?? '') > at.toISOString());
      if (open) return open;
      if ((await sidesOf(residentId, 'RESIDENT')).length >= MAX_HELPERS) return 'LIMIT';
      const expires = new Date(at.getTime() + CODE_VALID_HOURS * 3_600_000);
      const link: FamilyLink = {
        id: randomUUID().replace(/-/gu, ''),
        residentId,
        residentName,
        helperId: null,
        helperName: null,
        state: 'INVITED',
        code: newFamilyCode(),
        codeExpiresAt: expires.toISOString(),
        createdAt: at.toISOString(),
        endedAt: null,
      };
      const outcome = await transact(
        dynamo,
        [
          links.put(link, { if: 'attribute_not_exists(pk)' }),
          members.put({ personId: residentId, role: 'RESIDENT', linkId: link.id }),
          // A code in use by another invitation is refused by its condition; the resident taps again.
          codes.put({ code: link.code!, linkId: link.id, expiresAt: Math.floor(expires.getTime() / 1000) }, { if: 'attribute_not_exists(pk)' }),
          activityOf(link, 'INVITED', 'RESIDENT', link.createdAt),
          audit.write({ ...entry, targetId: link.id }),
        ],
        ORDINARY_WRITES,
      );
      return outcome.ok ? link : 'CHANGED';
    },
    async accept(code, helperId, helperName, entry) {
      const at = now().toISOString();
      const found = await codes.get({ code }, true);
      const before = found ? await get(found.linkId) : null;
      if (!before || before.state !== 'INVITED' || (before.codeExpiresAt ?? '') <= at) return 'CODE';
      if (before.residentId === helperId) return 'OWN_CODE';
      if ((await sidesOf(helperId, 'HELPER')).length >= MAX_HELPED) return 'LIMIT';
      const after: FamilyLink = { ...before, helperId, helperName, state: 'ACCEPTED', code: null, codeExpiresAt: null };
      return step(
        before,
        after,
        [codes.remove({ code }), members.put({ personId: helperId, role: 'HELPER', linkId: before.id }), activityOf(before, 'ACCEPTED', 'HELPER', at)],
        { ...entry, targetId: before.id },
      );
    },
    async confirm(before, entry) {
      return step(before, { ...before, state: 'ACTIVE' }, [activityOf(before, 'CONFIRMED', 'RESIDENT', now().toISOString())], entry);
    },
    async end(before, by, entry) {
      const at = now().toISOString();
      const more = [members.remove({ personId: before.residentId, role: 'RESIDENT', linkId: before.id }), activityOf(before, 'ENDED', by, at)];
      if (before.helperId) more.push(members.remove({ personId: before.helperId, role: 'HELPER', linkId: before.id }));
      if (before.code) more.push(codes.remove({ code: before.code }));
      return step(before, { ...before, state: 'ENDED', code: null, codeExpiresAt: null, endedAt: at }, more, entry);
    },
    async recordSignUp(link, detail, entry) {
      await transact(dynamo, [activityOf(link, 'SIGNED_UP', 'HELPER', now().toISOString(), detail), audit.write(entry)], ORDINARY_WRITES);
    },
    async helpersOf(residentId) {
      return (await linksOf(residentId)).filter((link) => link.residentId === residentId && link.state === 'ACTIVE' && link.helperId !== null);
    },
  };
}
