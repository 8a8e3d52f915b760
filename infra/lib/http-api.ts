import { Duration, Stack } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface GovOpenHttpApiProps {
  readonly handler: IFunction;
  /**
   * Origins allowed by CORS. The WeChat mini-program's wx.request does not use CORS at all; this is
   * for the H5 build in a browser. Requests carry a bearer token, never cookies, so `*` is safe.
   * @default ['*']
   */
  readonly allowOrigins?: string[];
  /** Per-stage limits, the first line of defence before the Lambda is invoked. */
  readonly throttle?: ThrottleSettings;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { rateLimit: 50, burstLimit: 100 };

/** The public HTTP API: POST /graphql and GET /health, both served by one Lambda. */
export class GovOpenHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: GovOpenHttpApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'GovOpen GraphQL API',
      // The default stage cannot take throttle settings, so the stage is made below.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowOrigins ?? ['*'],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
        maxAge: Duration.days(1),
      },
    });

    const integration = new HttpLambdaIntegration('Lambda', props.handler);
    this.api.addRoutes({ path: '/graphql', methods: [HttpMethod.POST], integration });
    this.api.addRoutes({ path: '/health', methods: [HttpMethod.GET], integration });

    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? DEFAULT_THROTTLE,
    });
  }

  /** The API's base URL, ending in '/'. */
  get url(): string {
    return this.stage.url;
  }
}
