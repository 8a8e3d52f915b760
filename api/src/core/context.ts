import type { Logger } from 'pino';
import type { Actor } from './actor';
import type { AuditLog } from './audit';
import type { Config } from './config';
import type { CodeExchange } from '../identity/wechat-login';
import type { IdentityStore } from '../identity/identity-store';
import type { SessionTokens } from '../identity/session-token';
import type { PolicyStore } from '../policies/policy-store';
import type { PolicyLoaders } from '../policies/policy-loaders';

/** What lives as long as the process: configuration, stores, the logger. */
export interface AppContext {
  config: Config;
  log: Logger;
  audit: AuditLog;
  sessions: SessionTokens;
  exchangeCode: CodeExchange;
  stores: {
    policies: PolicyStore;
    identity: IdentityStore;
  };
}

/** What each GraphQL request gets: the app's parts, who is asking, and per-request DataLoaders. */
export interface RequestContext extends AppContext {
  actor: Actor;
  loaders: PolicyLoaders;
}
