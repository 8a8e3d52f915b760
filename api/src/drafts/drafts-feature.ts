import type { App } from '../app';
import { batchLoader, type CoreParts } from '../core/context';
import { draftsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { DRAFT_NOTIFICATIONS } from './draft-notifications';
import type { DraftStore } from './draft-store';

/** Every method of the store, by name (the compiler checks the list is whole), for the lazy store below. */
const STORE_METHODS: Record<keyof DraftStore, true> = {
  publish: true, get: true, getMany: true, list: true, change: true, dueToClose: true, addComment: true, getComment: true,
  getComments: true, moderate: true, comments: true, commentsOf: true, untoldCommenters: true, markTold: true,
};

/**
 * The store, its item declarations with it, built on its first call: every method is async, so
 * callers cannot tell. A plain object of the methods, so a feature that wraps stores (search) can spread it.
 */
function lazyStore({ dynamo, audit }: CoreParts): DraftStore {
  let store: Promise<DraftStore> | undefined;
  const built = () => (store ??= import('./draft-store').then(({ createDraftStore }) => createDraftStore(dynamo, audit)));
  const method = (name: keyof DraftStore) => async (...args: unknown[]) => ((await built())[name] as (...a: unknown[]) => unknown)(...args);
  return Object.fromEntries(Object.keys(STORE_METHODS).map((name) => [name, method(name as keyof DraftStore)])) as unknown as DraftStore;
}

/** What 意见征集 (comments on draft decisions) adds to the app; app.ts assembles the features. */
export const draftsFeature = {
  stores: (core: CoreParts) => ({ drafts: lazyStore(core) }),
  loaders: ({ drafts }: { drafts: DraftStore }) => ({ draft: batchLoader((ids) => drafts.getMany(ids)) }),
  // Loaded by the first request about a draft: most cold starts never need them.
  resolvers: [onFirstUse(draftsFields, async () => [(await import('./draft-resolvers')).draftResolvers])],
  notifications: DRAFT_NOTIFICATIONS,
  scheduled: {
    closeEndedDrafts: async (app: App) => (await import('./draft-work')).closeEndedDrafts(app),
    tellDraftCommenters: async (app: App) => (await import('./draft-work')).tellUntoldCommenters(app),
  },
};
