import { searchForm } from '@govopen/shared';
import type { StoredPolicy } from './policy-model';
import { IN_FORCE } from './policy-model';

export type ListingBucket = 'CURRENT' | 'REPEALED' | 'ANY';

/** One place a policy shows up in a list: a validity bucket and a browse facet (ALL, ISSUER#…, YEAR#…, TOPIC#…, GROUP#…, DEPT#…). */
export interface ListingEntry {
  bucket: ListingBucket;
  facet: string;
  /** Only on ALL and DEPT# entries, which text search reads. */
  searchText?: string;
}

/** The facet of the department that owns a policy: staff lists (本部门的政策), never a public one. */
export const departmentFacet = (department: string) => `DEPT#${department}`;

/** Entries whose count the public browse facets show: in force, and not ALL or a department's own list. */
export const countedEntry = (entry: { bucket: string; facet: string }) => entry.bucket === 'CURRENT' && entry.facet !== 'ALL' && !entry.facet.startsWith('DEPT#');

/** Facets that carry the text a text search reads. */
export const searchableFacet = (facet: string) => facet === 'ALL' || facet.startsWith('DEPT#');

/**
 * Where a policy appears in lists. Its owning department's list (DEPT#) holds every one of its
 * policies; the public facets only those proactively disclosed, so no public list can ever show
 * a 依申请公开 or 不予公开 one.
 */
export function policyListing(policy: StoredPolicy): ListingEntry[] {
  const facets = [
    departmentFacet(policy.department),
    ...(policy.disclosure === 'PROACTIVE' ? publicFacets(policy) : []),
  ];
  const ownBucket: ListingBucket = IN_FORCE.includes(policy.validity) ? 'CURRENT' : 'REPEALED';
  const searchText = searchForm([policy.title, policy.documentNumber ?? '', policy.issuer ?? '', policy.body].join('\n'));
  return (['ANY', ownBucket] as const).flatMap((bucket) => facets.map((facet) => (searchableFacet(facet) ? { bucket, facet, searchText } : { bucket, facet })));
}

function publicFacets(policy: StoredPolicy): string[] {
  return [
    'ALL',
    ...(policy.issuer ? [`ISSUER#${policy.issuer}`] : []),
    ...(policy.year ? [`YEAR#${policy.year}`] : []),
    ...policy.topics.map((topic) => `TOPIC#${topic}`),
    ...policy.targetGroups.map((group) => `GROUP#${group}`),
  ];
}
