import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { UserFacingError } from '../core/errors';

// A transaction either happens, is refused by one of its conditions (the answer says which), or met
// another transaction on the same item at the same moment (DynamoDB's TransactionConflict). A
// conflict decided nothing, so it is tried again after a short random wait; a refusal is returned.
// (The open-days feature has the same need; the two can share one helper once both are in.)

const ATTEMPTS = 8;

export type TransactionResult = { ok: true } | { ok: false; failed: boolean[] };

function refusal(error: unknown): 'conflict' | boolean[] | undefined {
  const { name, CancellationReasons } = error as { name?: string; CancellationReasons?: Array<{ Code?: string }> };
  if (name === 'TransactionConflictException' || name === 'TransactionInProgressException') return 'conflict';
  if (name !== 'TransactionCanceledException') return undefined;
  const codes = (CancellationReasons ?? []).map((reason) => reason.Code);
  if (codes.includes('ConditionalCheckFailed')) return codes.map((code) => code === 'ConditionalCheckFailed');
  return codes.includes('TransactionConflict') ? 'conflict' : undefined;
}

export async function transact(doc: DynamoDBDocumentClient, input: TransactWriteCommandInput): Promise<TransactionResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await doc.send(new TransactWriteCommand(input));
      return { ok: true };
    } catch (error) {
      const answer = refusal(error);
      if (answer === undefined) throw error;
      if (answer !== 'conflict') return { ok: false, failed: answer };
      if (attempt >= ATTEMPTS) throw new UserFacingError('SERVICE_UNAVAILABLE', '现在操作的人很多，请稍等几秒再试一次。');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}
