import { Duration, Validations } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  type CfnDistribution,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginRequestPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { privateBucketProps } from './access-logs';
import { RATING_PATH_PREFIX, ratePageForPath } from '../../api/src/ratings/rating-paths';
import { SCAN_SIGN_IN_PATH_PREFIX, scanSignInPageForPath } from '../../api/src/scan-sign-in/scan-sign-in-paths';

/**
 * A CloudFront Function that sends a path address on to an H5 hash route, running the local server's
 * own `pageForPath` from its source, so the edge and `npm start` read an address the same way.
 */
const redirectCode = (pageForPath: (uri: string) => string | null) => `${pageForPath.toString()}
function handler(event) {
  var page = ${pageForPath.name}(event.request.uri);
  if (!page) return event.request;
  return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/#/' + page }, 'cache-control': { value: 'no-cache' } } };
}`;

/** A printed rating code's address (/r/<service>[/<window>]) to the H5 rate page. */
export const RATING_REDIRECT_CODE = redirectCode(ratePageForPath);

/** A 扫码登录 code's address (/d/<code>) opened by a scanner other than WeChat's, to the H5 confirm page, which asks for WeChat's 扫一扫. */
export const SCAN_SIGN_IN_REDIRECT_CODE = redirectCode(scanSignInPageForPath);

/** The paths CloudFront forwards to the API; everything else is the H5 build in S3. */
export const API_PATHS = ['/graphql', '/health'] as const;

export interface WebDomain {
  /** e.g. gov.example.cn. In China CloudFront serves nothing without it, and it must be ICP-filed. */
  readonly domainName: string;
  /**
   * Its certificate: an ACM certificate's ARN (in us-east-1, for the global partition), or, in the
   * China regions where CloudFront takes no ACM certificate, the ID of a certificate uploaded to IAM.
   */
  readonly certificate: string;
}

export interface GovOpenWebHostingProps {
  /** The API CloudFront forwards API_PATHS to, so the H5 pages call it on their own domain (no CORS). */
  readonly api: RestApi;
  /** The header CloudFront adds to what it forwards to the API, so the firewall can tell its requests apart (firewall.ts). */
  readonly originHeader: { name: string; value: string };
  readonly accessLogs: IBucket;
  readonly domain?: WebDomain;
}

/**
 * The H5 mini-app for browsers and kiosks: its build in a private S3 bucket behind CloudFront, on the
 * same domain as the API. Cache headers are set per file when the build is published
 * (infra/scripts/publish-h5.ts): hashed assets for a year, index.html revalidated on every load, so
 * a page never runs old code against a newer API after a reload.
 */
export class GovOpenWebHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: GovOpenWebHostingProps) {
    super(scope, id);

    // Rebuilt from the repository at any time, but retained on stack deletion like everything that serves residents.
    this.bucket = new Bucket(this, 'Bucket', privateBucketProps(props.accessLogs, 'web/'));

    // The origin's Cache-Control decides: no-cache (index.html) is revalidated every time, a hashed asset is kept a year.
    const followOrigin = new CachePolicy(this, 'FollowOriginCaching', {
      comment: 'GovOpen H5: as the object Cache-Control says',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const apiBehavior = {
      // Headers, the body and the bearer token go through, Host excepted (API Gateway answers to its own name).
      origin: new RestApiOrigin(props.api, { customHeaders: { [props.originHeader.name]: props.originHeader.value } }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };

    // A path whose viewer request an edge function answers with a redirect (or passes on to S3).
    const redirectBehavior = (id: string, comment: string, code: string) => ({
      origin: S3BucketOrigin.withOriginAccessIdentity(this.bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      functionAssociations: [
        {
          eventType: FunctionEventType.VIEWER_REQUEST,
          function: new CloudFrontFunction(this, id, { comment, code: FunctionCode.fromInline(code), runtime: FunctionRuntime.JS_2_0 }),
        },
      ],
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'GovOpen: the H5 mini-app and its API',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        // Origin access identity, not control: the China regions have no OAC.
        origin: S3BucketOrigin.withOriginAccessIdentity(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: followOrigin,
        compress: true,
      },
      additionalBehaviors: {
        ...Object.fromEntries(API_PATHS.map((path) => [path, apiBehavior])),
        // Printed rating codes and 扫码登录 codes (WeChat's 扫普通链接二维码 rules match these prefixes): a redirect at the edge.
        [`${RATING_PATH_PREFIX}*`]: redirectBehavior('RatingCodeRedirect', 'GovOpen: /r/<service>[/<window>] to the H5 rate page', RATING_REDIRECT_CODE),
        [`${SCAN_SIGN_IN_PATH_PREFIX}*`]: redirectBehavior('ScanSignInRedirect', 'GovOpen: /d/<code> to the H5 sign-in confirm page', SCAN_SIGN_IN_REDIRECT_CODE),
      },
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(props.domain?.certificate.startsWith('arn:')
        ? {
            domainNames: [props.domain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificate),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (props.domain && !props.domain.certificate.startsWith('arn:')) {
      // A certificate in IAM (China): the L2 construct takes only ACM ones.
      const cfn = this.distribution.node.defaultChild as CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [props.domain.domainName]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: props.domain.certificate,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      });
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'The IAM certificate is set by a property override, with TLS 1.2 (TLSv1.2_2021) the minimum; the checks read the construct before the override.',
      });
    }

    const distribution = Validations.of(this.distribution);
    distribution.acknowledge({ id: 'AwsSolutions-CFR7', reason: 'Origin access control does not exist in the China regions, where GovOpen runs; an origin access identity keeps the bucket private in both partitions.' });
    distribution.acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'The web ACL is on the API itself (firewall.ts), regional, because the China regions have no WAF for CloudFront; the static pages need none.',
    });
    distribution.acknowledge({ id: 'AwsSolutions-CFR1', reason: 'The pages are for anyone, residents abroad included; nothing is restricted by country.' });
    if (!props.domain) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a domain of its own (webDomain) a distribution can only use the default *.cloudfront.net certificate, whose policy CloudFront fixes; with one, TLS 1.2 is the minimum. In China a domain is required.',
      });
    }
  }

  /** Where residents open the pages. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
