import { readStored, removeStored, writeStored } from '../../lib/storage';
import type { PolicyDetail } from './format';

/**
 * The policies a resident opened last, newest first, each with a full copy so the detail and
 * interpretation pages still work without a network. One key per policy keeps every value far
 * under WeChat's 1 MB per key; the index is small.
 */
export const RECENT_LIMIT = 10;
const INDEX_KEY = 'govopen.recent.v1';
const copyKey = (id: string) => `govopen.policy.v1.${id}`;

export type RecentEntry = { id: string; title: string; issuer: string | null; publishedDate: string | null; savedAt: string };
export type SavedPolicy = { policy: PolicyDetail; savedAt: string };

export function recentPolicies(): RecentEntry[] {
  const list = readStored<RecentEntry[]>(INDEX_KEY);
  return Array.isArray(list) ? list.filter((entry) => entry && typeof entry.id === 'string') : [];
}

export function rememberPolicy(policy: PolicyDetail, now = new Date()): void {
  const savedAt = now.toISOString();
  if (!writeStored(copyKey(policy.id), { policy, savedAt } satisfies SavedPolicy)) return;
  const entry: RecentEntry = {
    id: policy.id,
    title: policy.title,
    issuer: policy.issuer,
    publishedDate: policy.publishedDate,
    savedAt,
  };
  const list = [entry, ...recentPolicies().filter((item) => item.id !== policy.id)];
  for (const dropped of list.splice(RECENT_LIMIT)) removeStored(copyKey(dropped.id));
  writeStored(INDEX_KEY, list);
}

export function savedPolicy(id: string): SavedPolicy | undefined {
  const saved = readStored<SavedPolicy>(copyKey(id));
  return saved?.policy?.id === id ? saved : undefined;
}
