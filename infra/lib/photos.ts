import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where progress photos live in the bucket (api/src/projects/photo-storage.ts names keys projects/<id>/<uuid>.<ext>). */
export const PHOTO_PREFIX = 'projects/';

export interface GovOpenPhotosProps {
  /**
   * Origins allowed to PUT photos with the presigned URLs. wx.request in the mini-program does not
   * use CORS; this is for the H5 build in a browser. Uploads are authorised by the signature alone.
   * @default ['*']
   */
  readonly allowOrigins?: string[];
}

/**
 * The private bucket for livelihood projects' progress photos. Nothing in it is public: clients
 * upload and read through URLs the API presigns; the API itself may only put and get under PHOTO_PREFIX.
 */
export class GovOpenPhotos extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: GovOpenPhotosProps = {}) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: props.allowOrigins ?? ['*'],
          allowedHeaders: ['content-type'],
          maxAge: Duration.days(1).toSeconds(),
        },
      ],
      lifecycleRules: [
        // Photos are the public record of the projects: kept, but moved to cheaper storage once the year is over.
        { id: 'older-photos-to-infrequent-access', prefix: PHOTO_PREFIX, transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(365) }] },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // The public record of what the district did: a stack deletion must never drop it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Lets the API put and get photos (HeadObject included) under PHOTO_PREFIX, nothing else: no list, no delete. */
  grantPhotoAccess(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [this.bucket.arnForObjects(`${PHOTO_PREFIX}*`)] }),
    );
  }
}
