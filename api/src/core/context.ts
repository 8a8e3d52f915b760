import type { Logger } from 'pino';
import type { Config } from './config';
import type { PolicyStore } from '../policies/policy-store';
import type { PolicyLoaders } from '../policies/policy-loaders';

/** What lives as long as the process: configuration, the store, the logger. */
export interface AppContext {
  config: Config;
  log: Logger;
  stores: {
    policies: PolicyStore;
  };
}

/** What each GraphQL request gets: the app's parts plus per-request DataLoaders. */
export interface RequestContext extends AppContext {
  loaders: PolicyLoaders;
}
