import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type BucketProps, type IBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * How long access logs are kept: the Cybersecurity Law (网络安全法, art. 21) asks operators to keep
 * network logs for at least six months.
 */
export const ACCESS_LOG_DAYS = 366;

/**
 * What every private GovOpen bucket has: no public access and no ACLs, encrypted, HTTPS only, its
 * access logged under `logPrefix` in the access-log bucket, and kept when the stack goes.
 */
export function privateBucketProps(accessLogs: IBucket, logPrefix: string): BucketProps {
  return {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: logPrefix,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/** The private bucket that S3 server access logs and CloudFront's standard logs are delivered to. */
export class GovOpenAccessLogs extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // CloudFront's standard logs are delivered with an ACL, so ACLs stay enabled, owned by the bucket owner.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(ACCESS_LOG_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself: logging its own access into itself would log every delivery, without end.',
    });
  }
}
