import { FEATURES, type App } from './app';

/** How often the local server runs the scheduled tasks; on AWS an EventBridge rule does (see infra). */
export const SCHEDULED_TASK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Work that runs on a clock rather than on a request: every feature's scheduled tasks, one after the
 * other. Every task is idempotent, so running them hourly (and again after a failure) never repeats a message.
 */
export async function runScheduledTasks(app: App): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const feature of FEATURES) for (const [name, task] of Object.entries(feature.scheduled ?? {})) done[name] = await task(app);
  app.log.info(done, 'scheduled tasks done');
  return done;
}

/** Whether a Lambda invocation came from the EventBridge schedule rather than from API Gateway. */
export function isScheduledInvocation(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { source?: unknown }).source === 'aws.events';
}
