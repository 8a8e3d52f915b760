import type { App } from '../app';
import { governmentDate } from '../core/clock';
import { notifyEach } from '../notifications/notifier';
import type { SUBSCRIPTION_NOTIFICATIONS } from './subscription-notifications';
import { KIND_LABELS } from './subscription-rules';

/** Publications taken per run: the rest wait for the next. */
const PUBLICATIONS_PER_RUN = 20;
/**
 * Subscribers of one publication told at once. Each message is its own WeChat request (subscribeMessage.send
 * takes one resident) and its own transaction, and every one of those transactions also counts the
 * publication's reach (one item): a few at a time make a few hundred subscribers seconds of work rather
 * than minutes, while the reach item seldom has a conflict to retry. Fewer than project followers' 10
 * for that shared item.
 */
const SUBSCRIBERS_AT_ONCE = 5;

/**
 * Tells each subscriber of each recorded publication, once, SUBSCRIBERS_AT_ONCE at a time: the
 * resident's reach marker (written with the 我的消息 entry in one conditional transaction, see
 * notifications/inbox-store.ts) makes a second run, an overlapping one, or a run after a failure skip
 * whoever was told — the WeChat message goes only after that transaction wins. Those subscribed when it
 * runs are told; whoever unsubscribed is not. Returns how many residents this run told: those whose
 * transaction it won (one an overlapping run won counts there, not here), so runs that overlap add up
 * to the publication's reach.
 */
export async function tellSubscribers(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>): Promise<number> {
  let told = 0;
  for (const publication of await app.stores.subscriptions.toDeliver(PUBLICATIONS_PER_RUN)) {
    const subscribers = await app.stores.subscriptions.subscribersOf(publication.interests);
    const already = await app.stores.inbox.alreadyTold(publication.publication, subscribers);
    const data = { title: publication.title, kind: KIND_LABELS[publication.kind], department: publication.department, date: governmentDate(new Date(publication.publishedAt)) };
    const messages = subscribers
      .filter((id) => !already.has(id))
      .map((residentId) => ({ residentId, template: 'SUBSCRIPTION_PUBLISHED' satisfies keyof typeof SUBSCRIPTION_NOTIFICATIONS, data, page: publication.page, publication: publication.publication }));
    const toldNow = await notifyEach(app.notifier, app.log, messages, SUBSCRIBERS_AT_ONCE);
    told += toldNow.filter(Boolean).length;
    // Not complete (a failure, or an overlapping run told some first): the next run tries whoever has no message yet.
    if (toldNow.every(Boolean)) await app.stores.subscriptions.delivered(publication, app.now().toISOString());
  }
  return told;
}
