import { Duration, SecretValue, Stack, Validations } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { REFUSALS } from '../../api/src/core/safety';

/** The header CloudFront adds to every request it forwards to the API, with a secret value. */
export const ORIGIN_HEADER = 'x-govopen-origin';

/**
 * Requests one client may make in WAF's five-minute window: the local server's per-minute budget
 * (RATE_LIMIT_PER_MINUTE, 300) five times over. Many residents can share one carrier address, so it is generous.
 */
export const RATE_LIMIT_PER_FIVE_MINUTES = DEFAULT_CONFIG.rateLimitPerMinute * 5;

/** AWS managed rule groups, in order: known bad addresses, the common web exploits, known bad inputs. */
export const MANAGED_RULE_GROUPS = ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] as const;

/** The per-client rate rules: clients reaching the API directly, and H5 clients through CloudFront. */
export const RATE_RULES = Object.freeze({ direct: 'RequestsPerClientAddress', viaCloudFront: 'RequestsPerForwardedAddress' });

/** The web ACL's own metric name (WAF's CloudWatch metrics use it as the WebACL dimension). */
const WEB_ACL_METRIC = 'GovOpenApi';

export interface GovOpenFirewallProps {
  /** The REST API's stage the web ACL protects. */
  readonly stage: Stage;
  /**
   * The origin secret's version to use. CloudFormation reads a secret when the resource naming it
   * changes, not when the secret does: naming the new version after changing it is that change.
   * @default the current version at the time of the deployment that first used it
   */
  readonly originSecretVersion?: string;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({ metricName, cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true });

/**
 * AWS WAF in front of the API, regional so that it exists in the China regions too: AWS's managed
 * rules and a per-client rate rule, so one client cannot use up the stage's throttle for everybody.
 * The mini-program reaches the API directly, and its address is the one WAF sees; the H5 pages reach
 * it through CloudFront, which proves itself with a secret header and whose clients are told apart by
 * the address CloudFront forwards (X-Forwarded-For).
 */
export class GovOpenFirewall extends Construct {
  readonly webAcl: CfnWebACL;
  readonly originSecret: Secret;
  /** The value CloudFront sends in ORIGIN_HEADER (web-hosting.ts), as a reference resolved at deployment. */
  readonly originSecretValue: string;

  constructor(scope: Construct, id: string, props: GovOpenFirewallProps) {
    super(scope, id);

    this.originSecret = new Secret(this, 'OriginSecret', {
      description: `GovOpen: the ${ORIGIN_HEADER} header CloudFront sends to the API`,
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Only CloudFront and the web ACL hold this value, and both take it at deployment: it is rotated by changing it and deploying (docs/deploy.md), not on a schedule that would leave them disagreeing.',
    });

    this.originSecretValue = (
      props.originSecretVersion ? SecretValue.secretsManager(this.originSecret.secretArn, { versionId: props.originSecretVersion }) : this.originSecret.secretValue
    ).unsafeUnwrap();
    const fromCloudFront: CfnWebACL.StatementProperty = {
      byteMatchStatement: {
        fieldToMatch: { singleHeader: { Name: ORIGIN_HEADER } },
        positionalConstraint: 'EXACTLY',
        searchString: this.originSecretValue,
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    };
    const tooManyRequests: CfnWebACL.RuleActionProperty = {
      block: { customResponse: { responseCode: REFUSALS.tooManyRequests.status, customResponseBodyKey: 'tooManyRequests', responseHeaders: [{ name: 'retry-after', value: '60' }] } },
    };

    const rules: CfnWebACL.RuleProperty[] = [
      {
        name: RATE_RULES.direct,
        priority: 0,
        action: tooManyRequests,
        statement: { rateBasedStatement: { limit: RATE_LIMIT_PER_FIVE_MINUTES, aggregateKeyType: 'IP', scopeDownStatement: { notStatement: { statement: fromCloudFront } } } },
        visibilityConfig: visibility(RATE_RULES.direct),
      },
      {
        name: RATE_RULES.viaCloudFront,
        priority: 1,
        action: tooManyRequests,
        statement: {
          rateBasedStatement: {
            limit: RATE_LIMIT_PER_FIVE_MINUTES,
            aggregateKeyType: 'FORWARDED_IP',
            forwardedIpConfig: { headerName: 'X-Forwarded-For', fallbackBehavior: 'MATCH' },
            scopeDownStatement: fromCloudFront,
          },
        },
        visibilityConfig: visibility(RATE_RULES.viaCloudFront),
      },
      ...MANAGED_RULE_GROUPS.map(
        (name, index): CfnWebACL.RuleProperty => ({
          name,
          priority: 10 + index,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name,
              // Its 8 KB body limit would refuse a long policy a clerk publishes; the API's own limit is 100 KB.
              ...(name === 'AWSManagedRulesCommonRuleSet' ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] } : {}),
            },
          },
          visibilityConfig: visibility(name),
        }),
      ),
    ];

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: 'GovOpen API: managed rules and a per-client rate rule',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      customResponseBodies: { tooManyRequests: { contentType: 'APPLICATION_JSON', content: JSON.stringify(REFUSALS.tooManyRequests.body) } },
      rules,
      visibilityConfig: visibility(WEB_ACL_METRIC),
    });
    new CfnWebACLAssociation(this, 'Association', { resourceArn: props.stage.stageArn, webAclArn: this.webAcl.attrArn });
  }

  /** Requests one of the web ACL's rules blocked, summed over five minutes. */
  metricBlocked(rule: string): Metric {
    return new Metric({
      namespace: 'AWS/WAFV2',
      metricName: 'BlockedRequests',
      dimensionsMap: { WebACL: WEB_ACL_METRIC, Rule: rule, Region: Stack.of(this).region },
      period: Duration.minutes(5),
      statistic: 'Sum',
    });
  }
}
