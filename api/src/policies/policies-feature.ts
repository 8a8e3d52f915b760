import type { App } from '../app';
import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { policyResolvers } from './policy-resolvers';
import { createPolicyStore, type PolicyStore } from './policy-store';
import { policyWriteResolvers } from './policy-write-resolvers';
import { publishingResolvers } from './publishing-resolvers';
import { createPublishingStore } from './publishing-store';

/** What the policy library (政策文件库) adds to the app; app.ts assembles the features. */
export const policiesFeature = {
  stores: ({ dynamo, audit, now }: CoreParts) => ({ policies: createPolicyStore(dynamo, audit, now), publishing: createPublishingStore(dynamo, audit, now) }),
  loaders: ({ policies }: { policies: PolicyStore }) => ({
    policy: batchLoader((ids) => policies.getMany(ids)),
    interpretations: singleLoader(async (id) => (await policies.getWithInterpretations(id))?.interpretations ?? []),
  }),
  // Publishing from a document: the importer, the pre-publish checks, the district's publishing settings.
  resolvers: [policyResolvers, policyWriteResolvers, publishingResolvers],
  // One-off: policies saved before 本部门的政策 existed get their department entries (done after one pass).
  scheduled: { departmentListBackfill: async (app: App) => (await import('./department-list-backfill')).backfillDepartmentLists(app) },
};
