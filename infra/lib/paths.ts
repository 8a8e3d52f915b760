import * as path from 'node:path';

// Every path the stack needs, resolved from this file so `cdk synth` and jest agree whatever the cwd.

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The Lambda's entry; it exports `handler`. */
export const LAMBDA_ENTRY = path.join(REPO_ROOT, 'api', 'src', 'lambda.ts');
