import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GovOpenStack } from '../lib/govopen-stack';
import { stackPropsFromContext } from '../lib/settings';

// Environment-agnostic: the account and region come from the deploying credentials.
const app = new App();
new GovOpenStack(app, 'GovOpenStack', {
  description: 'GovOpen: GraphQL API on Lambda over DynamoDB, H5 pages on CloudFront, for the WeChat mini-app',
  ...stackPropsFromContext((key) => app.node.tryGetContext(key)),
});
// AWS Solutions checks on every synth: an unacknowledged finding fails `cdk synth` and `cdk deploy`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
