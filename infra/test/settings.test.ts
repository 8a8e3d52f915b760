import { stackPropsFromContext } from '../lib/settings';

// `cdk deploy -c name=value`: what an operator types, and what the stack is then given.

const from = (values: Record<string, unknown>) => stackPropsFromContext((key) => values[key]);

it('needs nothing, so that `npx cdk synth` works offline', () => {
  expect(from({})).toEqual({});
});

it('takes the H5 and API domains with their certificates, and an alarm address', () => {
  expect(
    from({ webDomain: 'gov.example.cn', webCertificate: 'ASCAEXAMPLE', apiDomain: 'api.example.cn', apiCertificate: 'arn:aws-cn:acm:cn-north-1:1:certificate/x', alarmEmail: 'ops@example.cn' }),
  ).toEqual({
    webDomain: { domainName: 'gov.example.cn', certificate: 'ASCAEXAMPLE' },
    apiDomain: { domainName: 'api.example.cn', certificateArn: 'arn:aws-cn:acm:cn-north-1:1:certificate/x' },
    alarmEmail: 'ops@example.cn',
  });
});

it('refuses a domain without its certificate, and a certificate without its domain', () => {
  expect(() => from({ webDomain: 'gov.example.cn' })).toThrow('set both webDomain and webCertificate, or neither');
  expect(() => from({ apiCertificate: 'arn:x' })).toThrow('set both apiDomain and apiCertificate, or neither');
});

it('takes a reserved concurrency, or none for an account that cannot reserve any yet', () => {
  expect(from({ reservedConcurrency: '50' })).toEqual({ reservedConcurrency: 50 });
  expect(from({ reservedConcurrency: 'none' })).toEqual({ reservedConcurrency: undefined });
  expect('reservedConcurrency' in from({ reservedConcurrency: 'none' })).toBe(true);
  expect(() => from({ reservedConcurrency: '0' })).toThrow('reservedConcurrency must be a whole number above 0, or none');
  expect(() => from({ reservedConcurrency: 'many' })).toThrow();
});
