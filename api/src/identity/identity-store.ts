import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { StaffRole } from '../core/actor';
import type { AuditLog, AuditEntry } from '../core/audit';
import { queryAll, type Dynamo } from '../core/dynamo';

// Residents and staff: the only code that knows how they sit in the table.
//
//   pk RESIDENT#<id>      sk RESIDENT     a resident, id derived from WeChat's unionid or openid
//   pk STAFF#<username>   sk STAFF        a staff member   gsi1pk STAFF  gsi1sk <username>

export interface Resident {
  id: string;
  openid: string;
  unionid: string | null;
  createdAt: string;
  lastSignedInAt: string;
  /** The mobile number the resident last gave GovOpen (e.g. when signing up for an open day). */
  phone: string | null;
}

export interface StaffMember {
  username: string;
  displayName: string;
  role: StaffRole;
  department: string;
  disabled: boolean;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
}

export interface IdentityStore {
  /** Records a WeChat sign-in: creates the resident on first sign-in, keeps WeChat's session key server-side. */
  signInResident(identity: { openid: string; unionid?: string; sessionKey: string }): Promise<Resident>;
  getResident(id: string): Promise<Resident | null>;
  /** Keeps the mobile number a resident last gave (e.g. signing up for an open day), to offer it next time. */
  rememberPhone(residentId: string, phone: string): Promise<void>;
  getStaff(username: string): Promise<StaffMember | null>;
  listStaff(): Promise<StaffMember[]>;
  /** Creates a staff member unless the username is taken (false then). */
  createStaff(member: Omit<StaffMember, 'failedAttempts' | 'lockedUntil' | 'createdAt' | 'disabled'>, audit?: AuditEntry): Promise<boolean>;
  setStaffDisabled(username: string, disabled: boolean, audit: AuditEntry): Promise<StaffMember | null>;
  /** Counts a failed password; locks the account once `maxAttempts` is reached. */
  recordFailedSignIn(username: string, maxAttempts: number, lockMinutes: number): Promise<void>;
  recordStaffSignIn(username: string): Promise<void>;
  anyStaff(): Promise<boolean>;
}

export const residentIdFor = (identity: { openid: string; unionid?: string }) =>
  createHash('sha256')
    .update(identity.unionid ? `union:${identity.unionid}` : `open:${identity.openid}`)
    .digest('hex')
    .slice(0, 20);

const residentKey = (id: string) => ({ pk: `RESIDENT#${id}`, sk: 'RESIDENT' });
const staffKey = (username: string) => ({ pk: `STAFF#${username}`, sk: 'STAFF' });

function residentFrom(item: Record<string, unknown>): Resident {
  return {
    id: String(item.id),
    openid: String(item.openid),
    unionid: (item.unionid as string | undefined) ?? null,
    createdAt: String(item.createdAt),
    lastSignedInAt: String(item.lastSignedInAt),
    phone: (item.phone as string | undefined) ?? null,
  };
}

function staffFrom(item: Record<string, unknown>): StaffMember {
  return {
    username: String(item.username),
    displayName: String(item.displayName),
    role: item.role as StaffRole,
    department: String(item.department),
    disabled: Boolean(item.disabled),
    passwordHash: String(item.passwordHash),
    failedAttempts: Number(item.failedAttempts ?? 0),
    lockedUntil: (item.lockedUntil as string | undefined) ?? null,
    createdAt: String(item.createdAt),
  };
}

export function createIdentityStore(dynamo: Dynamo, audit: AuditLog): IdentityStore {
  const { doc, tableName: TableName } = dynamo;
  return {
    async signInResident(identity) {
      const id = residentIdFor(identity);
      const now = new Date().toISOString();
      // One idempotent update: concurrent first sign-ins of the same person still make one resident.
      const result = await doc.send(
        new UpdateCommand({
          TableName,
          Key: residentKey(id),
          UpdateExpression:
            'SET id = :id, openid = :openid, sessionKey = :sessionKey, lastSignedInAt = :now, createdAt = if_not_exists(createdAt, :now)' +
            (identity.unionid ? ', unionid = :unionid' : ''),
          ExpressionAttributeValues: {
            ':id': id,
            ':openid': identity.openid,
            ':sessionKey': identity.sessionKey,
            ':now': now,
            ...(identity.unionid ? { ':unionid': identity.unionid } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return residentFrom(result.Attributes ?? {});
    },
    async getResident(id) {
      const result = await doc.send(new GetCommand({ TableName, Key: residentKey(id) }));
      return result.Item ? residentFrom(result.Item) : null;
    },
    async rememberPhone(residentId, phone) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName,
            Key: residentKey(residentId),
            UpdateExpression: 'SET phone = :phone',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':phone': phone },
          }),
        );
      } catch (error) {
        // A resident without a record (signed in before records were kept) simply has nothing to remember.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
    async getStaff(username) {
      const result = await doc.send(new GetCommand({ TableName, Key: staffKey(username), ConsistentRead: true }));
      return result.Item ? staffFrom(result.Item) : null;
    },
    async listStaff() {
      const items = await queryAll(dynamo, { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :staff', ExpressionAttributeValues: { ':staff': 'STAFF' } });
      return items.map(staffFrom);
    },
    async createStaff(member, entry) {
      const item = { ...staffKey(member.username), gsi1pk: 'STAFF', gsi1sk: member.username, ...member, disabled: false, failedAttempts: 0, createdAt: new Date().toISOString() };
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
              ...(entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []),
            ],
          }),
        );
        return true;
      } catch (error) {
        if ((error as Error).name === 'TransactionCanceledException') return false;
        throw error;
      }
    },
    async setStaffDisabled(username, disabled, entry) {
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName,
                  Key: staffKey(username),
                  UpdateExpression: 'SET disabled = :disabled',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: { ':disabled': disabled },
                },
              },
              { Put: { TableName, Item: audit.item(entry) } },
            ],
          }),
        );
      } catch (error) {
        if ((error as Error).name === 'TransactionCanceledException') return null;
        throw error;
      }
      return this.getStaff(username);
    },
    async recordFailedSignIn(username, maxAttempts, lockMinutes) {
      try {
        const result = await doc.send(
          new UpdateCommand({
            TableName,
            Key: staffKey(username),
            UpdateExpression: 'ADD failedAttempts :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': 1 },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        if (Number(result.Attributes?.failedAttempts) >= maxAttempts) {
          await doc.send(
            new UpdateCommand({
              TableName,
              Key: staffKey(username),
              UpdateExpression: 'SET lockedUntil = :until, failedAttempts = :zero',
              ExpressionAttributeValues: { ':until': new Date(Date.now() + lockMinutes * 60_000).toISOString(), ':zero': 0 },
            }),
          );
        }
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
    async recordStaffSignIn(username) {
      await doc.send(
        new UpdateCommand({
          TableName,
          Key: staffKey(username),
          UpdateExpression: 'SET failedAttempts = :zero, lastSignedInAt = :now REMOVE lockedUntil',
          ExpressionAttributeValues: { ':zero': 0, ':now': new Date().toISOString() },
        }),
      );
    },
    async anyStaff() {
      const page = await doc.send(
        new QueryCommand({ TableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :staff', ExpressionAttributeValues: { ':staff': 'STAFF' }, Limit: 1 }),
      );
      return (page.Items ?? []).length > 0;
    },
  };
}
