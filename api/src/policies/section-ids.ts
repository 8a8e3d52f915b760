import type { PolicySection } from '@govopen/shared';
import { chineseNumber } from './import/dates';

// A section's address in its document (?section=2-3 opens 二（三）): the numbers of its own heading
// and of the headings above it, read from the document's numbering. So an address reads like the
// document, stays right when wording changes, and is the same wherever it is worked out (the policy
// page, search results).

/** The number a heading is numbered with: 三、→ 3, （十二）→ 12, 4. → 4, （2）→ 2, 第五条 → 5; null when it has none. */
function headingNumber(heading: string): number | null {
  const numeral = /^(?:第\s?(?=[一二三四五六七八九十]+\s?[章节条])|[（(]?\s?)(?:([一二三四五六七八九十]+)|(\d{1,2}))/u.exec(heading.normalize('NFKC').trimStart());
  if (!numeral) return null;
  const number = numeral[1] ? chineseNumber(numeral[1]) : Number(numeral[2]);
  return number > 0 ? number : null;
}

/**
 * Each section's id: 二、→ "2", the （三） under it → "2-3", that one's 1. → "2-3-1". A level the
 * document skips counts as 0 (一、 then 1. directly: "1-0-1"); a heading without a readable number
 * takes its place among its siblings; an id the document's numbering gives twice gets _2, _3 ….
 */
export function sectionIds(sections: ReadonlyArray<Pick<PolicySection, 'level' | 'heading'>>): string[] {
  const path: number[] = [];
  const siblings: number[] = [];
  const seen = new Map<string, number>();
  return sections.map(({ level, heading }) => {
    const depth = Math.max(1, level);
    siblings.length = Math.min(siblings.length, depth);
    siblings[depth - 1] = (siblings[depth - 1] ?? 0) + 1;
    path.length = depth - 1;
    for (let i = 0; i < depth - 1; i++) path[i] ??= 0;
    path[depth - 1] = headingNumber(heading) ?? siblings[depth - 1]!;
    const id = path.join('-');
    const times = (seen.get(id) ?? 0) + 1;
    seen.set(id, times);
    return times === 1 ? id : `${id}_${times}`;
  });
}

/** The sections with their ids, as the API answers them. */
export function withSectionIds<T extends Pick<PolicySection, 'level' | 'heading'>>(sections: readonly T[]): Array<T & { id: string }> {
  const ids = sectionIds(sections);
  return sections.map((section, i) => ({ ...section, id: ids[i]! }));
}
