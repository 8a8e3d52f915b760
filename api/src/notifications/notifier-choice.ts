import type { Clock } from '../core/clock';
import type { Config } from '../core/config';
import type { Dynamo } from '../core/dynamo';
import type { WeChatAccessToken } from '../identity/wechat-access-token';
import type { NotificationTemplates, Notifier } from './notifier';
import { createOutboxStore } from './outbox-store';
import { createWeChatNotifier } from './wechat-notifier';

export interface NotifierParts {
  dynamo: Dynamo;
  /** Every feature's templates. */
  fields: NotificationTemplates;
  /** The resident's openid for this mini-program. */
  openidOf(residentId: string): Promise<string | null>;
  accessToken?: WeChatAccessToken;
  now: Clock;
}

/** The notifier configuration asks for: WeChat subscribe messages, or the outbox in the table. */
export function createNotifier(config: Config, parts: NotifierParts): Notifier {
  if (config.notifications.channel === 'outbox') return createOutboxStore(parts.dynamo, parts.now);
  return createWeChatNotifier({
    wechat: config.wechat,
    templates: config.notifications.templates,
    fields: parts.fields,
    miniprogramState: config.production ? 'formal' : 'developer',
    openidOf: parts.openidOf,
    accessToken: parts.accessToken,
  });
}
