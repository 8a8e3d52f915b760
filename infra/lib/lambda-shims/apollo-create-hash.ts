// Replaces @apollo/utils.createhash in the Lambda bundle (infra/lib/lambda-bundle.ts). That package
// picks Node's crypto through `module.require`, which a bundled CommonJS module does not have, so
// bundled it falls back to sha.js: SHA-256 in JavaScript for every query Apollo hashes, plus ~30 KB.
export { createHash } from 'node:crypto';
