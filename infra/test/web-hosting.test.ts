import { ORIGIN_HEADER } from '../lib/firewall';
import { onlyResource, resourceNamed, resources, synthStack } from './synth';

// The H5 pages on S3 behind CloudFront, on the same domain as the API.

const { template } = synthStack();
const distribution = onlyResource(template, 'AWS::CloudFront::Distribution');
const config = distribution.Properties.DistributionConfig;
const bucket = resourceNamed(template, 'AWS::S3::Bucket', 'WebBucket');
const logs = resourceNamed(template, 'AWS::S3::Bucket', 'AccessLogsBucket');
const originSecret = resourceNamed(template, 'AWS::SecretsManager::Secret', 'FirewallOriginSecret');
const originOf = (behavior: { TargetOriginId: string }) => (config.Origins as any[]).find((origin) => origin.Id === behavior.TargetOriginId);

describe('the H5 hosting', () => {
  /** The edge function on a path's behavior, run from its source as CloudFront would. */
  const edgeHandler = (pathPattern: string) => {
    const behavior = (config.CacheBehaviors as any[]).find((b) => b.PathPattern === pathPattern);
    const fn = resources(template, 'AWS::CloudFront::Function').find((f) => behavior.FunctionAssociations[0].FunctionARN['Fn::GetAtt'][0] === f.id)!;
    expect(behavior.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fn.id, 'FunctionARN'] } }]);
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    return new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (event: object) => any;
  };

  it('sends a printed rating code\'s /r/ address on to the rate page at the edge, and nothing else', () => {
    const handler = edgeHandler('/r/*');
    expect(handler({ request: { uri: '/r/a1b2/3' } })).toMatchObject({ statusCode: 302, headers: { location: { value: '/#/pages/rating/rate/index?service=a1b2&window=3' } } });
    expect(handler({ request: { uri: '/r/x/y/z' } })).toEqual({ uri: '/r/x/y/z' });
  });

  it('sends a 扫码登录 code\'s /d/ address, opened outside WeChat, on to the confirm page (which asks for WeChat\'s 扫一扫)', () => {
    const handler = edgeHandler('/d/*');
    expect(handler({ request: { uri: '/d/abcdefghijkm' } })).toMatchObject({ statusCode: 302, headers: { location: { value: '/#/pages/sign-in/confirm/index?code=abcdefghijkm' } } });
    expect(handler({ request: { uri: '/d/short' } })).toEqual({ uri: '/d/short' });
  });

  it('serves index.html at / from a private bucket, through an origin access identity (the China regions have no OAC), over HTTPS', () => {
    expect(config.DefaultRootObject).toBe('index.html');
    const origin = originOf(config.DefaultCacheBehavior);
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucket.id, 'RegionalDomainName'] });
    expect(origin.S3OriginConfig.OriginAccessIdentity).toBeDefined();
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it("caches as each file's Cache-Control says: nothing is kept against an object's no-cache (index.html), a hashed asset up to a year", () => {
    const policy = template.toJSON().Resources[config.DefaultCacheBehavior.CachePolicyId.Ref].Properties.CachePolicyConfig;
    expect(policy.MinTTL).toBe(0);
    expect(policy.MaxTTL).toBe(365 * 24 * 3600);
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({ EnableAcceptEncodingGzip: true, EnableAcceptEncodingBrotli: true });
  });

  it('forwards /graphql and /health to the API stage, uncached, every method, with the headers but Host, and with the secret origin header', () => {
    const behaviors = (config.CacheBehaviors as any[]).filter((b) => !['/r/*', '/d/*'].includes(b.PathPattern));
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual(['/graphql', '/health']);
    for (const behavior of behaviors) {
      expect(behavior).toMatchObject({ ViewerProtocolPolicy: 'https-only', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac' });
      expect(behavior.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
      const origin = originOf(behavior);
      expect(JSON.stringify(origin.DomainName)).toContain('execute-api');
      expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
      expect(origin.OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_HEADER, HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: originSecret.id }, ':SecretString:::}}']] } }]);
    }
  });

  it('logs to the access-log bucket, as do the buckets themselves; the logs are kept a year', () => {
    expect(config.Logging).toEqual({ Bucket: { 'Fn::GetAtt': [logs.id, 'RegionalDomainName'] }, Prefix: 'cloudfront/' });
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logs.id }, LogFilePrefix: 'web/' });
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([expect.objectContaining({ ExpirationInDays: 366, Status: 'Enabled' })]);
  });

  it('outputs the pages\' URL and the bucket to publish to', () => {
    expect(JSON.stringify(template.findOutputs('WebUrl').WebUrl?.Value)).toContain(JSON.stringify({ 'Fn::GetAtt': [distribution.id, 'DomainName'] }));
    expect(template.findOutputs('WebBucket').WebBucket?.Value).toEqual({ Ref: bucket.id });
  });

  it('serves a domain of its own with TLS 1.2 at least: an ACM certificate (global) or an IAM one (China)', () => {
    const acm = synthStack({ props: { webDomain: { domainName: 'gov.example.com', certificate: 'arn:aws:acm:us-east-1:123456789012:certificate/example' } } }).template;
    expect(onlyResource(acm, 'AWS::CloudFront::Distribution').Properties.DistributionConfig).toMatchObject({
      Aliases: ['gov.example.com'],
      ViewerCertificate: { AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/example', MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
    });
    const iam = synthStack({ props: { webDomain: { domainName: 'gov.example.cn', certificate: 'ASCAEXAMPLECERTIFICATE' } } }).template;
    expect(onlyResource(iam, 'AWS::CloudFront::Distribution').Properties.DistributionConfig).toMatchObject({
      Aliases: ['gov.example.cn'],
      ViewerCertificate: { IamCertificateId: 'ASCAEXAMPLECERTIFICATE', MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
    });
    expect(iam.findOutputs('WebUrl').WebUrl?.Value).toBe('https://gov.example.cn');
    // The photo bucket then takes browser uploads from that origin only.
    const photos = resources(iam, 'AWS::S3::Bucket').find((b) => b.id.startsWith('PhotosBucket'))!;
    expect(photos.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins).toEqual(['https://gov.example.cn']);
  });
});
