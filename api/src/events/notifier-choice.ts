import type { Clock } from '../core/clock';
import type { Config } from '../core/config';
import type { Dynamo } from '../core/dynamo';
import type { IdentityStore } from '../identity/identity-store';
import type { WeChatAccessToken } from '../identity/wechat-access-token';
import type { Notifier } from './notifier';
import { createOutboxStore } from './outbox-store';
import { createWeChatNotifier } from './wechat-notifier';

/** The notifier configuration asks for: WeChat subscribe messages, or the outbox in the table. */
export function createNotifier(config: Config, dynamo: Dynamo, identity: IdentityStore, now: Clock, accessToken?: WeChatAccessToken): Notifier {
  if (config.notifications.channel === 'outbox') return createOutboxStore(dynamo, now);
  return createWeChatNotifier({
    wechat: config.wechat,
    templates: config.notifications.templates,
    miniprogramState: config.production ? 'formal' : 'developer',
    openidOf: async (residentId) => (await identity.getResident(residentId))?.openid ?? null,
    accessToken,
  });
}
