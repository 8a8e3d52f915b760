import type { App } from '../app';
import { notifySafely, type NotificationTemplates } from '../notifications/notifier';
import type { StoredDraft } from './draft-model';

/** What 意见征集 tells residents, and the WeChat template keys each message fills. */
export const DRAFT_NOTIFICATIONS = {
  /** The department published what it adopted of the comments on a draft the resident commented on. */
  DRAFT_FEEDBACK_PUBLISHED: { thing1: 'title', thing2: 'department' },
} as const satisfies NotificationTemplates;

/**
 * Tells everyone who commented on the draft that its 采纳情况 is out, each once: a commenter is marked
 * told (conditionally) before the message goes, so a retry or a second run tells only those not yet
 * told. A failed message is logged; the 采纳情况 is on the draft's page in any case. Returns how many were told.
 */
export async function tellCommenters(app: Pick<App, 'stores' | 'notifier' | 'log' | 'now'>, draft: StoredDraft): Promise<number> {
  let told = 0;
  for (const residentId of await app.stores.drafts.untoldCommenters(draft.id)) {
    if (!(await app.stores.drafts.markTold(draft.id, residentId, app.now()))) continue;
    told += 1;
    await notifySafely(app.notifier, app.log, {
      residentId,
      template: 'DRAFT_FEEDBACK_PUBLISHED' satisfies keyof typeof DRAFT_NOTIFICATIONS,
      data: { title: draft.title, department: draft.department, draftId: draft.id },
      page: `pages/drafts/feedback/index?id=${draft.id}`,
    });
  }
  return told;
}
