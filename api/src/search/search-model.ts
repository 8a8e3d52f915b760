// What search indexes: one document per thing a resident reads, cut into the units a result can
// open at (a policy's sections, an interpretation's questions and answers).

export const SEARCH_KINDS = ['POLICY', 'INTERPRETATION', 'DRAFT', 'EVENT', 'PROJECT', 'SERVICE'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchUnit {
  /** A section's heading (一、总体要求), a question (问), a table's title; '' for plain text. */
  heading: string;
  text: string;
  /** For a policy's section: its position in `Policy.sections`, so the page opens there. */
  section: number | null;
  /** For a policy's section: its address (`2-3-1`, section-ids.ts), which the policy page opens at with `?section=`. Absent in documents indexed before it existed. */
  sectionId?: string | null;
  /** An interpretation's question and answer (问答式): a strong match is shown as the answer. */
  question: boolean;
}

export interface SearchDocument {
  /** `<kind>:<id>`, unique across kinds. */
  key: string;
  kind: SearchKind;
  /** The id of the thing itself (policy, interpretation, draft for comment, open day, project, service). */
  id: string;
  /** For an interpretation: the policy it explains (the page that shows it). */
  policyId: string | null;
  title: string;
  /** Who it is from: issuer, department. */
  subtitle: string | null;
  /** YYYY-MM-DD it was published or takes place, for a little preference for what is recent. */
  date: string | null;
  /** A repealed policy (已废止): found only when asked for. */
  repealed: boolean;
  units: SearchUnit[];
}

export const documentKey = (kind: SearchKind, id: string) => `${kind.toLowerCase()}:${id}`;
