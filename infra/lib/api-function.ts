import { AssetHashType, DockerImage, Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export interface ApiFunctionProps {
  /** The Lambda's configuration (see api/src/core/config.ts); one entry per variable. */
  readonly environment: Record<string, string>;
  /**
   * Concurrent executions kept for this function and never exceeded: a flood of requests cannot take
   * the account's whole concurrency, nor run up DynamoDB and the bill without bound. `undefined`: none
   * reserved (an account whose concurrency limit is still 10 cannot reserve any).
   * @default 20
   */
  readonly reservedConcurrency?: number;
  /** @default RetentionDays.ONE_YEAR (the Cybersecurity Law asks for at least six months of logs) */
  readonly logRetention?: RetentionDays;
}

export const DEFAULT_RESERVED_CONCURRENCY = 20;

/** Under API Gateway's 29 s; a GraphQL request that takes longer has failed. */
const TIMEOUT = Duration.seconds(10);

/**
 * The function's code: api/src/lambda.ts bundled on this machine by infra/lib/lambda-bundle.ts (ES
 * modules split into chunks, which NodejsFunction's bundling cannot do), run through tsx because
 * esbuild's plugins need its asynchronous API. Hashed by its output, like NodejsFunction's.
 */
export function lambdaCode(): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: local bundling either succeeds or fails the synth with esbuild's message.
      image: DockerImage.fromRegistry('local-bundling-only'),
      local: {
        tryBundle(outputDir) {
          execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'infra', 'scripts', 'bundle-lambda.ts'), outputDir], {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          return true;
        },
      },
    },
  });
}

/** The GraphQL Lambda; index.mjs exports `handler`. */
export class ApiFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly logGroup: LogGroup;
  readonly timeout = TIMEOUT;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    // An explicit log group sets retention without the LogRetention custom resource (and its own role).
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention ?? RetentionDays.ONE_YEAR });
    // Its own role instead of AWSLambdaBasicExecutionRole, which may create log groups and write to any.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: 'GovOpen GraphQL Lambda' });

    this.fn = new LambdaFunction(this, 'Function', {
      code: lambdaCode(),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: this.timeout,
      reservedConcurrentExecutions: 'reservedConcurrency' in props ? props.reservedConcurrency : DEFAULT_RESERVED_CONCURRENCY,
      role,
      logGroup: this.logGroup,
      // No --enable-source-maps: it parsed every chunk's map at every cold start; logged errors' stacks
      // are mapped when logged instead (api/src/core/stack-traces.ts).
      environment: props.environment,
    });
    this.logGroup.grantWrite(role);

    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the runtime the bundle targets and the tests run against (toolchain.md); moving to a newer Node.js is its own change, tested on it.',
    });
  }
}
