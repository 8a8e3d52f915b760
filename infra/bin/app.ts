import { App } from 'aws-cdk-lib';
import { GovOpenStack } from '../lib/govopen-stack';

// Environment-agnostic: the account and region come from the deploying credentials.
const app = new App();
new GovOpenStack(app, 'GovOpenStack', {
  description: 'GovOpen: GraphQL API on Lambda over DynamoDB for the WeChat mini-app',
});
