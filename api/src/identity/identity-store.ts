import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { AuditLog, AuditEntry } from '../core/audit';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact, writeOne, type Write } from '../core/transactions';
import { residentItem, staffItem } from './identity-items';

// Residents' and staff's reads and writes; how they sit in the table is declared in identity-items.ts.

export type Resident = z.output<typeof residentItem.declaration.attributes>;
export type StaffMember = z.output<typeof staffItem.declaration.attributes>;

export interface IdentityStore {
  /** Records a WeChat sign-in: creates the resident on first sign-in, keeps WeChat's session key server-side. */
  signInResident(identity: { openid: string; unionid?: string; sessionKey: string }): Promise<Resident>;
  getResident(id: string, consistent?: boolean): Promise<Resident | null>;
  /** Keeps the mobile number a resident last gave (e.g. signing up for an open day), to offer it next time. */
  rememberPhone(residentId: string, phone: string): Promise<void>;
  /**
   * rememberPhone as one write of a transaction (an open-day sign-up's); its condition fails for a
   * resident without a record and, given `sessionVersion`, once the account's is another (signed out).
   */
  rememberPhoneWrite(residentId: string, phone: string, sessionVersion?: number): Write;
  getStaff(username: string): Promise<StaffMember | null>;
  listStaff(): Promise<StaffMember[]>;
  /** Creates a staff member unless the username is taken (false then). */
  /** `mustChangePassword`: the password is a temporary one the system gave (createStaff); false when omitted (the first admin's own). */
  createStaff(member: Omit<StaffMember, 'createdAt' | 'sessionVersion' | 'disabled' | 'lastSignedInAt' | 'mustChangePassword'> & Partial<Pick<StaffMember, 'mustChangePassword'>>, audit?: AuditEntry): Promise<boolean>;
  setStaffDisabled(username: string, disabled: boolean, audit: AuditEntry): Promise<StaffMember | null>;
  /**
   * A new password hash, with the audit record, in one transaction; ends the account's sessions. `mustChange`: set by
   * an administrator, to be replaced at the next sign-in. With `expectedHash`, only while the password is
   * still that one (a change by its owner, checked against the current password). Null when the account
   * does not exist or the password changed meanwhile.
   */
  setStaffPassword(username: string, passwordHash: string, mustChange: boolean, audit: AuditEntry, expectedHash?: string): Promise<StaffMember | null>;
  recordStaffSignIn(username: string): Promise<void>;
  anyStaff(): Promise<boolean>;
}

const residentIdFor = (identity: { openid: string; unionid?: string }) =>
  createHash('sha256')
    .update(identity.unionid ? `union:${identity.unionid}` : `open:${identity.openid}`)
    .digest('hex')
    .slice(0, 20);

export function createIdentityStore(dynamo: Dynamo, audit: AuditLog, now: Clock): IdentityStore {
  const { residents, staff } = itemsOf(dynamo, { residents: residentItem, staff: staffItem });
  const getStaff = (username: string) => staff.get({ username }, true);
  const rememberPhoneWrite = (residentId: string, phone: string, sessionVersion?: number) => {
    // A record never signed out of has no sessionVersion yet: version 0.
    const session = sessionVersion === undefined ? '' : sessionVersion === 0 ? ' AND (attribute_not_exists(sessionVersion) OR sessionVersion = :version)' : ' AND sessionVersion = :version';
    return residents.update({ id: residentId }, 'SET phone = :phone', { if: `attribute_exists(pk)${session}`, values: { ':phone': phone, ...(session ? { ':version': sessionVersion } : {}) } });
  };
  return {
    getStaff,
    async signInResident(identity) {
      const id = residentIdFor(identity);
      // One idempotent update: concurrent first sign-ins of the same person still make one resident.
      const result = await writeOne(
        dynamo,
        residents.update(
          { id },
          `SET id = :id, openid = :openid, sessionKey = :sessionKey, lastSignedInAt = :now, createdAt = if_not_exists(createdAt, :now)${identity.unionid ? ', unionid = :unionid' : ''}`,
          { values: { ':id': id, ':openid': identity.openid, ':sessionKey': identity.sessionKey, ':now': now().toISOString(), ...(identity.unionid ? { ':unionid': identity.unionid } : {}) } },
        ),
        ORDINARY_WRITES,
        'ALL_NEW',
      );
      return residentItem.decode(result.attributes);
    },
    getResident: (id, consistent = false) => residents.get({ id }, consistent),
    async rememberPhone(residentId, phone) {
      // A resident without a record (signed in before records were kept) simply has nothing to remember.
      await writeOne(dynamo, rememberPhoneWrite(residentId, phone), ORDINARY_WRITES);
    },
    rememberPhoneWrite,
    listStaff: () => staff.query({ index: 'gsi1', where: {} }),
    async createStaff(member, entry) {
      const created = { mustChangePassword: false, ...member, disabled: false, sessionVersion: 0, createdAt: now().toISOString(), lastSignedInAt: null };
      return (await transact(dynamo, [staff.put(created, { if: 'attribute_not_exists(pk)' }), ...(entry ? [audit.write(entry)] : [])], ORDINARY_WRITES)).ok;
    },
    async setStaffDisabled(username, disabled, entry) {
      const outcome = await transact(
        dynamo,
        [staff.update({ username }, 'SET disabled = :disabled', { if: 'attribute_exists(pk)', values: { ':disabled': disabled } }), audit.write(entry)],
        ORDINARY_WRITES,
      );
      return outcome.ok ? getStaff(username) : null;
    },
    async setStaffPassword(username, passwordHash, mustChange, entry, expectedHash) {
      const condition = expectedHash === undefined ? 'attribute_exists(pk)' : 'passwordHash = :expected';
      const outcome = await transact(
        dynamo,
        [
          staff.update({ username }, 'SET passwordHash = :hash, mustChangePassword = :must ADD sessionVersion :one', {
            if: condition,
            values: { ':hash': passwordHash, ':must': mustChange, ':one': 1, ...(expectedHash === undefined ? {} : { ':expected': expectedHash }) },
          }),
          audit.write(entry),
        ],
        ORDINARY_WRITES,
      );
      return outcome.ok ? getStaff(username) : null;
    },
    async recordStaffSignIn(username) {
      const signedIn = staff.update({ username }, 'SET lastSignedInAt = :now', { values: { ':now': now().toISOString() } });
      await writeOne(dynamo, signedIn, ORDINARY_WRITES);
    },
    async anyStaff() {
      return (await staff.query({ index: 'gsi1', where: {}, limit: 1 })).length > 0;
    },
  };
}
