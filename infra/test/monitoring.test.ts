import { onlyResource, resources, synthStack } from './synth';

// What an operator is told about, and where: one SNS topic for every alarm.

const { template } = synthStack({ props: { alarmEmail: 'ops@example.gov.cn' } });
const topic = onlyResource(template, 'AWS::SNS::Topic');
const alarms = resources(template, 'AWS::CloudWatch::Alarm');
const fn = onlyResource(template, 'AWS::Lambda::Function');
const api = onlyResource(template, 'AWS::ApiGateway::RestApi');
const table = onlyResource(template, 'AWS::DynamoDB::Table');
const alarm = (id: string) => {
  const found = alarms.find((a) => a.id.startsWith(`Monitoring${id}`));
  expect(found).toBeDefined();
  return found!.Properties;
};
const dimensionsOf = (properties: Record<string, any>) => properties.Dimensions ?? properties.Metrics?.flatMap((m: any) => m.MetricStat?.Metric.Dimensions ?? []);

describe('the alarms', () => {
  it('all tell the one topic, when they fire and when they clear, and say where the runbook is', () => {
    expect(alarms.length).toBeGreaterThanOrEqual(10);
    for (const { Properties } of alarms) {
      expect(Properties.AlarmActions).toEqual([{ Ref: topic.id }]);
      expect(Properties.OKActions).toEqual([{ Ref: topic.id }]);
      expect(Properties.TreatMissingData).toBe('notBreaching');
      expect(Properties.AlarmDescription).toMatch(/docs\/deploy\.md/);
    }
  });

  it('watch the API for 5xx answers and slowness', () => {
    expect(alarm('ApiServerErrors')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5XXError', Statistic: 'Sum', Threshold: 5 });
    expect(dimensionsOf(alarm('ApiServerErrors'))).toContainEqual({ Name: 'ApiName', Value: expect.anything() });
    expect(alarm('ApiLatency')).toMatchObject({ MetricName: 'Latency', ExtendedStatistic: 'p90', Threshold: 3000, EvaluationPeriods: 3 });
    expect(api).toBeDefined();
  });

  it('watch the function for errors, throttles (its reserved concurrency used up) and a duration near its 10 s timeout', () => {
    expect(alarm('LambdaErrors')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: 1 });
    expect(alarm('LambdaThrottles')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Threshold: 1 });
    expect(alarm('LambdaDuration')).toMatchObject({ MetricName: 'Duration', ExtendedStatistic: 'p99', Threshold: 8000 });
    for (const id of ['LambdaErrors', 'LambdaThrottles', 'LambdaDuration']) expect(dimensionsOf(alarm(id))).toEqual([{ Name: 'FunctionName', Value: { Ref: fn.id } }]);
  });

  it('watch the Errors metric the function writes into its error log lines', () => {
    expect(alarm('UnexpectedErrors')).toMatchObject({ Namespace: 'GovOpen', MetricName: 'Errors', Dimensions: [{ Name: 'service', Value: 'govopen-api' }], Threshold: 5 });
  });

  it('watch DynamoDB for its own errors and for throttling, on every operation the API sends', () => {
    for (const id of ['DynamoDbSystemErrors', 'DynamoDbThrottles']) {
      const metrics = alarm(id).Metrics.filter((m: any) => m.MetricStat);
      expect(metrics.map((m: any) => m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'Operation').Value).sort()).toEqual(
        ['BatchGetItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'TransactWriteItems', 'UpdateItem'],
      );
      for (const m of metrics) expect(m.MetricStat.Metric.Dimensions).toContainEqual({ Name: 'TableName', Value: { Ref: table.id } });
    }
  });

  it("watch the firewall's rate rules, for clients turned away again and again", () => {
    expect(alarm('ClientsRateLimited')).toMatchObject({ Namespace: 'AWS/WAFV2', MetricName: 'BlockedRequests', Threshold: 100 });
    expect(dimensionsOf(alarm('ClientsRateLimited'))).toContainEqual({ Name: 'Rule', Value: 'RequestsPerClientAddress' });
    expect(dimensionsOf(alarm('H5ClientsRateLimited'))).toContainEqual({ Name: 'Rule', Value: 'RequestsPerForwardedAddress' });
  });
});

describe('the alarm topic', () => {
  it('is encrypted with a rotated key that CloudWatch may use, takes only TLS, and mails the operator given at deployment', () => {
    const key = onlyResource(template, 'AWS::KMS::Key');
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.id, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(JSON.stringify(key.Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
    const policy = onlyResource(template, 'AWS::SNS::TopicPolicy');
    expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    expect(onlyResource(template, 'AWS::SNS::Subscription').Properties).toMatchObject({ Protocol: 'email', Endpoint: 'ops@example.gov.cn', TopicArn: { Ref: topic.id } });
    expect(template.findOutputs('AlarmTopic').AlarmTopic?.Value).toEqual({ Ref: topic.id });
  });
});
