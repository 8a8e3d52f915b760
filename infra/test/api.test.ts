import { REFUSALS } from '../../api/src/core/safety';
import { onlyResource, resources, synthStack } from './synth';

const { template } = synthStack();
const api = onlyResource(template, 'AWS::ApiGateway::RestApi');
const stage = onlyResource(template, 'AWS::ApiGateway::Stage');
const fn = onlyResource(template, 'AWS::Lambda::Function');
const fnArn = { 'Fn::GetAtt': [fn.id, 'Arn'] };
const methods = resources(template, 'AWS::ApiGateway::Method');
const pathOf = (method: { Properties: Record<string, any> }) => template.toJSON().Resources[method.Properties.ResourceId.Ref].Properties.PathPart as string;

describe('the API (API Gateway REST API)', () => {
  it('is regional: edge-optimized APIs do not exist in the China regions', () => {
    expect(api.Properties.EndpointConfiguration).toEqual({ Types: ['REGIONAL'] });
  });

  it('answers exactly POST /graphql and GET /health, both from the Lambda (proxy), with no CORS preflight: browsers call it on the pages\' own domain', () => {
    expect(methods.map((method) => `${method.Properties.HttpMethod} /${pathOf(method)}`).sort()).toEqual(['GET /health', 'POST /graphql']);
    for (const method of methods) {
      expect(method.Properties.Integration).toMatchObject({ Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' });
      expect(JSON.stringify(method.Properties.Integration.Uri)).toContain(JSON.stringify(fnArn));
    }
  });

  it('refuses a GraphQL body that is not a JSON object before invoking the Lambda', () => {
    const post = methods.find((method) => method.Properties.HttpMethod === 'POST')!;
    const validator = template.toJSON().Resources[post.Properties.RequestValidatorId.Ref];
    expect(validator.Properties).toMatchObject({ ValidateRequestBody: true });
    const model = template.toJSON().Resources[post.Properties.RequestModels['application/json'].Ref];
    expect(model.Properties.Schema).toMatchObject({ type: 'object' });
  });

  it('lets API Gateway invoke the Lambda only for its own two methods', () => {
    const permissions = resources(template, 'AWS::Lambda::Permission').filter((p) => p.Properties.Principal === 'apigateway.amazonaws.com');
    expect(permissions.map((p) => JSON.stringify(p.Properties.SourceArn).match(/\/(GET|POST)\/(\w+)"/)?.slice(1).join(' ')).sort()).toEqual(['GET health', 'POST graphql']);
    for (const permission of permissions) expect(permission.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', FunctionName: fnArn });
  });

  it('throttles the whole stage, logs errors but never bodies, and writes an access log line per request that names the Lambda request id', () => {
    expect(stage.Properties.StageName).toBe('api');
    expect(stage.Properties.MethodSettings).toEqual([
      { HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, LoggingLevel: 'ERROR', DataTraceEnabled: false },
    ]);
    const logs = template.toJSON().Resources[stage.Properties.AccessLogSetting.DestinationArn['Fn::GetAtt'][0]];
    expect(logs.Properties.RetentionInDays).toBe(365);
    const format = JSON.parse(stage.Properties.AccessLogSetting.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', lambdaRequestId: '$context.integration.requestId', ip: '$context.identity.sourceIp', status: '$context.status', waf: '$context.wafResponseCode' });
  });

  it("answers its own refusals in the local server's words and GraphQL's error shape", () => {
    const answers = Object.fromEntries(resources(template, 'AWS::ApiGateway::GatewayResponse').map((r) => [r.Properties.ResponseType, r.Properties]));
    const expected = {
      BAD_REQUEST_BODY: REFUSALS.badRequest,
      REQUEST_TOO_LARGE: REFUSALS.bodyTooLarge,
      THROTTLED: REFUSALS.tooManyRequests,
      WAF_FILTERED: REFUSALS.blocked,
      MISSING_AUTHENTICATION_TOKEN: REFUSALS.notFound,
    };
    for (const [type, refusal] of Object.entries(expected)) {
      expect(answers[type]?.StatusCode).toBe(String(refusal.status));
      expect(JSON.parse(answers[type]!.ResponseTemplates['application/json'])).toEqual(refusal.body);
    }
    // A failure keeps its own 5xx status, with the plain message.
    expect(answers.DEFAULT_5XX!.StatusCode).toBeUndefined();
    expect(JSON.parse(answers.DEFAULT_5XX!.ResponseTemplates['application/json'])).toEqual(REFUSALS.failed.body);
  });

  it('outputs the execute-api URL, and with apiDomain serves on it (TLS 1.2) and outputs the CNAME target', () => {
    expect(JSON.stringify(template.findOutputs('ApiUrl').ApiUrl?.Value)).toContain('execute-api');
    expect(template.findOutputs('ApiDomainTarget')).toEqual({});
    const withDomain = synthStack({ props: { apiDomain: { domainName: 'api.example.cn', certificateArn: 'arn:aws-cn:acm:cn-north-1:123456789012:certificate/example' } } }).template;
    const domain = onlyResource(withDomain, 'AWS::ApiGateway::DomainName');
    expect(domain.Properties).toMatchObject({ DomainName: 'api.example.cn', EndpointConfiguration: { Types: ['REGIONAL'] }, SecurityPolicy: 'TLS_1_2', RegionalCertificateArn: 'arn:aws-cn:acm:cn-north-1:123456789012:certificate/example' });
    expect(onlyResource(withDomain, 'AWS::ApiGateway::BasePathMapping').Properties.DomainName).toEqual({ Ref: domain.id });
    expect(withDomain.findOutputs('ApiDomainTarget').ApiDomainTarget?.Value).toEqual({ 'Fn::GetAtt': [domain.id, 'RegionalDomainName'] });
  });
});
