import type { OperationDefinitionNode } from 'graphql';
import { ANONYMOUS, type Actor } from './core/actor';
import { createAuditLog } from './core/audit';
import type { Config } from './core/config';
import type { CoreParts } from './core/context';
import { createDynamo, type Dynamo } from './core/dynamo';
import { builtOnFirstUse } from './core/lazy-load';
import { createLogger } from './core/logger';
import type { Resolvers } from './generated/resolvers';
import { identityFeature } from './identity/identity-feature';
import { createSessionTokens, type SessionTokens } from './identity/session-token';
import { NOT_A_RESIDENT, residentSessions, type ResidentSession, type ResidentSessions } from './identity/resident-session';
import { createWeChatAccessToken } from './identity/wechat-access-token';
import { weChatCodeExchange, withDevelopmentCodes, type CodeExchange } from './identity/wechat-login';
import { weChatPhoneNumberExchange, withDevelopmentPhoneCodes, type PhoneNumberExchange } from './identity/wechat-phone';
import { createNotifier } from './notifications/notifier-choice';
import { withInbox, type InboxNotifier } from './notifications/inbox-notifier';
import { notificationsFeature } from './notifications/notifications-feature';
import { subscriptionsFeature } from './subscriptions/subscriptions-feature';
import { familyFeature } from './family/family-feature';
import { scanSignInFeature } from './scan-sign-in/scan-sign-in-feature';
import { maskName } from '@govopen/shared';
import type { NotificationTemplates, Notifier } from './notifications/notifier';
import { policiesFeature } from './policies/policies-feature';
import { createPhotoStorage } from './core/photo-storage-choice';
import type { PhotoStorage } from './core/photo-storage';
import { projectsFeature } from './projects/projects-feature';
import { eventsFeature } from './events/events-feature';
import { ratingsFeature } from './ratings/ratings-feature';
import { consultationsFeature } from './consultations/consultations-feature';
import { informationRequestsFeature } from './information-requests/information-requests-feature';
import { searchFeature } from './search/search-feature';
import { workbenchFeature } from './workbench/workbench-feature';
import { draftsFeature } from './drafts/drafts-feature';
import { mergeDistinct, mergeResolvers } from './resolvers';

/** What a feature adds to the app (each feature folder's `*-feature.ts`). */
interface Feature {
  /** Built once per process. */
  stores?(core: CoreParts): object;
  /**
   * Wraps the stores every feature built, after they all exist (in FEATURES order): for a feature that
   * follows other features' writes, whoever calls the store (API, importer, demo loader), without
   * those features knowing of it. Search keeps its index current this way.
   */
  wrapStores?(stores: Stores, core: CoreParts): Stores;
  /** DataLoaders, fresh for each request, so nothing cached outlives the request that read it. */
  loaders?(stores: Stores): object;
  resolvers: Resolvers[];
  /** The messages it sends residents, with their WeChat template keys. */
  notifications?: NotificationTemplates;
  /** Work on a clock rather than on a request, by name; each returns how much it did and is idempotent. */
  scheduled?: Record<string, (app: App) => Promise<number>>;
}


export const FEATURES: readonly Feature[] = [identityFeature, policiesFeature, projectsFeature, eventsFeature, ratingsFeature, consultationsFeature, informationRequestsFeature, workbenchFeature, draftsFeature, searchFeature, notificationsFeature, subscriptionsFeature, familyFeature, scanSignInFeature];

export type Stores = ReturnType<(typeof identityFeature)['stores']> &
  ReturnType<(typeof policiesFeature)['stores']> &
  ReturnType<(typeof projectsFeature)['stores']> &
  ReturnType<(typeof eventsFeature)['stores']> &
  ReturnType<(typeof ratingsFeature)['stores']> &
  ReturnType<(typeof consultationsFeature)['stores']> &
  ReturnType<(typeof informationRequestsFeature)['stores']> &
  ReturnType<(typeof searchFeature)['stores']> &
  ReturnType<(typeof draftsFeature)['stores']> &
  ReturnType<(typeof notificationsFeature)['stores']> &
  ReturnType<(typeof subscriptionsFeature)['stores']> &
  ReturnType<(typeof familyFeature)['stores']> &
  ReturnType<(typeof scanSignInFeature)['stores']>;

/** One group of DataLoaders per request, from every feature. */
export type Loaders = ReturnType<(typeof identityFeature)['loaders']> &
  ReturnType<(typeof policiesFeature)['loaders']> &
  ReturnType<(typeof projectsFeature)['loaders']> &
  ReturnType<(typeof eventsFeature)['loaders']> &
  ReturnType<(typeof ratingsFeature)['loaders']> &
  ReturnType<(typeof consultationsFeature)['loaders']> &
  ReturnType<(typeof draftsFeature)['loaders']> &
  ReturnType<(typeof subscriptionsFeature)['loaders']>;

/** What lives as long as the process: the core parts, the features' stores, and the services that reach outside. */
export interface App extends CoreParts {
  stores: Stores;
  sessions: SessionTokens;
  /** Residents' sessions as requests check them (see resident-session.ts). */
  residentSessions: ResidentSessions;
  exchangeCode: CodeExchange;
  /** The phone-number button's code → the resident's mobile (WeChat, or `dev:<mobile>` outside production). */
  exchangePhoneCode: PhoneNumberExchange;
  /** Where progress photos are uploaded to and shown from: S3 or the local disk, by configuration. */
  photos: PhotoStorage;
  /** Tells residents things: always in 我的消息, and outside the app (outbox or WeChat, by configuration). */
  notifier: InboxNotifier;
}

/** What each GraphQL request gets: the app, who is asking, and its own DataLoaders. */
export interface RequestContext extends App {
  /** Anonymous until the operation is known (`settleActor`), then who is asking. */
  actor: Actor;
  /** The resident's session: checked by a read before the operation, or by its own transaction (a sign-up). */
  session: ResidentSession;
  loaders: Loaders;
  /**
   * The address the request came from, as the network saw it (API Gateway's sourceIp, the local
   * server's socket), never a header the client could write; sign-in throttling counts by it.
   */
  source: string;
}

/** Every message the features send residents, with its WeChat template keys; two features sending one name stops the start. */
export const NOTIFICATIONS: NotificationTemplates = mergeDistinct(FEATURES.map((feature) => feature.notifications ?? {}), 'notification ');

/** Every feature's resolvers, merged type by type; a field two features define stops the start. */
export const resolvers = mergeResolvers([{ Query: { ok: () => true } }, ...FEATURES.flatMap((feature) => feature.resolvers)]);

export interface AppOverrides {
  /** Replaces the real call to WeChat (tests of the real exchange use a local HTTP server instead). */
  exchangeCode?: CodeExchange;
  /** Replaces the real exchange of phone-number codes at WeChat. */
  exchangePhoneCode?: PhoneNumberExchange;
  /** Replaces the notifier chosen by configuration. */
  notifier?: Notifier;
  now?: () => Date;
}

/** Wires the features to one DynamoDB client; built once per process (Lambda: per container). */
export function createApp(config: Config, dynamo: Dynamo = createDynamo(config), overrides: AppOverrides = {}): App {
  // The audit log and the stores read the time through the app, so tests of time-bound rules can replace app.now.
  const now = () => app.now();
  const core: CoreParts = { config, dynamo, log: createLogger(config.logLevel), audit: createAuditLog(dynamo, now), now };
  const built = mergeDistinct(FEATURES.map((feature) => feature.stores?.(core) ?? {}), 'store ') as Stores;
  const stores = FEATURES.reduce((wrapped, feature) => feature.wrapStores?.(wrapped, core) ?? wrapped, built);
  // One WeChat access token per process, shared by subscribe messages and the phone-number button.
  const weChatToken = createWeChatAccessToken(config.wechat);
  const app: App = {
    ...core,
    now: overrides.now ?? (() => new Date()),
    stores,
    sessions: createSessionTokens(config.sessionSecret, { resident: config.residentSessionHours, staff: config.staffSessionHours }),
    residentSessions: residentSessions(stores.identity),
    exchangeCode: withDevelopmentCodes(overrides.exchangeCode ?? weChatCodeExchange(config.wechat), config.production),
    exchangePhoneCode: withDevelopmentPhoneCodes(overrides.exchangePhoneCode ?? weChatPhoneNumberExchange(config.wechat, weChatToken), config.production),
    photos: createPhotoStorage(config, now),
    notifier: withInbox(
      overrides.notifier ??
        createNotifier(config, {
          dynamo,
          fields: NOTIFICATIONS,
          openidOf: async (residentId) => (await stores.identity.getResident(residentId))?.openid ?? null,
          accessToken: weChatToken,
          now,
        }),
      {
        inbox: stores.inbox,
        helpersOf: async (residentId) => (await stores.family.helpersOf(residentId)).map((link) => ({ helperId: link.helperId!, residentLabel: maskName(link.residentName) })),
        log: core.log,
      },
    ),
  };
  return app;
}

/**
 * Who is asking, as far as the token and (staff) the account say. A staff token is checked against the
 * staff record on every request, so disabling an account or moving someone to another department
 * takes effect at once, not when the token expires. A token naming an older session version than its
 * account's (signed out, or the password changed) is refused: for staff at no extra cost; a
 * resident's is checked once the operation is known (`settleActor`).
 */
const REVOKED: Actor = Object.freeze({ kind: 'anonymous', tokenProblem: 'invalid' });

async function actorFor(app: App, authorization: string | undefined): Promise<{ actor: Actor; session: ResidentSession }> {
  const { actor, sessionVersion } = await app.sessions.read(authorization);
  if (actor.kind === 'resident') return { actor, session: app.residentSessions.pending(actor, sessionVersion) };
  const session = NOT_A_RESIDENT;
  if (actor.kind !== 'staff') return { actor, session };
  const member = await app.stores.identity.getStaff(actor.staffId);
  if (!member || member.disabled || member.sessionVersion !== sessionVersion) return { actor: REVOKED, session };
  return { actor: { kind: 'staff', staffId: member.username, role: member.role, department: member.department }, session };
}

/**
 * Fields whose own transaction checks the resident's session (see resident-session.ts): an operation
 * of one such field alone is not preceded by a read of the resident's record (issue 17: an open-day
 * sign-up in one DynamoDB request).
 */
const SESSION_CHECKED_BY_TRANSACTION = new Set(['registerForEvent']);

/** Settles `context.actor` once the operation is known (the server's plugin calls it before any resolver runs). */
export async function settleActor(context: RequestContext, operation: OperationDefinitionNode | undefined): Promise<void> {
  if (!context.session.pending) return;
  const [only, ...more] = operation?.selectionSet.selections ?? [];
  const checkedByTransaction = operation?.operation === 'mutation' && more.length === 0 && only?.kind === 'Field' && SESSION_CHECKED_BY_TRANSACTION.has(only.name.value);
  context.actor = (checkedByTransaction || (await context.session.holds())) && context.session.resident ? context.session.resident : REVOKED;
}

export async function createRequestContext(app: App, authorization?: string, source = 'unknown'): Promise<RequestContext> {
  // Made by the request's first read of a loader: many requests read none ({ __typename }, a sign-in, most writes).
  const loaders = builtOnFirstUse(() => mergeDistinct(FEATURES.map((feature) => feature.loaders?.(app.stores) ?? {}), 'loader ') as Loaders);
  const { actor, session } = await actorFor(app, authorization);
  // A resident is anonymous until settleActor knows whether the operation checks the session itself.
  return { ...app, actor: session.pending ? ANONYMOUS : actor, session, loaders, source };
}

/** 200 once the store answers, 503 (with a reason for operators) while it does not. */
export async function checkHealth(app: Pick<App, 'dynamo' | 'log'>): Promise<{ status: number; body: { status: string } }> {
  try {
    await app.dynamo.ping();
    return { status: 200, body: { status: 'ok' } };
  } catch (error) {
    app.log.warn({ err: error }, 'health check: the store does not answer');
    return { status: 503, body: { status: 'store unavailable' } };
  }
}
