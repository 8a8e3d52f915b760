import { FEATURES, type App } from './app';

/**
 * Work that runs on a clock rather than on a request: every feature's scheduled tasks (or only those
 * named), one after the other, at the cadences of core/task-cadence.ts. Every task is idempotent, so
 * running them again (after a failure, or twice as the two cadences meet) never repeats a message.
 */
export async function runScheduledTasks(app: App, only?: readonly string[]): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const feature of FEATURES)
    for (const [name, task] of Object.entries(feature.scheduled ?? {})) if (!only || only.includes(name)) done[name] = await task(app);
  app.log.info(done, 'scheduled tasks done');
  return done;
}

/** Whether a Lambda invocation came from the EventBridge schedule rather than from API Gateway. */
export function isScheduledInvocation(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { source?: unknown }).source === 'aws.events';
}

/** The tasks a scheduled invocation names (`detail.tasks`, the prompt rule's), or undefined for all of them (the hourly rule's). */
export function scheduledTasksNamed(event: unknown): readonly string[] | undefined {
  const tasks = (event as { detail?: { tasks?: unknown } }).detail?.tasks;
  return Array.isArray(tasks) ? tasks.filter((task): task is string => typeof task === 'string') : undefined;
}
