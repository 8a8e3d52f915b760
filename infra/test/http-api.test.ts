import { onlyResource, synthStack } from './synth';

const { template } = synthStack();
const api = onlyResource(template, 'AWS::ApiGatewayV2::Api');
const fn = onlyResource(template, 'AWS::Lambda::Function');
const fnArn = { 'Fn::GetAtt': [fn.id, 'Arn'] };

describe('the HTTP API', () => {
  it('is an HTTP API (API Gateway v2)', () => {
    expect(api.Properties.ProtocolType).toBe('HTTP');
  });

  it('routes exactly POST /graphql and GET /health, both to the Lambda', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['GET /health', 'POST /graphql']);

    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    for (const route of routes) {
      expect(route.Properties.ApiId).toEqual({ Ref: api.id });
      const target = route.Properties.Target['Fn::Join'][1] as unknown[];
      const integrationId = (target[1] as { Ref: string }).Ref;
      expect(integrations[integrationId]?.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: fnArn,
        PayloadFormatVersion: '2.0',
      });
    }
  });

  it('lets API Gateway invoke the Lambda', () => {
    // EventBridge's own permission is checked with the schedule.
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter((p) => p.Properties.Principal !== 'events.amazonaws.com');
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) {
      expect(permission.Properties).toMatchObject({
        Action: 'lambda:InvokeFunction',
        FunctionName: fnArn,
        Principal: 'apigateway.amazonaws.com',
      });
    }
  });

  it('answers CORS preflights for the H5 client', () => {
    const cors = api.Properties.CorsConfiguration;
    expect(cors.AllowOrigins).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(cors.AllowMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
    expect(cors.AllowHeaders).toEqual(expect.arrayContaining(['content-type', 'authorization']));
    expect(cors.AllowCredentials).toBeFalsy();
    expect(cors.MaxAge).toBeGreaterThan(0);
  });

  it('serves one auto-deployed $default stage, throttled', () => {
    const stage = onlyResource(template, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({ ApiId: { Ref: api.id }, StageName: '$default', AutoDeploy: true });
    const { ThrottlingRateLimit, ThrottlingBurstLimit } = stage.Properties.DefaultRouteSettings;
    expect(ThrottlingRateLimit).toBeGreaterThan(0);
    expect(ThrottlingBurstLimit).toBeGreaterThanOrEqual(ThrottlingRateLimit);
  });

  it('outputs the API URL', () => {
    const url = JSON.stringify(template.findOutputs('ApiUrl').ApiUrl?.Value);
    expect(url).toContain(JSON.stringify({ Ref: api.id }));
    expect(url).toContain('execute-api');
  });
});
