// One DynamoDB Local for the whole jest run; test files each create their own table in it.
require('tsx/cjs/api').register();
const { startDynamoLocal } = require('../../api/src/local/dynamo-local.ts');
const { buildH5, h5BuildIsStale } = require('../../api/src/local/h5-app.ts');

module.exports = async function globalSetup() {
  // Known and recorded in the README (Lambda runs Node 22); repeated in every worker it only hides real output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // Tests that run `npm start` or a browser need the H5 build; building it once here keeps them from racing.
  if (h5BuildIsStale()) buildH5((message) => console.log(`\n${message}`));
  if (process.env.DYNAMODB_ENDPOINT) return; // an emulator the caller started
  const dynamo = await startDynamoLocal();
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  globalThis.__GOVOPEN_DYNAMO__ = dynamo;
};
