import { searchForm } from '@govopen/shared';
import type { StoredPolicy } from './policy-model';
import { IN_FORCE } from './policy-model';

export type ListingBucket = 'CURRENT' | 'REPEALED' | 'ANY';

/** One place a policy shows up in a list: a validity bucket and a browse facet (ALL, ISSUER#…, YEAR#…, TOPIC#…, GROUP#…). */
export interface ListingEntry {
  bucket: ListingBucket;
  facet: string;
  /** Only on ALL entries, which text search reads. */
  searchText?: string;
}

/**
 * Where a policy appears in lists. Policies that are not proactively disclosed (依申请公开, 不予公开)
 * appear nowhere, so no public list can ever show them.
 */
export function policyListing(policy: StoredPolicy): ListingEntry[] {
  if (policy.disclosure !== 'PROACTIVE') return [];
  const facets = [
    'ALL',
    ...(policy.issuer ? [`ISSUER#${policy.issuer}`] : []),
    ...(policy.year ? [`YEAR#${policy.year}`] : []),
    ...policy.topics.map((topic) => `TOPIC#${topic}`),
    ...policy.targetGroups.map((group) => `GROUP#${group}`),
  ];
  const ownBucket: ListingBucket = IN_FORCE.includes(policy.validity) ? 'CURRENT' : 'REPEALED';
  const searchText = searchForm([policy.title, policy.documentNumber ?? '', policy.issuer ?? '', policy.body].join('\n'));
  return (['ANY', ownBucket] as const).flatMap((bucket) =>
    facets.map((facet) => (facet === 'ALL' ? { bucket, facet, searchText } : { bucket, facet })),
  );
}
