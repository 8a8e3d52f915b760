import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface GovOpenScheduleProps {
  /** The API function: it runs the scheduled tasks when EventBridge invokes it (api/src/scheduled-tasks.ts). */
  readonly handler: IFunction;
}

/** Runs the clock's tasks (the day-before open-day reminders) every hour, as the local server does. */
export class GovOpenSchedule extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: GovOpenScheduleProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Hourly', {
      description: 'GovOpen scheduled tasks (open-day reminders); every task is idempotent',
      schedule: Schedule.rate(Duration.hours(1)),
    });
    this.rule.addTarget(new LambdaFunction(props.handler, { retryAttempts: 2 }));
  }
}
