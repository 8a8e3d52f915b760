import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

// The one description of GovOpen's DynamoDB table. The CDK stack and the local/test setup both
// build the table from it, so the cloud and DynamoDB Local can never disagree on keys or indexes.

export interface KeySchema {
  partitionKey: string;
  sortKey: string;
}

export interface IndexDefinition extends KeySchema {
  indexName: string;
}

export const TABLE_KEYS: KeySchema = { partitionKey: 'pk', sortKey: 'sk' };

/** Generic secondary indexes; each entity module decides what its gsi keys mean (see docs/table-design.md). */
export const TABLE_INDEXES: readonly IndexDefinition[] = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
];

/** Items carrying this attribute (epoch seconds) are removed by DynamoDB's TTL once it has passed. */
export const TIME_TO_LIVE_ATTRIBUTE = 'expiresAt';

export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [TABLE_KEYS, ...TABLE_INDEXES].flatMap((k) => [k.partitionKey, k.sortKey]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
