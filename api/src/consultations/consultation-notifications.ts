import type { RequestContext } from '../app';
import { notifySafely, type NotificationTemplates } from '../notifications/notifier';
import type { StoredConsultation } from './consultation-model';

/** What 咨询留言 tells residents, and the WeChat template keys each message fills. */
export const CONSULTATION_NOTIFICATIONS = {
  /** A department answered the resident's question: which department, and the answer's start. */
  CONSULTATION_ANSWERED: { thing1: 'department', thing2: 'answer' },
} as const satisfies NotificationTemplates;

/** Tells the asker their question is answered; a failure is logged and never undoes the answer, which they see in 我的 in any case. */
export function notifyAnswer(context: Pick<RequestContext, 'notifier' | 'log'>, answered: StoredConsultation): Promise<boolean> {
  return notifySafely(context.notifier, context.log, {
    residentId: answered.residentId,
    template: 'CONSULTATION_ANSWERED' satisfies keyof typeof CONSULTATION_NOTIFICATIONS,
    data: { department: answered.answer?.department ?? answered.department, answer: answered.answer?.text ?? '' },
    // The question's own page (miniapp ROUTES.caseworkQuestion).
    page: `pages/casework/question/index?id=${answered.id}`,
  });
}
