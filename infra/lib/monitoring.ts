import { Duration } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { LOG_SERVICE, METRIC_NAMESPACE, METRICS } from '../../api/src/core/logger';
import { type GovOpenFirewall, RATE_LIMIT_PER_FIVE_MINUTES, RATE_RULES } from './firewall';

export interface GovOpenMonitoringProps {
  readonly api: RestApi;
  readonly fn: IFunction;
  /** Its timeout: the duration alarm fires well before requests start to time out. */
  readonly fnTimeout: Duration;
  readonly table: ITable;
  readonly firewall: GovOpenFirewall;
  /** Subscribed to the alarm topic at deployment (the address confirms by e-mail); more can subscribe later. */
  readonly alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/** The DynamoDB operations the API sends (an alarm's math expression takes at most 10 metrics). */
const API_OPERATIONS = [Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.TRANSACT_WRITE_ITEMS];

/**
 * What an operator is told about: the API failing (5xx), requests turned away (throttled by the stage,
 * Lambda or DynamoDB, or by the firewall's per-client rate rule), the function failing or running
 * slow, unexpected errors in the logs, DynamoDB errors. Every alarm goes to one SNS topic.
 */
export class GovOpenMonitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: GovOpenMonitoringProps) {
    super(scope, id);

    // CloudWatch can publish to an encrypted topic only with a key whose policy lets it.
    const key = new Key(this, 'TopicKey', { description: 'GovOpen alarm topic', enableKeyRotation: true });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', { displayName: 'GovOpen alarms', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const sum = { period: FIVE_MINUTES, statistic: 'Sum' };
    const perMinute = RATE_LIMIT_PER_FIVE_MINUTES / 5;

    this.alarmOn('ApiServerErrors', 'The API answered 5xx (Lambda failures, timeouts, the gateway itself)', props.api.metricServerError(sum), 5);
    this.alarmOn('ApiLatency', 'The API took over 3 s at p90 for 15 minutes', props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p90' }), 3000, 3);
    this.alarmOn('LambdaErrors', 'The function failed (crashed, timed out or ran out of memory)', props.fn.metricErrors(sum), 1);
    this.alarmOn('LambdaThrottles', 'The function turned invocations away: its reserved concurrency is used up', props.fn.metricThrottles(sum), 1);
    this.alarmOn('LambdaDuration', 'The function ran close to its timeout (p99)', props.fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' }), props.fnTimeout.toMilliseconds() * 0.8);
    this.alarmOn(
      'UnexpectedErrors',
      'Error lines in the function logs (Errors metric from the log lines)',
      new Metric({ namespace: METRIC_NAMESPACE, metricName: METRICS.errors, dimensionsMap: { service: LOG_SERVICE }, ...sum }),
      5,
    );
    this.alarmOn('DynamoDbSystemErrors', 'DynamoDB failed requests on its side', props.table.metricSystemErrorsForOperations({ operations: API_OPERATIONS, period: FIVE_MINUTES }), 1);
    this.alarmOn('DynamoDbThrottles', 'DynamoDB throttled requests (on-demand capacity doubling too slowly, or a hot partition)', props.table.metricThrottledRequestsForOperations({ operations: API_OPERATIONS, period: FIVE_MINUTES }), 1);
    this.alarmOn('ClientsRateLimited', `The firewall turned a client away 100 times in 5 minutes, over its ${perMinute} requests a minute`, props.firewall.metricBlocked(RATE_RULES.direct), 100);
    this.alarmOn('H5ClientsRateLimited', `The firewall turned an H5 client (through CloudFront) away 100 times in 5 minutes, over its ${perMinute} requests a minute`, props.firewall.metricBlocked(RATE_RULES.viaCloudFront), 100);
  }

  private alarmOn(id: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: `GovOpen: ${description}. See docs/deploy.md, "When an alarm fires".`,
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
