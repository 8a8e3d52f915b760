import type { App } from '../app';
import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { policiesFields, publishingFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { createPolicyStore, type PolicyStore } from './policy-store';
import { createPublishingStore } from './publishing-store';

/** What the policy library (政策文件库) adds to the app; app.ts assembles the features. */
export const policiesFeature = {
  stores: ({ dynamo, audit, now }: CoreParts) => ({ policies: builtOnFirstUse(() => createPolicyStore(dynamo, audit, now)), publishing: builtOnFirstUse(() => createPublishingStore(dynamo, audit, now)) }),
  loaders: ({ policies }: { policies: PolicyStore }) => ({
    policy: batchLoader((ids) => policies.getMany(ids)),
    interpretations: singleLoader(async (id) => (await policies.getWithInterpretations(id))?.interpretations ?? []),
  }),
  // Loaded by the first request that asks for a policy (docs/cold-start.md). Publishing from a
  // document: the importer, the pre-publish checks, the district's publishing settings.
  resolvers: [
    onFirstUse(policiesFields, async () => {
      const [read, write] = await Promise.all([import('./policy-resolvers'), import('./policy-write-resolvers')]);
      return [read.policyResolvers, write.policyWriteResolvers];
    }),
    onFirstUse(publishingFields, async () => [(await import('./publishing-resolvers')).publishingResolvers]),
  ],
  // One-off: policies saved before 本部门的政策 existed get their department entries (done after one pass).
  scheduled: { departmentListBackfill: async (app: App) => (await import('./department-list-backfill')).backfillDepartmentLists(app) },
};
