import type { BatchGetCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, queryAll } from './dynamo';

// BatchGet's chunking and its retry of unprocessed keys, and Query's paging, with a client that answers
// by hand (DynamoDB Local never leaves keys unprocessed on demand).
const TABLE = 'govopen-test';
const fast = { attempts: 4, baseMs: 1, maxMs: 2 };
const key = (n: number) => ({ pk: `ITEM#${n}`, sk: 'ITEM' });

/** Answers each request with the items asked for, but leaves unprocessed the first `leave[i]` keys of request i. */
function client(leave: number[] = []) {
  const requests: Array<Array<Record<string, unknown>>> = [];
  const doc = {
    send: async (command: BatchGetCommand) => {
      const keys = (command.input.RequestItems?.[TABLE]?.Keys ?? []) as Array<Record<string, unknown>>;
      requests.push(keys);
      const left = leave[requests.length - 1] ?? 0;
      return {
        Responses: { [TABLE]: keys.slice(left).map((k) => ({ ...k, id: k.pk })) },
        ...(left > 0 ? { UnprocessedKeys: { [TABLE]: { Keys: keys.slice(0, left) } } } : {}),
      };
    },
  } as unknown as DynamoDBDocumentClient;
  return { dynamo: { doc, tableName: TABLE }, requests };
}

describe('batchGetItems', () => {
  it('reads 100 keys a request and sends nothing for no keys', async () => {
    const { dynamo, requests } = client();
    const items = await batchGetItems(dynamo, Array.from({ length: 250 }, (_v, n) => key(n)), fast);
    expect(items.map((item) => item.pk).sort()).toEqual(Array.from({ length: 250 }, (_v, n) => `ITEM#${n}`).sort());
    expect(requests.map((keys) => keys.length)).toEqual([100, 100, 50]);
    await expect(batchGetItems(dynamo, [], fast)).resolves.toEqual([]);
    expect(requests).toHaveLength(3);
  });

  it('asks again for the keys left unprocessed, and only for them', async () => {
    const { dynamo, requests } = client([3, 1]);
    const items = await batchGetItems(dynamo, [key(1), key(2), key(3), key(4)], fast);
    expect(items.map((item) => item.pk).sort()).toEqual(['ITEM#1', 'ITEM#2', 'ITEM#3', 'ITEM#4']);
    expect(requests).toEqual([[key(1), key(2), key(3), key(4)], [key(1), key(2), key(3)], [key(1)]]);
  });

  it('gives up with SERVICE_UNAVAILABLE after the bounded number of requests', async () => {
    const { dynamo, requests } = client([1, 1, 1, 1, 1, 1]);
    await expect(batchGetItems(dynamo, [key(1)], fast)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(requests).toHaveLength(4);
  });
});

describe('queryAll', () => {
  it('reads page after page, each from where the last stopped, until there is no next key', async () => {
    const inputs: Array<Record<string, unknown>> = [];
    const pages = [
      { Items: [{ n: 1 }, { n: 2 }], LastEvaluatedKey: { pk: 'P', sk: '2' } },
      { Items: [], LastEvaluatedKey: { pk: 'P', sk: '3' } },
      { Items: [{ n: 4 }] },
    ];
    const doc = { send: async (command: QueryCommand) => (inputs.push({ ...command.input }), pages.shift()) } as unknown as DynamoDBDocumentClient;
    const items = await queryAll({ doc, tableName: TABLE }, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'P' }, ConsistentRead: true });
    expect(items).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
    expect(inputs.map((input) => input.ExclusiveStartKey)).toEqual([undefined, { pk: 'P', sk: '2' }, { pk: 'P', sk: '3' }]);
    expect(inputs.every((input) => input.TableName === TABLE && input.ConsistentRead === true && input.KeyConditionExpression === 'pk = :pk')).toBe(true);
  });
});
