// One jest run covers every package; each project keeps its own environment.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];
const swcReact = ['@swc/jest', {
  jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
  module: { type: 'commonjs' },
}];

// Node-side projects: TypeScript, plus the ESM-only code we use (jose; unpdf's build of PDF.js,
// whose `unpdf/pdfjs` export has no CommonJS condition; pinyin-match's reading table), turned into CommonJS.
const nodeProject = {
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(jose|unpdf|pinyin-match)/)'],
  moduleNameMapper: { '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs' },
  testEnvironment: 'node',
};

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
      ...nodeProject,
    },
    {
      displayName: 'infra',
      roots: ['<rootDir>/infra/test'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
    },
    {
      // Taro components render as plain DOM (test-support/components.tsx); Taro's API is a jest mock.
      displayName: 'miniapp',
      roots: ['<rootDir>/miniapp/src', '<rootDir>/miniapp/scripts', '<rootDir>/miniapp/config'],
      transform: { '^.+\\.(ts|tsx|js)$': swcReact },
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/miniapp/test-support/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/miniapp/test-support/components.tsx',
        '^@tarojs/taro$': '<rootDir>/miniapp/test-support/taro.ts',
        '\\.(css|scss)$': '<rootDir>/miniapp/test-support/style.ts',
      },
    },
    {
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/support/', '/bench/', '/weapp/'],
      ...nodeProject,
    },
    {
      // The built WeChat mini-program, run headless (test/weapp/support). Its setup makes one fresh
      // production weapp build, only in runs that include these tests.
      displayName: 'weapp',
      roots: ['<rootDir>/test/weapp'],
      testPathIgnorePatterns: ['/support/'],
      globalSetup: '<rootDir>/test/weapp/support/global-setup.ts',
      ...nodeProject,
    },
  ],
};
