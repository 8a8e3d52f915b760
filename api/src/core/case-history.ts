// The history of a case (a bad rating's, a consultation's, an information request's): one step per
// change, each written once and never changed, in the same conditional write as the change it records.
// A case counts its writes in `version`; the step written with a change is numbered by the version the
// change was read at, so two people acting on the same case at once cannot both add step n — the
// second write fails its condition and nothing of it is stored.

/** A case whose every write is conditional on the version it was read at. */
export interface Versioned {
  version: number;
}

/** Who took a step: a staff username, or one of these. */
export const RESIDENT_ACTOR = 'resident';
export const SYSTEM_ACTOR = 'system';

export interface CaseStep<Kind extends string = string> {
  /** The case version this step was written at (0 for the step that opened the case). */
  sequence: number;
  kind: Kind;
  /** ISO instant. */
  at: string;
  by: string;
  note: string | null;
}

/** A change to a case: the case as read, as it will be, and the step that records it. */
export interface CaseChange<C extends Versioned, S extends CaseStep> {
  before: C;
  after: C;
  step: S;
}

/** The first step of a new case (version 1). */
export function openingStep<S extends CaseStep>(step: Omit<S, 'sequence' | 'note'> & { note?: string | null }): S {
  return { ...step, note: step.note ?? null, sequence: 0 } as S;
}

/** The change `changes` makes to `before`, recorded by `step`. */
export function advance<C extends Versioned, S extends CaseStep>(
  before: C,
  changes: Partial<Omit<C, 'version'>>,
  step: Omit<S, 'sequence' | 'note'> & { note?: string | null },
): CaseChange<C, S> {
  return {
    before,
    after: { ...before, ...changes, version: before.version + 1 },
    step: { ...step, note: step.note ?? null, sequence: before.version } as S,
  };
}
