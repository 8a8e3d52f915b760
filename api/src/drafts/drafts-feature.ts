import type { App } from '../app';
import { batchLoader, type CoreParts } from '../core/context';
import { lazyStore } from '../core/lazy-load';
import { draftsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { DRAFT_NOTIFICATIONS } from './draft-notifications';
import type { DraftStore } from './draft-store';

/** What 意见征集 (comments on draft decisions) adds to the app; app.ts assembles the features. */
export const draftsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ drafts: lazyStore(async () => (await import('./draft-store')).createDraftStore(dynamo, audit)) }),
  loaders: ({ drafts }: { drafts: DraftStore }) => ({ draft: batchLoader((ids) => drafts.getMany(ids)) }),
  // Loaded by the first request about a draft: most cold starts never need them.
  resolvers: [onFirstUse(draftsFields, async () => [(await import('./draft-resolvers')).draftResolvers])],
  notifications: DRAFT_NOTIFICATIONS,
  scheduled: {
    closeEndedDrafts: async (app: App) => (await import('./draft-work')).closeEndedDrafts(app),
    tellDraftCommenters: async (app: App) => (await import('./draft-work')).tellUntoldCommenters(app),
  },
};
