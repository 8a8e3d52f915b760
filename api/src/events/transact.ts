import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { UserFacingError } from '../core/errors';

// Writes on one busy item (an open day's seat counter while hundreds sign up at once) meet two
// different refusals, which must not be confused:
//  - ConditionalCheckFailed: the data says no (no seat left, already registered): decide what to do;
//  - TransactionConflict: another transaction held the item at that moment: nothing was decided,
//    so try again after a short random wait (full jitter), a bounded number of times.
// Treating a conflict as "full" turns people away while seats stay empty; retrying a failed
// condition forever never ends.

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const CONFLICT_RETRY: Readonly<RetryPolicy> = Object.freeze({ attempts: 14, baseMs: 10, maxMs: 1000 });

/** `ok`, or for each item of the transaction whether its condition failed. */
export type TransactOutcome = { ok: true } | { ok: false; failed: boolean[] };

const busy = () => new UserFacingError('SERVICE_UNAVAILABLE', '现在办理的人很多，请稍等几秒再试一次。');

type Refusal = { kind: 'condition'; failed: boolean[] } | { kind: 'conflict' } | { kind: 'other' };

function refusalOf(error: unknown): Refusal {
  const name = (error as { name?: string }).name;
  if (name === 'TransactionConflictException' || name === 'TransactionInProgressException') return { kind: 'conflict' };
  if (name === 'ConditionalCheckFailedException') return { kind: 'condition', failed: [true] };
  if (name !== 'TransactionCanceledException') return { kind: 'other' };
  const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  const failed = reasons.map((reason) => reason.Code === 'ConditionalCheckFailed');
  if (failed.some(Boolean)) return { kind: 'condition', failed };
  if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return { kind: 'conflict' };
  return { kind: 'other' };
}

const pause = (attempt: number, policy: RetryPolicy) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(policy.maxMs, policy.baseMs * 2 ** attempt)));

/** Runs `write`, retrying conflicts with jittered backoff; a failed condition is returned, anything else thrown. */
export async function retryConflicts<T>(write: () => Promise<T>, policy: RetryPolicy = CONFLICT_RETRY): Promise<{ ok: true; value: T } | { ok: false; failed: boolean[] }> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { ok: true, value: await write() };
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.kind === 'condition') return { ok: false, failed: refusal.failed };
      if (refusal.kind === 'other') throw error;
      if (attempt + 1 >= policy.attempts) throw busy();
      await pause(attempt, policy);
    }
  }
}

/** One TransactWriteItems with conflicts retried. */
export async function transactWrite(doc: DynamoDBDocumentClient, input: TransactWriteCommandInput, policy?: RetryPolicy): Promise<TransactOutcome> {
  const result = await retryConflicts(() => doc.send(new TransactWriteCommand(input)), policy);
  return result.ok ? { ok: true } : result;
}
