import type { Resolvers } from './generated/resolvers';
import { identityResolvers } from './identity/identity-resolvers';
import { staffAccountResolvers } from './identity/staff-account-resolvers';
import { eventResolvers } from './events/event-resolvers';
import { eventWriteResolvers } from './events/event-write-resolvers';
import { policyResolvers } from './policies/policy-resolvers';
import { policyWriteResolvers } from './policies/policy-write-resolvers';
import { publishingResolvers } from './policies/publishing-resolvers';
import { projectResidentResolvers } from './projects/project-resident-resolvers';
import { projectResolvers } from './projects/project-resolvers';
import { projectWriteResolvers } from './projects/project-write-resolvers';
import { ratingResolvers } from './ratings/rating-resolvers';
import { ratingWriteResolvers } from './ratings/rating-write-resolvers';
import { serviceResolvers } from './ratings/service-resolvers';
import { workbenchResolvers } from './workbench/workbench-resolvers';

// Each feature folder contributes its resolvers; they are merged type by type.
const features: Resolvers[] = [{ Query: { ok: () => true } }, policyResolvers, policyWriteResolvers, identityResolvers, eventResolvers, eventWriteResolvers, serviceResolvers, ratingResolvers, ratingWriteResolvers];
// Livelihood projects (民生实事).
features.push(projectResolvers, projectWriteResolvers, projectResidentResolvers);
// The 工作台: figures from every feature (workbench/work-counters.ts).
features.push(workbenchResolvers);
// Staff accounts: re-enabling, temporary passwords, one's own password.
features.push(staffAccountResolvers);
// Publishing from a document: the importer, the pre-publish checks, the district's publishing settings.
features.push(publishingResolvers);

export const resolvers: Resolvers = features.reduce<Resolvers>((merged, feature) => {
  for (const [typeName, fields] of Object.entries(feature)) {
    const target = merged as Record<string, object>;
    target[typeName] = { ...(target[typeName] ?? {}), ...(fields as object) };
  }
  return merged;
}, {});
