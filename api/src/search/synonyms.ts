import { DEFAULT_SYNONYMS, type SynonymEntry } from './default-synonyms';
import { foldText } from './text';

// The synonym table in force: the defaults shipped with GovOpen, then what staff stored on top
// (an entry for the same term replaces the default; a removed one takes it out).

export interface StaffSynonym extends SynonymEntry {
  /** Taken out by staff: the default for this term no longer applies either. */
  removed: boolean;
  updatedAt: string;
  updatedBy: string;
}

export interface SynonymView extends SynonymEntry {
  /** DEFAULT: shipped with GovOpen; STAFF: added or changed by staff. */
  source: 'DEFAULT' | 'STAFF';
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The form a synonym term is stored and matched in: folded, without spaces. */
export const synonymKey = (term: string) => foldText(term).replace(/\s+/gu, '');

export class SynonymTable {
  private readonly staff = new Map<string, StaffSynonym>();
  private table = new Map<string, string[]>();
  longest = 0;

  constructor(staffEntries: readonly StaffSynonym[] = []) {
    for (const entry of staffEntries) this.staff.set(synonymKey(entry.term), entry);
    this.rebuild();
  }

  /** Takes a staff change in (from this process or another's, via the change log). */
  apply(entry: StaffSynonym): void {
    const key = synonymKey(entry.term);
    const known = this.staff.get(key);
    if (known && known.updatedAt > entry.updatedAt) return;
    this.staff.set(key, entry);
    this.rebuild();
  }

  private rebuild(): void {
    const table = new Map<string, string[]>();
    for (const entry of DEFAULT_SYNONYMS) table.set(synonymKey(entry.term), entry.alternatives);
    for (const [key, entry] of this.staff) {
      if (entry.removed) table.delete(key);
      else table.set(key, entry.alternatives);
    }
    this.table = table;
    this.longest = Math.max(0, ...[...table.keys()].map((key) => key.length));
  }

  alternativesOf(phrase: string): readonly string[] | undefined {
    return this.table.get(phrase);
  }

  /** Every phrase the table knows, terms and alternatives (pinyin reads them too). */
  phrases(): string[] {
    return [...new Set([...this.table].flatMap(([term, alternatives]) => [term, ...alternatives]))];
  }

  /** The table as staff see it: every term in force, and where it came from. */
  entries(): SynonymView[] {
    const views: SynonymView[] = [];
    for (const [key, alternatives] of this.table) {
      const staff = this.staff.get(key);
      views.push(
        staff
          ? { term: staff.term, alternatives, source: 'STAFF', updatedAt: staff.updatedAt, updatedBy: staff.updatedBy }
          : { term: DEFAULT_SYNONYMS.find((entry) => synonymKey(entry.term) === key)!.term, alternatives, source: 'DEFAULT', updatedAt: null, updatedBy: null },
      );
    }
    return views.sort((a, b) => a.term.localeCompare(b.term, 'zh'));
  }
}
