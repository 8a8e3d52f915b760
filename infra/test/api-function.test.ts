import { asList, onlyResource, resourceNamed, resources, synthStack } from './synth';

const { template } = synthStack();
const fn = onlyResource(template, 'AWS::Lambda::Function');
const table = onlyResource(template, 'AWS::DynamoDB::Table');
const role = resourceNamed(template, 'AWS::IAM::Role', 'GraphQLRole');
const secret = resourceNamed(template, 'AWS::SecretsManager::Secret', 'SessionSecret');
const weChatSecret = resourceNamed(template, 'AWS::SecretsManager::Secret', 'WeChatAppSecret');
const photos = resourceNamed(template, 'AWS::S3::Bucket', 'PhotosBucket');
const logs = resourceNamed(template, 'AWS::Logs::LogGroup', 'GraphQLLogs');

const photosArn = ['/consultations/*', '/projects/*'].map((prefix) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [photos.id, 'Arn'] }, prefix]] }));
const policies = resources(template, 'AWS::IAM::Policy').filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: role.id }]));
const statements = policies.flatMap((policy) => asList(policy.Properties.PolicyDocument.Statement as any[]));

describe('the GraphQL Lambda', () => {
  it('runs api/src/lambda.ts#handler on Node.js 22, arm64', () => {
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    // The bundle's entry is index.mjs (infra/lib/lambda-bundle.ts), so the exported `handler` is index.handler.
    expect(fn.Properties.Handler).toBe('index.handler');
  });

  it('has about 1 GB of memory and a 10 s timeout', () => {
    expect(fn.Properties.MemorySize).toBe(1024);
    expect(fn.Properties.Timeout).toBe(10);
  });

  it('keeps 20 concurrent executions and never runs more, so a flood cannot take the account or the bill with it', () => {
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(20);
    const unreserved = synthStack({ props: { reservedConcurrency: undefined } }).template;
    expect(onlyResource(unreserved, 'AWS::Lambda::Function').Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('is configured by its environment: the table, the photo bucket, production, the secrets by reference', () => {
    expect(fn.Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: table.id },
      PHOTO_BUCKET: { Ref: photos.id },
      NODE_ENV: 'production',
      SESSION_SECRET_ARN: { Ref: secret.id },
      WECHAT_APP_SECRET_ARN: { Ref: weChatSecret.id },
    });
  });

  it("takes the deployment's other settings (appSettings), but never over what the stack sets", () => {
    const { template: withSettings } = synthStack({ props: { appSettings: { WECHAT_APP_ID: 'wx0123456789', DISTRICT_OFFICE: '示范区政府办公室' } } });
    expect(onlyResource(withSettings, 'AWS::Lambda::Function').Properties.Environment.Variables).toMatchObject({ WECHAT_APP_ID: 'wx0123456789', DISTRICT_OFFICE: '示范区政府办公室', NODE_ENV: 'production' });
  });

  it('points rating links at the H5 pages when the deployment has a domain', () => {
    const { template: withDomain } = synthStack({ props: { webDomain: { domainName: 'gov.example.cn', certificate: 'ASCAEXAMPLE' } } });
    expect(onlyResource(withDomain, 'AWS::Lambda::Function').Properties.Environment.Variables.PUBLIC_BASE_URL).toBe('https://gov.example.cn');
  });

  it('has a generated session secret and a WeChat AppSecret to be put, whose values appear nowhere in the template', () => {
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
    expect(weChatSecret.Properties.SecretString).toBeUndefined();
    expect(JSON.stringify(template.toJSON())).not.toMatch(/SESSION_SECRET"\s*:\s*"/);
  });

  it('logs to its own log group, kept a year', () => {
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logs.id } });
    expect(logs.Properties.RetentionInDays).toBe(365);
  });
});

describe('the Lambda role (least privilege)', () => {
  it('is assumed by Lambda alone, and the function uses it', () => {
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [role.id, 'Arn'] });
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
  });

  it('has no managed policy at all, not even AWSLambdaBasicExecutionRole (which may write to any log group)', () => {
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(template.findResources('AWS::IAM::ManagedPolicy')).toEqual({});
  });

  it('writes logs to its own log group only, and cannot create log groups', () => {
    const logging = statements.filter((statement) => asList(statement.Action).some((action: string) => action.startsWith('logs:')));
    expect(logging).toEqual([{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [logs.id, 'Arn'] } }]);
  });

  it('reads its two secrets, puts, gets and tags photos, and works on the table, with nothing on "*" and no NotAction', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
      expect(asList(statement.Resource)).not.toContain('*');
      const actions = asList(statement.Action as string | string[]);
      expect(actions.every((action) => /^(logs|dynamodb|s3|secretsmanager):[A-Za-z]+$/.test(action))).toBe(true);
    }
    const secrets = statements.filter((statement) => asList(statement.Action).some((action: string) => action.startsWith('secretsmanager:')));
    expect(secrets.flatMap((statement) => asList(statement.Action))).toEqual(expect.arrayContaining(['secretsmanager:GetSecretValue']));
    expect(secrets.flatMap((statement) => asList(statement.Action)).every((action: string) => ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'].includes(action))).toBe(true);
    expect(secrets.flatMap((statement) => asList(statement.Resource))).toEqual(expect.arrayContaining([{ Ref: secret.id }, { Ref: weChatSecret.id }]));
    expect(secrets.flatMap((statement) => asList(statement.Resource))).toHaveLength(2);
    expect(statements).toContainEqual({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:PutObjectTagging'], Resource: photosArn });
  });
});
