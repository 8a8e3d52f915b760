import { request } from '../../api/request';
import { PolicyDetailDocument } from '../../generated/operations';
import { useRemote } from '../../hooks/use-remote';
import type { PolicyDetail } from './format';
import { rememberPolicy, savedPolicy } from './recent';

export type LoadedPolicy =
  | { found: true; policy: PolicyDetail; savedAt?: string; reason?: string }
  | { found: false };

/**
 * Loads a policy and keeps a copy among the last viewed. When the request fails and a copy was
 * saved earlier, the copy is returned with `savedAt` and why the live one could not be had.
 */
export async function loadPolicy(id: string): Promise<LoadedPolicy> {
  try {
    const { policy } = await request(PolicyDetailDocument, { id });
    if (!policy) return { found: false };
    rememberPolicy(policy);
    return { found: true, policy };
  } catch (error) {
    const saved = savedPolicy(id);
    if (!saved) throw error;
    return { found: true, policy: saved.policy, savedAt: saved.savedAt, reason: (error as Error).message };
  }
}

export const usePolicy = (id: string) => useRemote(() => loadPolicy(id), id);
