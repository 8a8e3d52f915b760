import { Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  EndpointType,
  JsonSchemaType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
  SecurityPolicy,
} from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REFUSALS } from '../../api/src/core/safety';

/** The whole API's ceiling, every client together; one client's own share is the firewall's rate rule (firewall.ts). */
export const DEFAULT_THROTTLE = Object.freeze({ rateLimit: 50, burstLimit: 100 });

/** The stage name, also the first path segment of the execute-api URL (CloudFront adds it as the origin path). */
export const STAGE_NAME = 'api';

export interface CustomDomain {
  /** e.g. api.example.gov.cn: ICP-filed in China, and on the mini-program's list of request domains. */
  readonly domainName: string;
  /** ARN of its certificate in ACM, in the stack's region. */
  readonly certificateArn: string;
}

export interface GovOpenApiProps {
  readonly handler: IFunction;
  /** Where the mini-program reaches the API directly; without it, only the execute-api URL and CloudFront. */
  readonly domain?: CustomDomain;
  /** @default DEFAULT_THROTTLE */
  readonly throttle?: { rateLimit: number; burstLimit: number };
}

/** JSON that VTL mapping templates pass through untouched: everything beyond ASCII as \u escapes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The public API: API Gateway's REST API (regional) in front of the GraphQL Lambda, POST /graphql and
 * GET /health. A REST API rather than an HTTP API because it takes a regional web application firewall,
 * which the China regions offer where they offer none for CloudFront (decision 010).
 */
export class GovOpenApi extends Construct {
  readonly api: RestApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: GovOpenApiProps) {
    super(scope, id);
    const throttle = props.throttle ?? DEFAULT_THROTTLE;

    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });
    this.api = new RestApi(this, 'Api', {
      description: 'GovOpen GraphQL API',
      // Edge-optimized APIs do not exist in the China regions; CloudFront is in front where wanted (web-hosting.ts).
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      // API Gateway writes its logs to CloudWatch with this account-wide role.
      cloudWatchRole: true,
      deployOptions: {
        stageName: STAGE_NAME,
        throttlingRateLimit: throttle.rateLimit,
        throttlingBurstLimit: throttle.burstLimit,
        // Errors only, and never request or response bodies: they carry residents' names and numbers.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            // The Lambda's own request id: its log lines carry it as requestId.
            lambdaRequestId: '$context.integration.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.resourcePath',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integration.latency',
            waf: '$context.wafResponseCode',
            error: '$context.error.responseType',
          }),
        ),
      },
      ...(props.domain
        ? {
            domainName: {
              domainName: props.domain.domainName,
              certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
              endpointType: EndpointType.REGIONAL,
              securityPolicy: SecurityPolicy.TLS_1_2,
            },
          }
        : {}),
    });

    // API Gateway refuses a body that is not a JSON object before the Lambda runs; GraphQL checks the rest.
    // (No method declares request parameters, so checking them finds nothing to refuse.)
    const graphqlRequest = this.api.addModel('GraphQLRequest', {
      contentType: 'application/json',
      schema: { type: JsonSchemaType.OBJECT, description: 'One GraphQL operation: query or persisted-query extension, variables, operationName' },
    });
    const validator = this.api.addRequestValidator('BodyIsJsonObject', { validateRequestBody: true, validateRequestParameters: true });
    const integration = new LambdaIntegration(props.handler, { allowTestInvoke: false });
    this.api.root.addResource('graphql').addMethod('POST', integration, { requestValidator: validator, requestModels: { 'application/json': graphqlRequest } });
    this.api.root.addResource('health').addMethod('GET', integration);

    // API Gateway's own refusals, in the words and shape the local server and the Lambda use.
    const answers: Array<[string, ResponseType, (typeof REFUSALS)[keyof typeof REFUSALS], string?]> = [
      ['BadBody', ResponseType.BAD_REQUEST_BODY, REFUSALS.badRequest],
      ['TooLarge', ResponseType.REQUEST_TOO_LARGE, REFUSALS.bodyTooLarge],
      ['Throttled', ResponseType.THROTTLED, REFUSALS.tooManyRequests],
      ['Blocked', ResponseType.WAF_FILTERED, REFUSALS.blocked],
      // API Gateway answers a path without a method as a missing token; it is a missing page.
      ['NoSuchPath', ResponseType.MISSING_AUTHENTICATION_TOKEN, REFUSALS.notFound],
      ['Failed', ResponseType.DEFAULT_5XX, REFUSALS.failed, 'keep the status'],
    ];
    for (const [name, type, refusal, keepStatus] of answers) {
      this.api.addGatewayResponse(name, {
        type,
        ...(keepStatus ? {} : { statusCode: String(refusal.status) }),
        templates: { 'application/json': asciiJson(refusal.body) },
      });
    }

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Residents read public information without signing in; who may do what is decided per field inside GraphQL from the bearer session token (api/src/core/authorization.ts), and /health is public by design.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-COG4',
      reason: 'Sessions are GovOpen\'s own signed tokens from WeChat sign-in or staff passwords, not Cognito (decision 006); Cognito authorizers are also unavailable in the China regions.',
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: 'The account-wide role API Gateway logs to CloudWatch with uses AmazonAPIGatewayPushToCloudWatchLogs, the policy AWS documents for it.',
    });
  }

  /** The stage the firewall is attached to. */
  get stage() {
    return this.api.deploymentStage;
  }
}
