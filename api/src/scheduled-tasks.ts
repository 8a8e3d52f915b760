import type { AppContext } from './core/context';
import { sendEventReminders } from './events/reminders';

/** How often the local server runs the scheduled tasks; on AWS an EventBridge rule does (see infra). */
export const SCHEDULED_TASK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Work that runs on a clock rather than on a request. Every task is idempotent, so running it hourly
 * (and again after a failure) never repeats a message.
 */
export async function runScheduledTasks(app: AppContext): Promise<{ eventReminders: number }> {
  const reminders = await sendEventReminders(app);
  app.log.info({ eventReminders: reminders.reminded }, 'scheduled tasks done');
  return { eventReminders: reminders.reminded };
}

/** Whether a Lambda invocation came from the EventBridge schedule rather than from API Gateway. */
export function isScheduledInvocation(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { source?: unknown }).source === 'aws.events';
}
