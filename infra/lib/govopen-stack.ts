import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ApiFunction } from './api-function';
import { GovOpenData } from './data';
import { GovOpenHttpApi } from './http-api';
import { GovOpenPhotos } from './photos';
import { GovOpenSchedule } from './schedule';

/** GovOpen's whole backend: the table, the photo bucket, the GraphQL Lambda, the HTTP API in front of it and its hourly schedule. */
export class GovOpenStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const data = new GovOpenData(this, 'Data');
    const photos = new GovOpenPhotos(this, 'Photos');
    // Signs session tokens; the function reads it at cold start, so the value is in no template or setting.
    const sessionSecret = new Secret(this, 'SessionSecret', {
      description: 'GovOpen: signs session tokens (HS256)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    const api = new ApiFunction(this, 'GraphQL', {
      environment: {
        TABLE_NAME: data.table.tableName,
        PHOTO_BUCKET: photos.bucket.bucketName,
        NODE_ENV: 'production',
        SESSION_SECRET_ARN: sessionSecret.secretArn,
      },
    });
    data.table.grantReadWriteData(api.fn);
    photos.grantPhotoAccess(api.fn);
    sessionSecret.grantRead(api.fn);

    const http = new GovOpenHttpApi(this, 'Http', { handler: api.fn });
    new GovOpenSchedule(this, 'Schedule', { handler: api.fn });

    new CfnOutput(this, 'ApiUrl', { value: http.url, description: 'Base URL; GraphQL is POST {ApiUrl}graphql' });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'PhotoBucket', { value: photos.bucket.bucketName });
  }
}
