import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryConflicts, transact } from './transactions';

// The retry policy alone: DynamoDB Local rarely produces a TransactionConflict on demand, so these
// refusals are made by hand, exactly as the SDK reports them.
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });
const fast = { attempts: 5, baseMs: 1, maxMs: 2, busyMessage: '现在办理的人很多，请稍等几秒再试一次。' };

function clientFailing(...errors: Error[]) {
  let calls = 0;
  const doc = { send: async () => { calls += 1; const error = errors.shift(); if (error) throw error; return {}; } } as unknown as DynamoDBDocumentClient;
  return { doc, calls: () => calls };
}

describe('telling a failed condition from a conflict', () => {
  it('retries a conflict and succeeds', async () => {
    const client = clientFailing(cancelled('None', 'TransactionConflict'), cancelled('TransactionConflict', 'None'));
    await expect(transact(client, [], fast)).resolves.toEqual({ ok: true });
    expect(client.calls()).toBe(3);
  });

  it('returns a failed condition at once, saying which write refused, without retrying', async () => {
    const client = clientFailing(cancelled('None', 'ConditionalCheckFailed', 'None'));
    const [seat, registration, code] = ['EVENT', 'REG#a', 'CODE#X'].map((sk) => ({ Put: { TableName: 't', Item: { pk: 'EVENT#1', sk } } }));
    const outcome = await transact(client, [seat!, registration!, code!], fast);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect([seat!, registration!, code!].map(outcome.refused)).toEqual([false, true, false]);
    expect(() => outcome.refused({ Put: { TableName: 't', Item: { pk: 'EVENT#1', sk: 'REG#a' } } })).toThrow('not part of');
    expect(client.calls()).toBe(1);
  });

  it('gives up after the bounded number of conflicts with a plain-Chinese SERVICE_UNAVAILABLE', async () => {
    const client = clientFailing(...Array.from({ length: 10 }, () => cancelled('TransactionConflict')));
    await expect(transact(client, [], fast)).rejects.toMatchObject({ message: fast.busyMessage, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(client.calls()).toBe(5);
  });

  it('retries a single write that met a transaction on its item, and passes other errors on', async () => {
    const conflict = Object.assign(new Error('conflict'), { name: 'TransactionConflictException' });
    let calls = 0;
    await expect(retryConflicts(async () => { calls += 1; if (calls === 1) throw conflict; return 'written'; }, fast)).resolves.toEqual({ ok: true, value: 'written' });
    await expect(retryConflicts(async () => { throw new Error('ValidationException'); }, fast)).rejects.toThrow('ValidationException');
  });
});
