import type { RequestContext } from '../app';
import { notifySafely, type NotificationTemplates } from '../notifications/notifier';
import { REPLY_KIND_RULES } from './reply-kinds';
import type { StoredInformationRequest } from './request-model';

/** What 依申请公开 tells applicants, and the WeChat template keys each message fills. */
export const INFORMATION_REQUEST_NOTIFICATIONS = {
  /** The department replied: the application's number, the kind of reply, the department. */
  INFORMATION_REQUEST_REPLIED: { character_string1: 'reference', phrase2: 'result', thing3: 'department' },
} as const satisfies NotificationTemplates;

/** Tells the applicant their application is answered; a failure is logged and never undoes the reply, which they see in 我的 in any case. */
export function notifyReply(context: Pick<RequestContext, 'notifier' | 'log'>, replied: StoredInformationRequest): Promise<boolean> {
  return notifySafely(context.notifier, context.log, {
    residentId: replied.residentId,
    template: 'INFORMATION_REQUEST_REPLIED' satisfies keyof typeof INFORMATION_REQUEST_NOTIFICATIONS,
    data: { reference: replied.reference, result: replied.reply ? REPLY_KIND_RULES[replied.reply.kind].label : '已答复', department: replied.department },
    // The application's own page (miniapp ROUTES.caseworkRequest), with its 告知书.
    page: `pages/casework/request/index?id=${replied.id}`,
  });
}
