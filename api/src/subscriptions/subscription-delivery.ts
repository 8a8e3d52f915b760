import type { App } from '../app';
import { governmentDate } from '../core/clock';
import { notifySafely } from '../notifications/notifier';
import type { SUBSCRIPTION_NOTIFICATIONS } from './subscription-notifications';
import { KIND_LABELS } from './subscription-rules';

/** Publications taken per run: the rest wait for the next. */
const PUBLICATIONS_PER_RUN = 20;

/**
 * Tells each subscriber of each recorded publication, once: the resident's reach marker (written
 * with the 我的消息 entry, see notifications/inbox-store.ts) makes a second run, or a run after a
 * failure, skip whoever was told. Those subscribed when it runs are told; whoever unsubscribed is not.
 * Returns how many residents it told.
 */
export async function tellSubscribers(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  let told = 0;
  for (const publication of await app.stores.subscriptions.toDeliver(PUBLICATIONS_PER_RUN)) {
    const subscribers = await app.stores.subscriptions.subscribersOf(publication.interests);
    const already = await app.stores.inbox.alreadyTold(publication.publication, subscribers);
    let complete = true;
    for (const residentId of subscribers.filter((id) => !already.has(id))) {
      const sent = await notifySafely(app.notifier, app.log, {
        residentId,
        template: 'SUBSCRIPTION_PUBLISHED' satisfies keyof typeof SUBSCRIPTION_NOTIFICATIONS,
        data: { title: publication.title, kind: KIND_LABELS[publication.kind], department: publication.department, date: governmentDate(new Date(publication.publishedAt)) },
        page: publication.page,
        publication: publication.publication,
      });
      told += 1;
      complete &&= sent;
    }
    // Not complete: the next run tries whoever has no message yet (the others are skipped).
    if (complete) await app.stores.subscriptions.delivered(publication, app.now().toISOString());
  }
  return told;
}
