import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Bucket, type CfnBucket, HttpMethods, type IBucket, StorageClass } from 'aws-cdk-lib/aws-s3';
import { privateBucketProps } from './access-logs';
import { Construct } from 'constructs';
import { ATTACHMENT_TAG, PHOTO_FOLDERS } from '../../api/src/core/photo-storage';

/**
 * Where photos live in the bucket (api/src/core/photo-storage.ts names keys <folder>/<owner>/<uuid>.<ext>):
 * projects/ for progress photos (public), consultations/ for residents' question photos (private).
 */
export const PHOTO_PREFIXES = PHOTO_FOLDERS.map((folder) => `${folder}/`);

export interface GovOpenPhotosProps {
  /** Where S3 delivers the bucket's server access logs (under photos/). */
  readonly accessLogs: IBucket;
  /**
   * Origins allowed to PUT photos with the presigned URLs. wx.request in the mini-program does not
   * use CORS; this is for the H5 build in a browser. Uploads are authorised by the signature alone.
   * @default ['*']
   */
  readonly allowOrigins?: string[];
}

/**
 * The private bucket for livelihood projects' progress photos and residents' question photos. Nothing
 * in it is public: clients upload and read through URLs the API presigns (a question's photos only to
 * the asker and the handling department); the API itself may only put and get under PHOTO_PREFIXES.
 */
export class GovOpenPhotos extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: GovOpenPhotosProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      // Retained: the public record of what the district did; a stack deletion must never drop it.
      ...privateBucketProps(props.accessLogs, 'photos/'),
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: props.allowOrigins ?? ['*'],
          // The headers a presigned PUT signs and the client sends (api/src/core/photo-storage-s3.ts).
          allowedHeaders: ['content-type', 'if-none-match', 'x-amz-tagging'],
          maxAge: Duration.days(1).toSeconds(),
        },
      ],
      lifecycleRules: [
        // Photos are the public record of the projects: kept, but moved to cheaper storage once the year is over.
        { id: 'older-photos-to-infrequent-access', prefix: 'projects/', transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(365) }] },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // A photo uploaded for a question (or a progress update) that was never sent: tagged unattached
        // at upload, retagged when named, gone a day on (UNATTACHED_PHOTO_HOURS; S3 counts whole days).
        // The bucket does it: the API needs neither list nor delete, and no task walks the bucket.
        { id: 'unattached-photos', tagFilters: { [ATTACHMENT_TAG.key]: ATTACHMENT_TAG.unattached }, expiration: Duration.days(1) },
      ],
    });
  }

  /** Lets the API put, get and tag photos (HeadObject included; tags mark them attached) under PHOTO_PREFIXES, nothing else: no list, no delete. */
  grantPhotoAccess(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:PutObjectTagging', 's3:GetObject'], resources: PHOTO_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)) }),
    );
    const stack = Stack.of(this);
    for (const prefix of PHOTO_PREFIXES) {
      Validations.of(stack).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/${prefix}*]`,
        reason: `Photo keys are made per upload (${prefix}<owner>/<uuid>.<ext>): the grant covers that prefix of this bucket, nothing else.`,
      });
    }
  }
}
