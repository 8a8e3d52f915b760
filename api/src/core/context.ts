import type { Logger } from 'pino';
import type { Actor } from './actor';
import type { AuditLog } from './audit';
import type { Config } from './config';
import type { PhotoStorage } from '../projects/photo-storage';
import type { ProjectLoaders } from '../projects/project-loaders';
import type { ProjectStore } from '../projects/project-store';
import type { ProposalStore } from '../projects/proposal-store';
import type { CodeExchange } from '../identity/wechat-login';
import type { PhoneNumberExchange } from '../identity/wechat-phone';
import type { IdentityStore } from '../identity/identity-store';
import type { SessionTokens } from '../identity/session-token';
import type { PublishingStore } from '../policies/publishing-store';
import type { PolicyStore } from '../policies/policy-store';
import type { PolicyLoaders } from '../policies/policy-loaders';
import type { EventLoaders } from '../events/event-loaders';
import type { EventStore } from '../events/event-store';
import type { Notifier } from '../events/notifier';
import type { RegistrationStore } from '../events/registration-store';
import type { RatingLoaders } from '../ratings/rating-loaders';
import type { RatingStore } from '../ratings/rating-store';

/** What lives as long as the process: configuration, stores, the logger. */
export interface AppContext {
  config: Config;
  log: Logger;
  audit: AuditLog;
  sessions: SessionTokens;
  exchangeCode: CodeExchange;
  /** The phone-number button's code → the resident's mobile (WeChat, or `dev:<mobile>` outside production). */
  exchangePhoneCode: PhoneNumberExchange;
  /** Where progress photos are uploaded to and shown from: S3 or the local disk, by configuration. */
  photos: PhotoStorage;
  /** Tells residents things outside the app (outbox or WeChat, by configuration). */
  notifier: Notifier;
  /** The current time; tests of time-bound rules (sign-up windows, reminders) replace it. */
  now: () => Date;
  stores: {
    policies: PolicyStore;
    publishing: PublishingStore;
    identity: IdentityStore;
    projects: ProjectStore;
    proposals: ProposalStore;
    events: EventStore;
    registrations: RegistrationStore;
    ratings: RatingStore;
  };
}

/** What each GraphQL request gets: the app's parts, who is asking, and per-request DataLoaders. */
export interface RequestContext extends AppContext {
  actor: Actor;
  projectLoaders: ProjectLoaders;
  loaders: PolicyLoaders & EventLoaders & RatingLoaders;
}
