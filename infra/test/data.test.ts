import { createTableInput, TABLE_INDEXES, TABLE_KEYS, TIME_TO_LIVE_ATTRIBUTE } from '../../api/src/core/table-definition';
import { onlyResource, synthStack } from './synth';

const { template } = synthStack();
const table = onlyResource(template, 'AWS::DynamoDB::Table');
// What DynamoDB Local is given in tests: the cloud table must be the same table.
const local = createTableInput('unused');

const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) => a.AttributeName!.localeCompare(b.AttributeName!);

describe('the DynamoDB table', () => {
  it('has the key schema of table-definition.ts', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.KeySchema).toEqual(local.KeySchema);
  });

  it('defines every key attribute, as a string, and nothing else', () => {
    const expected = [...new Set([TABLE_KEYS, ...TABLE_INDEXES].flatMap((k) => [k.partitionKey, k.sortKey]))].map(
      (name) => ({ AttributeName: name, AttributeType: 'S' }),
    );
    expect([...table.Properties.AttributeDefinitions].sort(byName)).toEqual(expected.sort(byName));
    expect([...table.Properties.AttributeDefinitions].sort(byName)).toEqual([...local.AttributeDefinitions!].sort(byName));
  });

  it('has every index of table-definition.ts, projecting ALL', () => {
    const indexes = table.Properties.GlobalSecondaryIndexes as { IndexName: string }[];
    expect(indexes.map((i) => i.IndexName).sort()).toEqual(TABLE_INDEXES.map((i) => i.indexName).sort());
    for (const index of TABLE_INDEXES) {
      expect(indexes).toContainEqual({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
    }
    expect([...indexes].sort((a, b) => a.IndexName.localeCompare(b.IndexName))).toEqual(local.GlobalSecondaryIndexes);
  });

  it('bills per request and expires items by the TTL attribute', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.ProvisionedThroughput).toBeUndefined();
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: TIME_TO_LIVE_ATTRIBUTE, Enabled: true });
  });

  it('is protected: point-in-time recovery, retained on delete and replace, deletion protection', () => {
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
  });

  it('is named by CloudFormation, and the name is an output', () => {
    expect(table.Properties.TableName).toBeUndefined();
    template.hasOutput('TableName', { Value: { Ref: table.id } });
  });
});
