import { createHash } from 'node:crypto';
import * as z from 'zod';
import { orNull } from './item-type';
import type { Condition } from './items';
import type { Write } from './transactions';

// The history of a case (a bad rating's, a consultation's, an information request's): one step per
// change, each written once and never changed, in the same conditional write as the change it records.
// A case counts its writes in `version`; the step written with a change is numbered by the version the
// change was read at, so two people acting on the same case at once cannot both add step n — the
// second write fails its condition and nothing of it is stored.

/** A case whose every write is conditional on the version it was read at. */
export interface Versioned {
  version: number;
}

/**
 * A case's id, 24 hex characters, from what makes it one case: the same resident's same submission on
 * the same day is one case, so a double tap or a retry finds the one already there.
 */
export const caseIdFor = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);

/** Whether `id` can be a case id; anything else is not looked up, so ids cannot be probed. */
export const isCaseId = (id: string) => /^[0-9a-f]{24}$/u.test(id);

/** Who took a step: a staff username, or one of these. */
export const RESIDENT_ACTOR = 'resident';
export const SYSTEM_ACTOR = 'system';

/** The attributes of a step item, for a feature's declaration (it adds the case's id and anything of its own). */
export const caseStepAttributes = <const Kinds extends readonly [string, ...string[]]>(kinds: Kinds) =>
  z.object({ sequence: z.number(), kind: z.enum(kinds), at: z.string(), by: z.string(), note: orNull(z.string()) });

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

/** What a store binds an item type to (itemsOf): enough to write it. */
interface Writes<T> {
  put(value: T, condition?: Condition): Write;
}

/** The writes of a new case: the case and its opening step, each only if not there yet. */
export function openingWrites<C extends { id: string }, S extends CaseStep>(cases: Writes<C>, steps: Writes<S & { caseId: string }>, opened: C, step: S): Write[] {
  return [cases.put(opened, { if: 'attribute_not_exists(pk)' }), steps.put({ ...step, caseId: opened.id }, { if: 'attribute_not_exists(pk)' })];
}

/** The writes of a change: the case only if it still has the version it was read at, and its step once. */
export function changeWrites<C extends Versioned & { id: string }, S extends CaseStep>(cases: Writes<C>, steps: Writes<S & { caseId: string }>, change: CaseChange<C, S>): Write[] {
  return [
    cases.put(change.after, { if: '#version = :version', values: { ':version': change.before.version } }),
    steps.put({ ...change.step, caseId: change.after.id }, { if: 'attribute_not_exists(pk)' }),
  ];
}
