import DataLoader from 'dataloader';
import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { type ProjectCounts } from './project-model';
import { projectsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { PROJECT_NOTIFICATIONS } from './project-notifications';
import { createProjectStore, type ProjectStore } from './project-store';
import { createProposalStore } from './proposal-store';

/** `<residentId>/<projectId>` keys grouped by resident (in practice one: the one asking). */
function byResident(keys: readonly string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [residentId = '', id = ''] = key.split('/');
    groups.set(residentId, [...(groups.get(residentId) ?? []), id]);
  }
  return [...groups];
}

/** A loader by `<residentId>/<projectId>` over a read of one resident's projects. */
function perResident<T>(read: (residentId: string, ids: string[]) => Promise<(id: string) => T>) {
  return new DataLoader<string, T>(async (keys) => {
    const found = new Map(await Promise.all(byResident(keys).map(async ([residentId, ids]) => [residentId, await read(residentId, ids)] as const)));
    return keys.map((key) => {
      const [residentId = '', id = ''] = key.split('/');
      return found.get(residentId)!(id);
    });
  });
}

const NO_COUNTS = { followers: 0, evaluations: Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, 0])) } as ProjectCounts;

/** What livelihood projects (民生实事) add to the app; app.ts assembles the features. */
export const projectsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ projects: builtOnFirstUse(() => createProjectStore(dynamo, audit)), proposals: builtOnFirstUse(() => createProposalStore(dynamo, audit)) }),
  /** List cards asking for counts or "followed" cost one BatchGet per page, not one read each. */
  loaders: ({ projects }: { projects: ProjectStore }) => ({
    project: batchLoader((ids) => projects.getMany(ids)),
    projectCounts: new DataLoader(async (ids: readonly string[]) => {
      const found = await projects.counts(ids);
      return ids.map((id) => found.get(id) ?? NO_COUNTS);
    }),
    /** Whether a resident follows a project, by `<residentId>/<projectId>`. */
    projectFollowed: perResident(async (residentId, ids) => {
      const followed = await projects.followedAmong(residentId, ids);
      return (id) => followed.has(id);
    }),
    /** A resident's evaluation of a project, by `<residentId>/<projectId>`. */
    projectEvaluation: perResident(async (residentId, ids) => {
      const evaluations = await projects.evaluationsOf(residentId, ids);
      return (id) => evaluations.get(id) ?? null;
    }),
    projectCorrections: singleLoader((id) => projects.corrections(id)),
  }),
  // Loaded by the first request that asks for a project (docs/cold-start.md).
  resolvers: [
    onFirstUse(projectsFields, async () => {
      const [read, write, residents] = await Promise.all([import('./project-resolvers'), import('./project-write-resolvers'), import('./project-resident-resolvers')]);
      return [read.projectResolvers, write.projectWriteResolvers, residents.projectResidentResolvers];
    }),
  ],
  notifications: PROJECT_NOTIFICATIONS,
};
