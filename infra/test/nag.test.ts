import { awsSolutionsViolations } from './synth';

// cdk-nag's AWS Solutions checks run on every `cdk synth` (infra/bin/app.ts); each finding the stack
// keeps is acknowledged in code next to what it is about, with its reason.

const errors = (props?: Parameters<typeof awsSolutionsViolations>[0]) =>
  awsSolutionsViolations(props)
    .filter((violation) => violation.severity === 'error')
    .map((violation) => `${violation.ruleName} at ${violation.violatingConstructs.map((c) => c.constructPath).join(', ')}`);

it('finds nothing unacknowledged in the stack as synthesized offline, without a domain', () => {
  expect(errors()).toEqual([]);
});

it('finds nothing unacknowledged in a China deployment: IAM certificate on CloudFront, ACM on the API, an alarm address', () => {
  expect(
    errors({
      webDomain: { domainName: 'gov.example.cn', certificate: 'ASCAEXAMPLECERTIFICATE' },
      apiDomain: { domainName: 'api.example.cn', certificateArn: 'arn:aws-cn:acm:cn-north-1:123456789012:certificate/example' },
      alarmEmail: 'ops@example.cn',
    }),
  ).toEqual([]);
});

it('finds nothing unacknowledged with an ACM certificate on CloudFront (global partition)', () => {
  expect(errors({ webDomain: { domainName: 'gov.example.com', certificate: 'arn:aws:acm:us-east-1:123456789012:certificate/example' } })).toEqual([]);
});

it('finds nothing unacknowledged after a point-in-time restore (restoredTableName)', () => {
  expect(errors({ restoredTableName: 'govopen-restored-2026-12-01' })).toEqual([]);
});
