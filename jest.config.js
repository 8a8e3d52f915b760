// One jest run covers every package; each project keeps its own environment.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // One DynamoDB Local serves every project; see test/support.
  globalSetup: '<rootDir>/test/support/dynamo-global-setup.js',
  globalTeardown: '<rootDir>/test/support/dynamo-global-teardown.js',
  projects: [
    {
      displayName: 'shared',
      roots: ['<rootDir>/shared/src'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
    },
    {
      displayName: 'api',
      roots: ['<rootDir>/api/src'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
    },
    {
      displayName: 'infra',
      roots: ['<rootDir>/infra/test'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/support/', '/bench/'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
    },
  ],
};
