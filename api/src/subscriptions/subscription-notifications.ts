import type { NotificationTemplates } from '../notifications/notifier';

/** What 政策找人 tells subscribers, and the WeChat template keys it fills (the long-term subscription open to 政务民生 mini-programs, where granted). */
export const SUBSCRIPTION_NOTIFICATIONS = {
  SUBSCRIPTION_PUBLISHED: { thing1: 'title', thing2: 'kind', thing3: 'department', date4: 'date' },
} as const satisfies NotificationTemplates;
