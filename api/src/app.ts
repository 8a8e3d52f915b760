import type { Actor } from './core/actor';
import { createAuditLog } from './core/audit';
import type { Config } from './core/config';
import type { AppContext, RequestContext } from './core/context';
import { createDynamo, type Dynamo } from './core/dynamo';
import { createLogger } from './core/logger';
import { createIdentityStore } from './identity/identity-store';
import { createSessionTokens } from './identity/session-token';
import { createWeChatAccessToken } from './identity/wechat-access-token';
import { weChatCodeExchange, withDevelopmentCodes, type CodeExchange } from './identity/wechat-login';
import { weChatPhoneNumberExchange, withDevelopmentPhoneCodes, type PhoneNumberExchange } from './identity/wechat-phone';
import { createPolicyLoaders } from './policies/policy-loaders';
import { createPolicyStore } from './policies/policy-store';
import { createPublishingStore } from './policies/publishing-store';
import { createPhotoStorage } from './projects/photo-storage-choice';
import { createProjectLoaders } from './projects/project-loaders';
import { createProjectStore } from './projects/project-store';
import { createProposalStore } from './projects/proposal-store';
import { createEventLoaders } from './events/event-loaders';
import { createEventStore } from './events/event-store';
import { createNotifier } from './events/notifier-choice';
import { createRegistrationStore } from './events/registration-store';
import type { Notifier } from './events/notifier';
import { createRatingLoaders } from './ratings/rating-loaders';
import { createRatingStore } from './ratings/rating-store';

export type App = AppContext & { dynamo: Dynamo };

export interface AppOverrides {
  /** Replaces the real call to WeChat (tests of the real exchange use a local HTTP server instead). */
  exchangeCode?: CodeExchange;
  /** Replaces the real exchange of phone-number codes at WeChat. */
  exchangePhoneCode?: PhoneNumberExchange;
  /** Replaces the notifier chosen by configuration. */
  notifier?: Notifier;
  now?: () => Date;
}

/** Wires the stores to one DynamoDB client; built once per process (Lambda: per container). */
export function createApp(config: Config, dynamo: Dynamo = createDynamo(config), overrides: AppOverrides = {}): App {
  // Stores take the time from the app's clock, which tests of time-bound rules replace.
  const now = () => app.now();
  const audit = createAuditLog(dynamo, now);
  const identity = createIdentityStore(dynamo, audit, now);
  // One WeChat access token per process, shared by subscribe messages and the phone-number button.
  const weChatToken = createWeChatAccessToken(config.wechat);
  const app: App = {
    config,
    dynamo,
    log: createLogger(config.logLevel),
    audit,
    sessions: createSessionTokens(config.sessionSecret, { resident: config.residentSessionHours, staff: config.staffSessionHours }),
    exchangeCode: withDevelopmentCodes(overrides.exchangeCode ?? weChatCodeExchange(config.wechat), config.production),
    exchangePhoneCode: withDevelopmentPhoneCodes(overrides.exchangePhoneCode ?? weChatPhoneNumberExchange(config.wechat, weChatToken), config.production),
    photos: createPhotoStorage(config, overrides.now),
    notifier: overrides.notifier ?? createNotifier(config, dynamo, identity, now, weChatToken),
    now: overrides.now ?? (() => new Date()),
    stores: {
      policies: createPolicyStore(dynamo, audit, now),
      publishing: createPublishingStore(dynamo, audit, now),
      projects: createProjectStore(dynamo, audit),
      proposals: createProposalStore(dynamo, audit),
      identity,
      events: createEventStore(dynamo, audit),
      registrations: createRegistrationStore(dynamo, audit),
      ratings: createRatingStore(dynamo, audit),
    },
  };
  return app;
}

/**
 * Who is asking. A staff token is checked against the staff record on every request, so disabling
 * an account or moving someone to another department takes effect at once, not when the token expires.
 */
export async function actorFor(app: AppContext, authorization: string | undefined): Promise<Actor> {
  const actor = await app.sessions.read(authorization);
  if (actor.kind !== 'staff') return actor;
  const member = await app.stores.identity.getStaff(actor.staffId);
  if (!member || member.disabled) return { kind: 'anonymous', tokenProblem: 'invalid' };
  return { kind: 'staff', staffId: member.username, role: member.role, department: member.department };
}

export async function createRequestContext(app: AppContext, authorization?: string): Promise<RequestContext> {
  return {
    ...app,
    actor: await actorFor(app, authorization),
    projectLoaders: createProjectLoaders(app.stores.projects),
    loaders: { ...createPolicyLoaders(app.stores.policies), ...createEventLoaders(app.stores), ...createRatingLoaders(app.stores) },
  };
}

/** 200 once the store answers, 503 (with a reason for operators) while it does not. */
export async function checkHealth(app: { dynamo: Dynamo; log: AppContext['log'] }): Promise<{ status: number; body: { status: string } }> {
  try {
    await app.dynamo.ping();
    return { status: 200, body: { status: 'ok' } };
  } catch (error) {
    app.log.warn({ err: error }, 'health check: the store does not answer');
    return { status: 503, body: { status: 'store unavailable' } };
  }
}
