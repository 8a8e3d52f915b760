import type { S3Client } from '@aws-sdk/client-s3';
import { ATTACHMENT_TAG, type PhotoStorage, UPLOAD_SECONDS, VIEW_URL_SECONDS, viewSigningHour } from './photo-storage';

// Photos in a private S3 bucket (PHOTO_BUCKET; the CDK stack makes it and lets the Lambda put and get
// objects under projects/ only). Clients PUT straight to S3 with a presigned URL that pins the key,
// the content type and the exact length, so S3 itself refuses anything else; they show photos from
// presigned GET URLs signed as of the start of the hour, so a photo keeps one URL (and the client's
// cache) for an hour, and every URL handed out stays valid for at least another hour.
// Every upload is tagged unattached (signed, so the client must send the tag); naming the photo retags
// it attached, and the bucket's lifecycle rule (infra/lib/photos.ts) expires what is still unattached
// after a day: no list, no delete for the API, no scheduled sweep of the bucket.
// The S3 client and the presigner are loaded by the first photo request, not by a cold start.


export interface S3PhotoStorageOptions {
  bucket: string;
  region: string;
  now: () => Date;
  /** Tests pass a client with fixed credentials. */
  client?: S3Client;
}

/** The SDK's S3 modules and the client, loaded once, on first use. */
async function loadS3(options: S3PhotoStorageOptions) {
  const [sdk, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  // Without WHEN_REQUIRED the SDK adds a checksum header to presigned PUTs that a browser or
  // wx.request cannot compute.
  const s3 = options.client ?? new sdk.S3Client({ region: options.region, requestChecksumCalculation: 'WHEN_REQUIRED' });
  return { ...sdk, getSignedUrl, s3 };
}

export function createS3PhotoStorage(options: S3PhotoStorageOptions): PhotoStorage {
  let loaded: ReturnType<typeof loadS3> | undefined;
  const s3Modules = () => (loaded ??= loadS3(options));
  const Bucket = options.bucket;
  return {
    kind: 'S3',
    async prepareUpload(key, contentType, bytes) {
      const { getSignedUrl, PutObjectCommand, s3 } = await s3Modules();
      const signingDate = options.now();
      // If-None-Match: * (signed, so it must be sent): S3 refuses the PUT once the key holds an object,
      // so an upload URL works once and a published photo is never replaced (issue 11, finding 6).
      const tagging = `${ATTACHMENT_TAG.key}=${ATTACHMENT_TAG.unattached}`;
      const uploadUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key: key, ContentType: contentType, ContentLength: bytes, IfNoneMatch: '*', Tagging: tagging }), {
        expiresIn: UPLOAD_SECONDS,
        signingDate,
        signableHeaders: new Set(['content-type', 'content-length', 'if-none-match', 'x-amz-tagging']),
        // Left in the query string, S3 would ignore the tag: it must be a header, signed.
        unhoistableHeaders: new Set(['x-amz-tagging']),
      });
      return {
        uploadUrl,
        method: 'PUT',
        headers: { 'content-type': contentType, 'if-none-match': '*', 'x-amz-tagging': tagging },
        photoKey: key,
        expiresAt: new Date(signingDate.getTime() + UPLOAD_SECONDS * 1000).toISOString(),
      };
    },
    async exists(key) {
      const { HeadObjectCommand, s3 } = await s3Modules();
      try {
        await s3.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        // Without s3:ListBucket (not granted) S3 answers 403 rather than 404 for a missing key.
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 404 || status === 403) return false;
        throw error;
      }
    },
    async viewUrl(key) {
      const { getSignedUrl, GetObjectCommand, s3 } = await s3Modules();
      return getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: VIEW_URL_SECONDS, signingDate: viewSigningHour(options.now()) });
    },
    async attach(keys) {
      const { PutObjectTaggingCommand, s3 } = await s3Modules();
      const Tagging = { TagSet: [{ Key: ATTACHMENT_TAG.key, Value: ATTACHMENT_TAG.attached }] };
      await Promise.all(keys.map((Key) => s3.send(new PutObjectTaggingCommand({ Bucket, Key, Tagging }))));
    },
    // The lifecycle rule expires unattached photos; the API may neither list nor delete.
    removeUnattached: async () => 0,
  };
}
