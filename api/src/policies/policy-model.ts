import type { z } from 'zod';
import type { PolicyDraft, Validity } from '@govopen/shared';
import type { interpretationAttributes } from './policy-items';

/** A policy as stored: the draft plus what GovOpen derives and tracks. */
export interface StoredPolicy extends PolicyDraft {
  id: string;
  /** The department that owns the policy: its staff may change it (see core/authorization). */
  department: string;
  year: number | null;
  summary: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a list entry carries: enough for a list card without reading the whole policy. */
export type PolicySummary = Pick<
  StoredPolicy,
  'id' | 'title' | 'documentNumber' | 'issuer' | 'publishedDate' | 'year' | 'validity' | 'topics' | 'targetGroups' | 'summary'
>;

export type StoredInterpretation = z.output<typeof interpretationAttributes>;

export const IN_FORCE: readonly Validity[] = ['VALID', 'AMENDED'];

/**
 * What Policy field resolvers start from: a list entry's summary, or the whole policy (with its
 * interpretations when they were read together). Missing fields are loaded on demand.
 */
export type PolicyParent = PolicySummary & Partial<StoredPolicy> & { interpretations?: StoredInterpretation[] };
export type InterpretationParent = StoredInterpretation;
