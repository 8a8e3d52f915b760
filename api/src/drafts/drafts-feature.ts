import type { App } from '../app';
import { batchLoader, type CoreParts } from '../core/context';
import type { Resolvers } from '../generated/resolvers';
import { DRAFT_NOTIFICATIONS } from './draft-notifications';
import type { DraftStore } from './draft-store';

// The fields 意见征集 resolves, each loading draft-resolvers.ts (its rules and validation) on first use,
// so none of it is on the Lambda's cold path (issue 17). draft-resolvers.test.ts checks the list
// against what draft-resolvers.ts defines.
export const LAZY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: ['drafts', 'draft', 'myDraftComments', 'draftComments', 'departmentDrafts'],
  Mutation: ['publishDraft', 'commentOnDraft', 'moderateDraftComment', 'publishDraftFeedback'],
  Draft: ['status', 'comments', 'viewerCan'],
  DraftFeedbackGroup: ['commentCount', 'comments'],
  DraftComment: ['text', 'flags', 'sectionHeading', 'draftTitle'],
};

type Field = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;
const implementation = () => import('./draft-resolvers');
const lazyField =
  (type: string, field: string): Field =>
  async (parent, args, context, info) => {
    const resolvers = (await implementation()).draftResolvers as unknown as Record<string, Record<string, Field>>;
    return resolvers[type]?.[field]?.(parent, args, context, info);
  };
const lazyResolvers: Resolvers = Object.fromEntries(
  Object.entries(LAZY_FIELDS).map(([type, fields]): [string, Record<string, Field>] => [type, Object.fromEntries(fields.map((field) => [field, lazyField(type, field)]))]),
);

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
  resolvers: [lazyResolvers],
  notifications: DRAFT_NOTIFICATIONS,
  scheduled: {
    closeEndedDrafts: async (app: App) => (await import('./draft-work')).closeEndedDrafts(app),
    tellDraftCommenters: async (app: App) => (await import('./draft-work')).tellUntoldCommenters(app),
  },
};
