import { auditRecordItem } from '../../api/src/core/audit';
import { createTableInput, TABLE_INDEXES, TABLE_KEYS, TIME_TO_LIVE_ATTRIBUTE } from '../../api/src/core/table-definition';
import { asList, onlyResource, resourceNamed, resources, synthStack } from './synth';

const { template } = synthStack();
const table = onlyResource(template, 'AWS::DynamoDB::Table');
const role = resourceNamed(template, 'AWS::IAM::Role', 'GraphQLRole');
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

describe("the API's access to the table (least privilege, read from the synthesized policy)", () => {
  const tableArn = { 'Fn::GetAtt': [table.id, 'Arn'] };
  const indexesArn = { 'Fn::Join': ['', [tableArn, '/index/*']] };
  const statements = resources(template, 'AWS::IAM::Policy')
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: role.id }]))
    .flatMap((policy) => asList(policy.Properties.PolicyDocument.Statement as any[]))
    .filter((statement) => asList(statement.Action as string | string[]).some((action) => action.startsWith('dynamodb:')));

  const glob = (pattern: string, value: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(value);
  const applies = (statement: any, action: string, resource: unknown, leadingKey?: string) => {
    if (!asList(statement.Action).includes(action)) return false;
    if (!asList(statement.Resource).some((r: unknown) => JSON.stringify(r) === JSON.stringify(resource))) return false;
    const condition = statement.Condition?.['ForAnyValue:StringLike']?.['dynamodb:LeadingKeys'] as string[] | undefined;
    return condition === undefined || (leadingKey !== undefined && condition.some((pattern) => glob(pattern, leadingKey)));
  };
  /** IAM's answer for one request by the role: an explicit deny wins, then an allow is needed. */
  const allowed = (action: string, { on = tableArn as unknown, pk }: { on?: unknown; pk?: string } = {}) =>
    !statements.some((s) => s.Effect === 'Deny' && applies(s, action, on, pk)) && statements.some((s) => s.Effect === 'Allow' && applies(s, action, on, pk));

  it('lets the API read items and query the table and its indexes, and check conditions in transactions', () => {
    for (const action of ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem']) expect(allowed(action, { pk: 'POLICY#p1' })).toBe(true);
    expect(allowed('dynamodb:Query', { on: indexesArn })).toBe(true);
  });

  it('lets the API put, update and delete ordinary items (alone or inside a transaction)', () => {
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']) expect(allowed(action, { pk: 'EVENT#e1' })).toBe(true);
  });

  it('never lets it Scan, write in batches, use PartiQL, or touch the table itself', () => {
    const everything = statements.flatMap((statement) => asList(statement.Action as string | string[]));
    for (const action of ['dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:PartiQLSelect', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete', 'dynamodb:DeleteTable', 'dynamodb:UpdateTable', 'dynamodb:CreateBackup', 'dynamodb:RestoreTableFromBackup', 'dynamodb:UpdateTimeToLive', 'dynamodb:ExportTableToPointInTime']) {
      expect(everything).not.toContain(action);
    }
    expect(everything.some((action) => action.includes('*'))).toBe(false);
    expect(allowed('dynamodb:Scan', { pk: 'POLICY#p1' })).toBe(false);
  });

  it('keeps audit records append-only: the API adds them but can neither change nor delete one', () => {
    const record = auditRecordItem.item({
      id: 'a1',
      at: '2026-12-03T08:00:00.000Z',
      action: 'staff.create',
      targetType: 'staff',
      targetId: 'wang',
      actor: { kind: 'anonymous' },
    });
    const pk = String(record.pk);
    expect(allowed('dynamodb:PutItem', { pk })).toBe(true);
    expect(allowed('dynamodb:UpdateItem', { pk })).toBe(false);
    expect(allowed('dynamodb:DeleteItem', { pk })).toBe(false);
    // The same actions elsewhere are untouched by the audit rule.
    expect(allowed('dynamodb:UpdateItem', { pk: 'RATING#r1' })).toBe(true);
  });
});

describe('after a point-in-time restore (restoredTableName)', () => {
  const { template: restored } = synthStack({ props: { restoredTableName: 'govopen-restored-2026-12-01' } });

  it('creates no table and points the function, its grants and the alarms at the restored one', () => {
    expect(restored.findResources('AWS::DynamoDB::Table')).toEqual({});
    const fn = onlyResource(restored, 'AWS::Lambda::Function');
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toBe('govopen-restored-2026-12-01');
    const policyText = JSON.stringify(restored.findResources('AWS::IAM::Policy'));
    expect(policyText).toContain(':table/govopen-restored-2026-12-01');
    expect(policyText).toContain('AUDIT#*');
    expect(JSON.stringify(restored.findResources('AWS::CloudWatch::Alarm'))).toContain('govopen-restored-2026-12-01');
    expect(restored.findOutputs('TableName').TableName?.Value).toBe('govopen-restored-2026-12-01');
  });
});
