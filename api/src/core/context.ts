import DataLoader from 'dataloader';
import type { Logger } from './logger';
import type { AuditLog } from './audit';
import type { Config } from './config';
import type { Dynamo } from './dynamo';

// What every feature is built from. The app itself (app.ts) is the features' stores, loaders and
// resolvers assembled on these parts; core knows no feature.

/** Lives as long as the process. */
export interface CoreParts {
  config: Config;
  dynamo: Dynamo;
  log: Logger;
  audit: AuditLog;
  /** The current time; tests of time-bound rules (sign-up windows, reminders) replace it. */
  now: () => Date;
}

/** A request's loader over a store's batch read: one BatchGet per tick, null for what is missing. */
export const batchLoader = <T>(getMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, T>>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const found = await getMany(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** A request's loader over a read that has no batch form: each id still read once per request. */
export const singleLoader = <T>(get: (id: string) => Promise<T>) => new DataLoader<string, T>((ids) => Promise.all(ids.map(get)), { batch: false });
