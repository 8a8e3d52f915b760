import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { UserFacingError } from './errors';

// Every write goes through one runner. Writes on one busy item (an open day's seat counter while
// hundreds sign up at once, a service's counters of the month, a project's spending, the policy
// facet counters) meet two different refusals, which must not be confused:
//  - ConditionalCheckFailed: the data says no (no seat left, already registered, changed meanwhile):
//    the caller decides what to do, and is told which item of the transaction refused;
//  - TransactionConflict: another transaction held the item at that moment: nothing was decided,
//    so try again after a short random wait (full jitter), a bounded number of times.
// Treating a conflict as "refused" turns people away while seats stay empty; retrying a failed
// condition forever never ends.

export interface ConflictRetry {
  /** Tries in all, the first included; then SERVICE_UNAVAILABLE. */
  attempts: number;
  /** The wait before the second try is up to `baseMs`, doubling each time, never more than `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** What the person is told when the conflicts never end (each feature says it in its own words). */
  busyMessage: string;
}

/** Writes that rarely meet another (a policy, a staff account): the same care, fewer tries. */
export const ORDINARY_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 6, baseMs: 20, maxMs: 1000, busyMessage: '现在办理的人很多，请稍等几秒再试一次。' });

/** One item of a transaction, built by `itemsOf(...)` (see items.ts). */
export type Write = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * A write that what a transaction does stands on (a resident's session still holding), sent first in
 * it: when its condition fails, `refused` throws the reason or gives the write to try instead (null:
 * none); `written` once the transaction is, with the time it was sent.
 */
export interface Guard {
  write: Write;
  refused(): Promise<Write | null>;
  written(sentAt: number): void;
}

/**
 * `ok`, or which conditions failed: `refused(write)` asks about one of the writes sent, by the write
 * itself, so reordering or adding writes cannot change the answer.
 */
export type TransactOutcome = { ok: true } | { ok: false; refused(write: Write): boolean };

type Refusal = { kind: 'condition'; failed: boolean[] } | { kind: 'conflict' } | { kind: 'other' };

function refusalOf(error: unknown): Refusal {
  const name = (error as { name?: string }).name;
  if (name === 'TransactionConflictException' || name === 'TransactionInProgressException') return { kind: 'conflict' };
  // DynamoDB Local's conflict: a write that waited too long for an item another transaction held is
  // refused before doing anything (its message says so: "too long waiting for a lock"). Under a burst
  // on a busy machine it is most of what goes wrong; treated as anything else it was a 5xx.
  if (name === 'InternalServerError' && /waiting for a lock/.test((error as Error).message)) return { kind: 'conflict' };
  if (name === 'ConditionalCheckFailedException') return { kind: 'condition', failed: [true] };
  if (name !== 'TransactionCanceledException') return { kind: 'other' };
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  const failed = reasons.map((reason) => reason.Code === 'ConditionalCheckFailed');
  if (failed.some(Boolean)) return { kind: 'condition', failed };
  if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return { kind: 'conflict' };
  return { kind: 'other' };
}

const pause = (attempt: number, policy: ConflictRetry) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(policy.maxMs, policy.baseMs * 2 ** attempt)));

/**
 * Runs `write` (a transaction, or a single conditional write on a busy item), retrying conflicts with
 * jittered backoff; a failed condition is returned, anything else thrown.
 */
export async function retryConflicts<T>(write: () => Promise<T>, policy: ConflictRetry): Promise<{ ok: true; value: T } | { ok: false; failed: boolean[] }> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { ok: true, value: await write() };
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.kind === 'condition') return { ok: false, failed: refusal.failed };
      if (refusal.kind === 'other') throw error;
      if (attempt + 1 >= policy.attempts) throw new UserFacingError('SERVICE_UNAVAILABLE', policy.busyMessage);
      await pause(attempt, policy);
    }
  }
}

/** One TransactWriteItems with conflicts retried. */
export async function transact(dynamo: { doc: DynamoDBDocumentClient }, writes: Write[], policy: ConflictRetry): Promise<TransactOutcome> {
  const result = await retryConflicts(() => dynamo.doc.send(new TransactWriteCommand({ TransactItems: writes })), policy);
  if (result.ok) return { ok: true };
  const { failed } = result;
  const refused = (write: Write) => {
    const position = writes.indexOf(write);
    if (position < 0) throw new Error('asked whether a write refused a transaction it was not part of');
    return failed[position] === true;
  };
  return { ok: false, refused };
}

/**
 * One write on its own (PutItem, UpdateItem or DeleteItem), conflicts retried as in a transaction: an
 * item inside another's transaction refuses single writes too. `returnValues` reads the item back
 * (`attributes`, empty when the condition failed).
 */
export async function writeOne(
  dynamo: { doc: DynamoDBDocumentClient },
  write: Write,
  policy: ConflictRetry,
  returnValues?: 'ALL_NEW' | 'UPDATED_NEW',
): Promise<{ ok: boolean; attributes: Record<string, unknown> }> {
  const { Put, Update, Delete } = write;
  const send = (): Promise<{ Attributes?: Record<string, unknown> }> => {
    if (Put) return dynamo.doc.send(new PutCommand(Put));
    if (Update) return dynamo.doc.send(new UpdateCommand({ ...Update, ReturnValues: returnValues }));
    if (Delete) return dynamo.doc.send(new DeleteCommand(Delete));
    throw new Error('a condition check is only possible inside a transaction');
  };
  const result = await retryConflicts(send, policy);
  return { ok: result.ok, attributes: result.ok ? (result.value.Attributes ?? {}) : {} };
}

