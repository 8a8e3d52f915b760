import { onlyResource, synthStack } from './synth';

const { template } = synthStack();
const fn = onlyResource(template, 'AWS::Lambda::Function');
const rule = onlyResource(template, 'AWS::Events::Rule');

describe('the schedule', () => {
  it('invokes the API function every hour, with retries', () => {
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Properties.State).toBe('ENABLED');
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [fn.id, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } })]);
  });

  it('lets EventBridge, from this rule only, invoke the function', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter((p) => p.Properties.Principal === 'events.amazonaws.com');
    expect(permissions).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ Action: 'lambda:InvokeFunction', SourceArn: { 'Fn::GetAtt': [rule.id, 'Arn'] } }) }),
    ]);
  });
});
