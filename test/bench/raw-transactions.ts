import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from '../../api/src/core/dynamo';
import { transact } from '../../api/src/core/transactions';
import { OPEN_DAY_WRITES } from '../../api/src/events/open-day-table';
import { SPIKE } from './events-spike';

// The yardstick for the sign-up spike (issue 17): the same number of taps as plain two-item
// conditional transactions — take a seat if one is left, record the person if not yet recorded —
// on the same DynamoDB Local in the same run, conflicts retried as open days retry them. What a
// sign-up could cost with nothing but the transaction it must make.

export interface RawFigures {
  seconds: number;
  transactionsPerSecond: number;
  seatsTaken: number;
  /** TransactWriteItems sent per tap, conflicts' retries included. */
  requestsPerTap: number;
}

export async function rawTransactionFigures(dynamo: Dynamo): Promise<RawFigures> {
  const pk = `BENCH#RAW#${Date.now()}`;
  await dynamo.doc.send(new PutCommand({ TableName: dynamo.tableName, Item: { pk, sk: 'SEATS', seatsLeft: SPIKE.seats } }));
  const residents = Array.from({ length: SPIKE.residents }, (_, i) => `raw-${i}`);
  const taps = [...residents, ...residents.slice(0, SPIKE.doubleTaps)].sort(() => Math.random() - 0.5);
  let seatsTaken = 0;
  const before = dynamo.requestCount();
  const started = performance.now();
  await Promise.all(
    taps.map(async (resident) => {
      const outcome = await transact(
        dynamo,
        [
          { Update: { TableName: dynamo.tableName, Key: { pk, sk: 'SEATS' }, UpdateExpression: 'SET seatsLeft = seatsLeft - :one', ConditionExpression: 'seatsLeft >= :one', ExpressionAttributeValues: { ':one': 1 } } },
          { Put: { TableName: dynamo.tableName, Item: { pk, sk: `REG#${resident}` }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
        OPEN_DAY_WRITES,
      );
      if (outcome.ok) seatsTaken += 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, transactionsPerSecond: taps.length / seconds, seatsTaken, requestsPerTap: (dynamo.requestCount() - before) / taps.length };
}
