import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_ENTRY, LOCK_FILE, REPO_ROOT } from './paths';

export interface ApiFunctionProps {
  /** The Lambda's configuration (see api/src/core/config.ts); one entry per variable. */
  readonly environment: Record<string, string>;
  /** @default RetentionDays.THREE_MONTHS */
  readonly logRetention?: RetentionDays;
}

/** The GraphQL Lambda, bundled locally by esbuild from api/src/lambda.ts. */
export class ApiFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    // An explicit log group sets retention without the LogRetention custom resource (and its own role).
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention ?? RetentionDays.THREE_MONTHS });

    this.fn = new NodejsFunction(this, 'Function', {
      entry: LAMBDA_ENTRY,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node22',
        // Ship the AWS SDK we test against rather than whichever one the runtime carries.
        externalModules: [],
      },
    });
  }
}
