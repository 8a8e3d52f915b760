import DataLoader from 'dataloader';
import type { ProjectCounts, StoredEvaluation, StoredProject } from './project-model';
import type { ProjectStore } from './project-store';

export interface ProjectLoaders {
  project: DataLoader<string, StoredProject | null>;
  counts: DataLoader<string, ProjectCounts>;
  /** Whether a resident follows a project, by `<residentId>/<projectId>`. */
  followed: DataLoader<string, boolean>;
  /** A resident's evaluation of a project, by `<residentId>/<projectId>`. */
  evaluation: DataLoader<string, StoredEvaluation | null>;
  corrections: DataLoader<string, Map<string, string[]>>;
}

/** `<residentId>/<projectId>` keys grouped by resident (in practice one: the one asking). */
function byResident(keys: readonly string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [residentId = '', id = ''] = key.split('/');
    groups.set(residentId, [...(groups.get(residentId) ?? []), id]);
  }
  return [...groups];
}

/** Fresh per request: list cards asking for counts or "followed" cost one BatchGet per page, not one read each. */
export function createProjectLoaders(store: ProjectStore): ProjectLoaders {
  return {
    project: new DataLoader(async (ids) => {
      const found = await store.getMany(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    counts: new DataLoader(async (ids) => {
      const found = await store.counts(ids);
      return ids.map((id) => found.get(id) ?? { followers: 0, evaluations: { VERY_SATISFIED: 0, SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0, VERY_DISSATISFIED: 0 } });
    }),
    followed: new DataLoader(async (keys) => {
      const found = await Promise.all(byResident(keys).map(async ([residentId, ids]) => ({ residentId, ids: await store.followedAmong(residentId, ids) })));
      return keys.map((key) => {
        const [residentId, id] = key.split('/');
        return found.some((entry) => entry.residentId === residentId && entry.ids.has(id ?? ''));
      });
    }),
    evaluation: new DataLoader(async (keys) => {
      const found = await Promise.all(byResident(keys).map(async ([residentId, ids]) => ({ residentId, evaluations: await store.evaluationsOf(residentId, ids) })));
      return keys.map((key) => {
        const [residentId, id] = key.split('/');
        return found.find((entry) => entry.residentId === residentId)?.evaluations.get(id ?? '') ?? null;
      });
    }),
    corrections: new DataLoader(async (ids) => Promise.all(ids.map((id) => store.corrections(id))), { batch: false }),
  };
}
