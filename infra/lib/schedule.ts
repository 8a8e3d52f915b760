import { Duration } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ALL_TASKS_EVERY_MINUTES, PROMPT_TASKS, PROMPT_TASKS_EVERY_MINUTES } from '../../api/src/core/task-cadence';

export interface GovOpenScheduleProps {
  /** The API function: it runs the scheduled tasks when EventBridge invokes it (api/src/scheduled-tasks.ts). */
  readonly handler: IFunction;
}

/**
 * Runs the clock's tasks at the cadences the local server uses (api/src/core/task-cadence.ts): all of
 * them hourly (open-day reminders, periods ending), and news for subscribers and open-day seats left
 * free while somebody waits every 5 minutes.
 */
export class GovOpenSchedule extends Construct {
  readonly rule: Rule;
  readonly promptRule: Rule;

  constructor(scope: Construct, id: string, props: GovOpenScheduleProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Hourly', {
      description: 'GovOpen scheduled tasks (open-day reminders, periods ending, news for subscribers); every task is idempotent',
      schedule: Schedule.rate(Duration.minutes(ALL_TASKS_EVERY_MINUTES)),
    });
    this.rule.addTarget(new LambdaFunction(props.handler, { retryAttempts: 2 }));
    this.promptRule = new Rule(this, 'Prompt', {
      description: 'GovOpen: tells subscribers of what was just published, gives open-day seats left free to those waiting; idempotent',
      schedule: Schedule.rate(Duration.minutes(PROMPT_TASKS_EVERY_MINUTES)),
    });
    // The shape of EventBridge's own scheduled event, naming the tasks to run (scheduledTasksNamed).
    const input = RuleTargetInput.fromObject({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: { tasks: PROMPT_TASKS } });
    this.promptRule.addTarget(new LambdaFunction(props.handler, { retryAttempts: 2, event: input }));
  }
}
