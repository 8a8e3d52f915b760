import { onlyResource, synthStack } from './synth';

const { template } = synthStack();
const fn = onlyResource(template, 'AWS::Lambda::Function');
const table = onlyResource(template, 'AWS::DynamoDB::Table');
const role = onlyResource(template, 'AWS::IAM::Role');
const secret = onlyResource(template, 'AWS::SecretsManager::Secret');
const bucket = onlyResource(template, 'AWS::S3::Bucket');

const tableArn = { 'Fn::GetAtt': [table.id, 'Arn'] };
const indexesArn = { 'Fn::Join': ['', [tableArn, '/index/*']] };
const photosArn = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket.id, 'Arn'] }, '/projects/*']] };
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('the GraphQL Lambda', () => {
  it('runs api/src/lambda.ts#handler on Node.js 22, arm64', () => {
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    // NodejsFunction bundles the entry to index.js, so the exported `handler` is index.handler.
    expect(fn.Properties.Handler).toBe('index.handler');
  });

  it('has about 1 GB of memory and a 10 s timeout', () => {
    expect(fn.Properties.MemorySize).toBe(1024);
    expect(fn.Properties.Timeout).toBe(10);
  });

  it('is configured by its environment: the table, the photo bucket, production, the session secret by reference, source maps', () => {
    expect(fn.Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: table.id },
      PHOTO_BUCKET: { Ref: bucket.id },
      NODE_ENV: 'production',
      SESSION_SECRET_ARN: { Ref: secret.id },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('has a generated session secret whose value appears nowhere in the template', () => {
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64 });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/SESSION_SECRET"\s*:\s*"/);
  });

  it('logs to its own log group, with a retention', () => {
    const logs = onlyResource(template, 'AWS::Logs::LogGroup');
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logs.id } });
    expect(logs.Properties.RetentionInDays).toEqual(expect.any(Number));
  });
});

describe('the Lambda role (least privilege)', () => {
  const policies = Object.entries(template.findResources('AWS::IAM::Policy'));
  const statements = policies.flatMap(([, policy]) => asList(policy.Properties.PolicyDocument.Statement as any));

  it('is the only role in the stack, and the function uses it', () => {
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [role.id, 'Arn'] });
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
  });

  it('has no managed policy but basic Lambda logging', () => {
    expect(role.Properties.ManagedPolicyArns).toEqual([
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] },
    ]);
  });

  it('has its inline policies attached to this role only', () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const [, policy] of policies) expect(policy.Properties.Roles).toEqual([{ Ref: role.id }]);
    expect(template.findResources('AWS::IAM::ManagedPolicy')).toEqual({});
  });

  it('allows only named dynamodb actions on the table and its indexes, reading the session secret, and putting and getting photos', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
      const actions = asList(statement.Action as string | string[]);
      const resources = asList(statement.Resource);
      expect(resources).not.toContain('*');
      if (actions.every((action) => action.startsWith('secretsmanager:'))) {
        expect(actions.sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
        expect(resources).toEqual([{ Ref: secret.id }]);
        continue;
      }
      if (actions.every((action) => action.startsWith('s3:'))) {
        expect(actions.sort()).toEqual(['s3:GetObject', 's3:PutObject']);
        expect(resources).toEqual([photosArn]);
        continue;
      }
      for (const action of actions) expect(action).toMatch(/^dynamodb:[A-Za-z]+$/);
      for (const resource of resources) expect([tableArn, indexesArn]).toContainEqual(resource);
    }
  });

  it('can read and write items', () => {
    const actions = new Set(statements.flatMap((s) => asList(s.Action as string | string[])));
    for (const action of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) {
      expect(actions).toContain(action);
    }
    expect(actions).not.toContain('dynamodb:DeleteTable');
  });
});
