import { resourceNamed, resources, synthStack } from './synth';

// The progress photos' bucket: private, encrypted, HTTPS only, open to presigned PUTs from browsers,
// and reachable by the API only under projects/ and consultations/.

const { template } = synthStack();
const bucket = resourceNamed(template, 'AWS::S3::Bucket', 'PhotosBucket');
const accessLogs = resourceNamed(template, 'AWS::S3::Bucket', 'AccessLogsBucket');
const bucketArn = { 'Fn::GetAtt': [bucket.id, 'Arn'] };
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('the photo bucket', () => {
  it('blocks every kind of public access and leaves ACLs out', () => {
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it('encrypts at rest and refuses anything but HTTPS', () => {
    expect(bucket.Properties.BucketEncryption).toEqual({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
    const policy = resources(template, 'AWS::S3::BucketPolicy').find((p) => p.Properties.Bucket.Ref === bucket.id)!;
    const statements = asList(policy.Properties.PolicyDocument.Statement as any[]);
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    // The bucket policy only ever denies: nothing is granted to anyone through it.
    expect(statements.every((statement) => statement.Effect === 'Deny')).toBe(true);
  });

  it('lets browsers PUT to presigned URLs (CORS), with only the headers the URL signs', () => {
    const [rule, ...others] = bucket.Properties.CorsConfiguration.CorsRules;
    expect(others).toEqual([]);
    expect(rule.AllowedMethods.sort()).toEqual(['GET', 'PUT']);
    expect(rule.AllowedHeaders).toEqual(['content-type', 'if-none-match', 'x-amz-tagging']);
    expect(rule.AllowedOrigins.length).toBeGreaterThan(0);
  });

  it('has its server access logged to the access-log bucket', () => {
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: accessLogs.id }, LogFilePrefix: 'photos/' });
  });

  it('keeps the photos (retained on delete), moving year-old ones to infrequent access and dropping abandoned uploads', () => {
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    const rules = bucket.Properties.LifecycleConfiguration.Rules as any[];
    expect(rules).toContainEqual(expect.objectContaining({ Prefix: 'projects/', Status: 'Enabled', Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 365 }] }));
    expect(rules).toContainEqual(expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }));
    // Only a photo still tagged unattached (uploaded, never named by a question or an update) ever expires: a day on.
    expect(rules.filter((rule) => rule.ExpirationInDays !== undefined)).toEqual([
      expect.objectContaining({ ExpirationInDays: 1, Status: 'Enabled', TagFilters: [{ Key: 'govopen-photo', Value: 'unattached' }] }),
    ]);
    expect(rules.find((rule) => rule.ExpirationInDays !== undefined).Prefix).toBeUndefined();
  });

  it('is named by CloudFormation, and the name is an output', () => {
    expect(bucket.Properties.BucketName).toBeUndefined();
    template.hasOutput('PhotoBucket', { Value: { Ref: bucket.id } });
  });

  it('is reachable by the Lambda only to put, get and tag objects under projects/ and consultations/ (no list, no delete, no bucket-wide grant)', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) => asList(policy.Properties.PolicyDocument.Statement as any[]));
    const s3 = statements.filter((statement) => asList(statement.Action as string | string[]).some((action) => action.startsWith('s3:')));
    expect(s3).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:PutObjectTagging'],
        Resource: [{ 'Fn::Join': ['', [bucketArn, '/consultations/*']] }, { 'Fn::Join': ['', [bucketArn, '/projects/*']] }],
      },
    ]);
  });
});
