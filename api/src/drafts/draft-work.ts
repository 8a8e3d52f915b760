import type { App } from '../app';
import { tellCommenters } from './draft-notifications';

// 意见征集's scheduled work (hourly): each task is idempotent, so a second run, or one after a failure, repeats nothing.

/** Closes every open draft whose period has ended; a draft someone changed meanwhile is closed on the next run. */
export async function closeEndedDrafts(app: Pick<App, 'stores' | 'now'>): Promise<number> {
  const now = app.now();
  let closed = 0;
  for (const draft of await app.stores.drafts.dueToClose(now)) {
    if (await app.stores.drafts.change(draft, { ...draft, status: 'CLOSED', closedAt: now.toISOString(), version: draft.version + 1 })) closed += 1;
  }
  return closed;
}

/** Tells the commenters of recently answered drafts whom the publishing request did not reach (it failed half-way). */
export async function tellUntoldCommenters(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  const answered = await app.stores.drafts.list({ status: 'ANSWERED', now: app.now() }, { first: 20 });
  let told = 0;
  for (const { node } of answered.items) told += await tellCommenters(app, node);
  return told;
}
