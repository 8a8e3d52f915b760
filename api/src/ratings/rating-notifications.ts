import type { RequestContext } from '../app';
import { notifySafely, type NotificationTemplates } from '../notifications/notifier';
import type { StoredCase } from './rating-model';

/** What 好差评 tells residents, and the WeChat template keys each message fills. */
export const RATING_NOTIFICATIONS = {
  /** A department answered the resident's bad rating: the service, the outcome and the reply. */
  RATING_REPLIED: { thing1: 'title', phrase2: 'outcome', thing3: 'note' },
} as const satisfies NotificationTemplates;

/**
 * Tells the resident their bad rating has been answered; a failure is logged and never undoes the reply,
 * which they see in 我的评价 in any case.
 */
export function notifyReply(context: Pick<RequestContext, 'notifier' | 'log'>, stored: StoredCase, serviceName: string): Promise<boolean> {
  return notifySafely(context.notifier, context.log, {
    residentId: stored.residentId,
    template: 'RATING_REPLIED' satisfies keyof typeof RATING_NOTIFICATIONS,
    data: { title: serviceName, outcome: stored.outcome === 'RECTIFIED' ? '已整改' : '已解释说明', note: stored.reply ?? '' },
    page: `pages/rating/mine/index?rating=${stored.id}`,
  });
}
