import DataLoader from 'dataloader';
import type { PolicyStore } from './policy-store';
import type { StoredInterpretation, StoredPolicy } from './policy-model';

export interface PolicyLoaders {
  policy: DataLoader<string, StoredPolicy | null>;
  interpretations: DataLoader<string, StoredInterpretation[]>;
}

/** Fresh per request, so nothing cached outlives the request that read it. */
export function createPolicyLoaders(store: PolicyStore): PolicyLoaders {
  return {
    policy: new DataLoader(async (ids) => {
      const found = await store.getMany(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    interpretations: new DataLoader(
      async (ids) => Promise.all(ids.map(async (id) => (await store.getWithInterpretations(id))?.interpretations ?? [])),
      { batch: false },
    ),
  };
}
