import { onlyResource, resources, synthStack } from './synth';

const { template } = synthStack();
const fn = onlyResource(template, 'AWS::Lambda::Function');
const rules = resources(template, 'AWS::Events::Rule');
const ruleAt = (expression: string) => {
  const found = rules.filter((rule) => rule.Properties.ScheduleExpression === expression);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the schedule', () => {
  it('invokes the API function every hour for every task, with retries', () => {
    const hourly = ruleAt('rate(1 hour)');
    expect(hourly.Properties.State).toBe('ENABLED');
    expect(hourly.Properties.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [fn.id, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } })]);
    expect(hourly.Properties.Targets[0].Input).toBeUndefined();
  });

  it('tells subscribers of a publication, and gives open-day seats left free to those waiting, within 5 minutes (docs/features/reach.md, decision 017, docs/features/open-days.md)', () => {
    const prompt = ruleAt('rate(5 minutes)');
    expect(prompt.Properties.State).toBe('ENABLED');
    const [target] = prompt.Properties.Targets;
    expect(target).toEqual(expect.objectContaining({ Arn: { 'Fn::GetAtt': [fn.id, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } }));
    expect(JSON.parse(target.Input)).toEqual({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: { tasks: ['tellSubscribers', 'freeSeatsToWaiters'] } });
    expect(rules).toHaveLength(2);
  });

  it('lets EventBridge, from these rules only, invoke the function', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter((p) => p.Properties.Principal === 'events.amazonaws.com');
    expect(permissions.map((p) => p.Properties.SourceArn).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      rules.map((rule) => ({ 'Fn::GetAtt': [rule.id, 'Arn'] })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    for (const p of permissions) expect(p.Properties.Action).toBe('lambda:InvokeFunction');
  });
});
