import { REFUSALS } from '../../api/src/core/safety';
import { MANAGED_RULE_GROUPS, ORIGIN_HEADER } from '../lib/firewall';
import { onlyResource, resourceNamed, synthStack } from './synth';

// AWS WAF in front of the API: regional, because the China regions have WAF for regional resources
// only (none for CloudFront) and an HTTP API takes none at all (decision 010).

const { template } = synthStack();
const acl = onlyResource(template, 'AWS::WAFv2::WebACL');
const stage = onlyResource(template, 'AWS::ApiGateway::Stage');
const originSecret = resourceNamed(template, 'AWS::SecretsManager::Secret', 'FirewallOriginSecret');
const rules = acl.Properties.Rules as any[];
const rule = (name: string) => rules.find((r) => r.Name === name);
const secretValue = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: originSecret.id }, ':SecretString:::}}']] };
const fromCloudFront = {
  ByteMatchStatement: { FieldToMatch: { SingleHeader: { Name: ORIGIN_HEADER } }, PositionalConstraint: 'EXACTLY', SearchString: secretValue, TextTransformations: [{ Priority: 0, Type: 'NONE' }] },
};

describe('the web application firewall', () => {
  it('is a regional web ACL on the API stage, letting through what no rule blocks', () => {
    expect(acl.Properties).toMatchObject({ Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
    const association = onlyResource(template, 'AWS::WAFv2::WebACLAssociation');
    expect(association.Properties.WebACLArn).toEqual({ 'Fn::GetAtt': [acl.id, 'Arn'] });
    expect(JSON.stringify(association.Properties.ResourceArn)).toContain(JSON.stringify({ Ref: stage.id }));
  });

  it('turns away one client address over 1500 requests in five minutes (300 a minute, as the local server) with 429 in plain Chinese', () => {
    const direct = rule('RequestsPerClientAddress');
    expect(direct.Statement.RateBasedStatement).toEqual({ Limit: 1500, AggregateKeyType: 'IP', ScopeDownStatement: { NotStatement: { Statement: fromCloudFront } } });
    expect(direct.Action.Block.CustomResponse).toEqual({ ResponseCode: 429, CustomResponseBodyKey: 'tooManyRequests', ResponseHeaders: [{ Name: 'retry-after', Value: '60' }] });
    expect(JSON.parse(acl.Properties.CustomResponseBodies.tooManyRequests.Content)).toEqual(REFUSALS.tooManyRequests.body);
    expect(acl.Properties.CustomResponseBodies.tooManyRequests.ContentType).toBe('APPLICATION_JSON');
  });

  it("counts the H5 pages' requests through CloudFront by the address CloudFront forwards, not CloudFront's own, once CloudFront's secret header proves where they came from", () => {
    const viaCloudFront = rule('RequestsPerForwardedAddress');
    expect(viaCloudFront.Statement.RateBasedStatement).toEqual({
      Limit: 1500,
      AggregateKeyType: 'FORWARDED_IP',
      ForwardedIPConfig: { HeaderName: 'X-Forwarded-For', FallbackBehavior: 'MATCH' },
      ScopeDownStatement: fromCloudFront,
    });
    expect(viaCloudFront.Action).toEqual(rule('RequestsPerClientAddress').Action);
    // The secret is generated, and only referred to: its value is in no template.
    expect(originSecret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 40, ExcludePunctuation: true });
  });

  it("applies AWS's managed rules after the rate rules, keeping the common rule set from refusing bodies over 8 KB (the API allows 100 KB)", () => {
    const managed = rules.filter((r) => r.Statement.ManagedRuleGroupStatement);
    expect(managed.map((r) => r.Statement.ManagedRuleGroupStatement.Name)).toEqual([...MANAGED_RULE_GROUPS]);
    for (const r of managed) {
      expect(r.OverrideAction).toEqual({ None: {} });
      expect(r.Priority).toBeGreaterThan(rule('RequestsPerForwardedAddress').Priority);
    }
    expect(rule('AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }]);
  });

  it('publishes metrics for every rule and samples requests an operator can look at', () => {
    for (const r of [...rules, acl.Properties]) expect(r.VisibilityConfig).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
  });
});

it("names the origin secret's version after a rotation, in CloudFront's header and the firewall's match alike, so the deployment re-reads it", () => {
  const { template: rotated } = synthStack({ props: { originSecretVersion: 'v-2026-12-01' } });
  const secret = resourceNamed(rotated, 'AWS::SecretsManager::Secret', 'FirewallOriginSecret');
  const versioned = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secret.id }, ':SecretString:::v-2026-12-01}}']] };
  const web = onlyResource(rotated, 'AWS::CloudFront::Distribution').Properties.DistributionConfig.Origins.find((o: any) => o.OriginCustomHeaders);
  expect(web.OriginCustomHeaders[0].HeaderValue).toEqual(versioned);
  const match = onlyResource(rotated, 'AWS::WAFv2::WebACL').Properties.Rules.find((r: any) => r.Name === 'RequestsPerForwardedAddress').Statement.RateBasedStatement.ScopeDownStatement;
  expect(match.ByteMatchStatement.SearchString).toEqual(versioned);
});
