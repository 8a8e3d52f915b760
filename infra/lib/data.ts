import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type CfnTable, type ITable, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { AUDIT_PARTITION_PREFIX } from '../../api/src/core/audit';
import { TABLE_INDEXES, TABLE_KEYS, TIME_TO_LIVE_ATTRIBUTE } from '../../api/src/core/table-definition';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** What the API reads with: single items, batches, queries (on the table and its indexes), and the checks inside transactions. */
export const APPLICATION_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'] as const;
/** What the API writes with, alone or inside TransactWriteItems (which is authorised item by item with these). */
export const APPLICATION_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;
/** What nobody may do to an audit record once it is written. */
export const AUDIT_FORBIDDEN_ACTIONS = ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

export interface GovOpenDataProps {
  /**
   * A table restored from point-in-time recovery to use instead of the stack's own (docs/deploy.md):
   * the stack then leaves the old table alone (retained) and creates none.
   */
  readonly restoredTableName?: string;
}

/** GovOpen's single DynamoDB table, built from the definition DynamoDB Local also uses. */
export class GovOpenData extends Construct {
  readonly table: ITable;

  constructor(scope: Construct, id: string, props: GovOpenDataProps = {}) {
    super(scope, id);
    this.table = props.restoredTableName ? Table.fromTableName(this, 'Restored', props.restoredTableName) : this.createTable();
  }

  private createTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: stringKey(TABLE_KEYS.partitionKey),
      sortKey: stringKey(TABLE_KEYS.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TIME_TO_LIVE_ATTRIBUTE,
      // Residents' and the district's data: a stack deletion or a replacement must never drop it.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const index of TABLE_INDEXES) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }

  /**
   * What the API needs and no more: item reads and queries, puts, updates and deletes of single items
   * (transactions are authorised item by item). No Scan, no PartiQL, no batch writes, nothing on the
   * table itself; and audit records are append-only: updating or deleting an item in an audit
   * partition is denied, whatever else is allowed.
   */
  grantApplicationAccess(grantee: IGrantable): void {
    const principal = grantee.grantPrincipal;
    const indexes = `${this.table.tableArn}/index/*`;
    principal.addToPrincipalPolicy(new PolicyStatement({ sid: 'ReadItems', actions: [...APPLICATION_READ_ACTIONS], resources: [this.table.tableArn, indexes] }));
    principal.addToPrincipalPolicy(new PolicyStatement({ sid: 'WriteItems', actions: [...APPLICATION_WRITE_ACTIONS], resources: [this.table.tableArn] }));
    principal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'AuditRecordsAreAppendOnly',
        effect: Effect.DENY,
        actions: [...AUDIT_FORBIDDEN_ACTIONS],
        resources: [this.table.tableArn],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${AUDIT_PARTITION_PREFIX}*`] } },
      }),
    );
    const stack = Stack.of(this);
    const table = this.table.node.defaultChild as CfnTable | undefined;
    const arn = table ? `<${stack.getLogicalId(table)}.Arn>` : `arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/${this.table.tableName}`;
    Validations.of(stack).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${arn}/index/*]`,
      reason: 'Queries run on the table\'s own secondary indexes (gsi1, gsi2, and any added to table-definition.ts): the wildcard stops at this table.',
    });
  }
}
