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

it("takes the API's other settings as a JSON object (from -c) or an object (cdk.context.json)", () => {
  expect(from({ appSettings: '{"WECHAT_APP_ID":"wx0123","CALLBACK_WORKING_DAYS":2}' })).toEqual({ appSettings: { WECHAT_APP_ID: 'wx0123', CALLBACK_WORKING_DAYS: '2' } });
  expect(from({ appSettings: { NOTIFIER: 'wechat' } })).toEqual({ appSettings: { NOTIFIER: 'wechat' } });
});

it('refuses secrets, what the stack sets and the local server\'s own settings among them', () => {
  expect(() => from({ appSettings: '{"WECHAT_APP_SECRET":"x"}' })).toThrow('WECHAT_APP_SECRET never goes in the function\'s settings');
  expect(() => from({ appSettings: '{"STAFF_BOOTSTRAP":"admin:pw"}' })).toThrow('STAFF_BOOTSTRAP never goes in the function\'s settings');
  expect(() => from({ appSettings: '{"SESSION_SECRET":"x"}' })).toThrow('never goes');
  expect(() => from({ appSettings: '{"TABLE_NAME":"other"}' })).toThrow('TABLE_NAME is set by the stack itself');
  expect(() => from({ appSettings: '{"DYNAMODB_ENDPOINT":"http://x"}' })).toThrow('DYNAMODB_ENDPOINT is for the local server only');
  expect(() => from({ appSettings: '["WECHAT_APP_ID"]' })).toThrow('must be a JSON object');
  expect(() => from({ appSettings: '{"wechat id":"x"}' })).toThrow('is not a setting\'s name');
});

it("takes the origin secret's new version id after a rotation, and a table restored from point-in-time recovery", () => {
  expect(from({ originSecretVersion: 'a1b2c3' })).toEqual({ originSecretVersion: 'a1b2c3' });
  expect(from({ restoredTableName: 'govopen-restored' })).toEqual({ restoredTableName: 'govopen-restored' });
});
