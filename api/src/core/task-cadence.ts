// How often the clock's work runs, shared by the local server and the EventBridge rules (infra/lib/schedule.ts).
// Most tasks act on days (reminders the day before, periods that end at midnight): hourly is soon
// enough, and each run re-reads what is due. News a resident subscribed to is expected within
// minutes of its publication, like any app's notification, so its delivery has its own, shorter cadence;
// a run with nothing to deliver is one Query. So is a seat left free while somebody waits (an open
// day's waiting list, docs/features/open-days.md): a run with nothing to give is a Query and a BatchGet.

/** Every scheduled task, every hour. */
export const ALL_TASKS_EVERY_MINUTES = 60;
/** The tasks residents are waiting on, every 5 minutes too. */
export const PROMPT_TASKS_EVERY_MINUTES = 5;
export const PROMPT_TASKS: readonly string[] = ['tellSubscribers', 'freeSeatsToWaiters'];
