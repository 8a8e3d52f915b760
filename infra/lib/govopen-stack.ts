import { CfnOutput, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { GovOpenAccessLogs } from './access-logs';
import { GovOpenApi, type CustomDomain } from './api';
import { ApiFunction } from './api-function';
import { GovOpenData } from './data';
import { GovOpenFirewall, ORIGIN_HEADER } from './firewall';
import { GovOpenMonitoring } from './monitoring';
import { GovOpenPhotos } from './photos';
import { GovOpenSchedule } from './schedule';
import { GovOpenWebHosting, type WebDomain } from './web-hosting';

export interface GovOpenStackProps extends StackProps {
  /** The H5 pages' (and, through CloudFront, their API's) domain; required in China. */
  readonly webDomain?: WebDomain;
  /** The API's own domain, which the mini-program calls. */
  readonly apiDomain?: CustomDomain;
  /** Subscribed to the alarm topic. */
  readonly alarmEmail?: string;
  /** See ApiFunctionProps.reservedConcurrency; leave the key out for the default. */
  readonly reservedConcurrency?: number;
  /** The API's other settings (README, Configuration), none secret; settings.ts checks them. */
  readonly appSettings?: Record<string, string>;
  /** The CloudFront origin secret's version to use, after it was changed (docs/deploy.md). */
  readonly originSecretVersion?: string;
  /** A table restored from point-in-time recovery, used instead of the stack's own (docs/deploy.md). */
  readonly restoredTableName?: string;
}

/**
 * GovOpen on AWS: the table and the photo bucket; the GraphQL Lambda behind API Gateway and its web
 * application firewall; the H5 pages on CloudFront; the schedules (hourly, and every 5 minutes for subscribers' news); alarms. One construct per concern.
 */
export class GovOpenStack extends Stack {
  constructor(scope: Construct, id: string, props: GovOpenStackProps = {}) {
    super(scope, id, props);
    const webOrigin = props.webDomain ? `https://${props.webDomain.domainName}` : undefined;

    const accessLogs = new GovOpenAccessLogs(this, 'AccessLogs');
    const data = new GovOpenData(this, 'Data', props.restoredTableName ? { restoredTableName: props.restoredTableName } : {});
    // Browsers PUT photos from the H5 pages' origin; the mini-program uses no CORS.
    const photos = new GovOpenPhotos(this, 'Photos', { accessLogs: accessLogs.bucket, ...(webOrigin ? { allowOrigins: [webOrigin] } : {}) });
    // Signs session tokens; the function reads it at cold start, so the value is in no template or setting.
    const sessionSecret = new Secret(this, 'SessionSecret', {
      description: 'GovOpen: signs session tokens (HS256)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(sessionSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'A new session secret signs everybody out, residents and staff alike, so it is rotated by an operator at a chosen time (docs/deploy.md, "Rotate the session secret"), not on a schedule.',
    });
    // The mini-program's AppSecret: WeChat issues it; an operator puts it here after the first deployment.
    const weChatAppSecret = new Secret(this, 'WeChatAppSecret', { description: 'GovOpen: the WeChat mini-program AppSecret (put the value from mp.weixin.qq.com)' });
    Validations.of(weChatAppSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'WeChat issues the AppSecret and alone can change it (reset in the mini-program admin console); the new value is then put here (docs/deploy.md).',
    });

    const api = new ApiFunction(this, 'GraphQL', {
      environment: {
        ...props.appSettings,
        TABLE_NAME: data.table.tableName,
        PHOTO_BUCKET: photos.bucket.bucketName,
        NODE_ENV: 'production',
        SESSION_SECRET_ARN: sessionSecret.secretArn,
        WECHAT_APP_SECRET_ARN: weChatAppSecret.secretArn,
        ...(webOrigin ? { PUBLIC_BASE_URL: webOrigin } : {}),
      },
      ...('reservedConcurrency' in props ? { reservedConcurrency: props.reservedConcurrency } : {}),
    });
    data.grantApplicationAccess(api.fn);
    photos.grantPhotoAccess(api.fn);
    sessionSecret.grantRead(api.fn);
    weChatAppSecret.grantRead(api.fn);

    const http = new GovOpenApi(this, 'Api', { handler: api.fn, ...(props.apiDomain ? { domain: props.apiDomain } : {}) });
    const firewall = new GovOpenFirewall(this, 'Firewall', { stage: http.stage, ...(props.originSecretVersion ? { originSecretVersion: props.originSecretVersion } : {}) });
    const web = new GovOpenWebHosting(this, 'Web', {
      api: http.api,
      originHeader: { name: ORIGIN_HEADER, value: firewall.originSecretValue },
      accessLogs: accessLogs.bucket,
      ...(props.webDomain ? { domain: props.webDomain } : {}),
    });
    new GovOpenSchedule(this, 'Schedule', { handler: api.fn });
    const monitoring = new GovOpenMonitoring(this, 'Monitoring', {
      api: http.api,
      fn: api.fn,
      fnTimeout: api.timeout,
      table: data.table,
      firewall,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });

    new CfnOutput(this, 'WebUrl', { value: webOrigin ?? web.url, description: 'The H5 pages; the same domain answers POST /graphql' });
    new CfnOutput(this, 'DistributionDomain', { value: web.distribution.distributionDomainName, description: 'CNAME target of webDomain' });
    new CfnOutput(this, 'WebBucket', { value: web.bucket.bucketName, description: 'Where infra/scripts/publish-h5.ts puts the H5 build' });
    new CfnOutput(this, 'ApiUrl', { value: http.api.url, description: 'The execute-api URL; GraphQL is POST {ApiUrl}graphql' });
    if (props.apiDomain) {
      new CfnOutput(this, 'ApiDomainTarget', { value: http.api.domainName!.domainNameAliasDomainName, description: 'CNAME target of apiDomain' });
    }
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'PhotoBucket', { value: photos.bucket.bucketName });
    new CfnOutput(this, 'SessionSecretArn', { value: sessionSecret.secretArn, description: 'Rotate: docs/deploy.md' });
    new CfnOutput(this, 'WeChatAppSecretArn', { value: weChatAppSecret.secretArn, description: 'Put the mini-program AppSecret here' });
    new CfnOutput(this, 'OriginSecretArn', { value: firewall.originSecret.secretArn, description: 'Rotate: docs/deploy.md' });
    new CfnOutput(this, 'FunctionName', { value: api.fn.functionName });
    new CfnOutput(this, 'AlarmTopic', { value: monitoring.topic.topicArn, description: 'Subscribe operators to it' });
  }
}
