import type { SearchHitFieldsFragment, SearchKind } from '../../generated/operations';
import { openPage, ROUTES } from '../../lib/navigation';

export type SearchHit = SearchHitFieldsFragment;
export type HighlightedText = SearchHit['passage'];

/** Each kind's name as a group heading, and the counting word of its status line (已显示 3 份). */
export const KIND_WORDS: Record<SearchKind, { name: string; unit: string }> = {
  POLICY: { name: '政策文件', unit: '份' },
  INTERPRETATION: { name: '政策解读', unit: '篇' },
  DRAFT: { name: '征求意见', unit: '份' },
  EVENT: { name: '政府开放日', unit: '场' },
  PROJECT: { name: '民生实事', unit: '项' },
  SERVICE: { name: '办事服务', unit: '项' },
};

/** A highlighted text cut into runs, each saying whether it matched (offsets in UTF-16, as the API gives them). */
export function highlightRuns({ text, highlights }: HighlightedText): Array<{ text: string; matched: boolean }> {
  const runs: Array<{ text: string; matched: boolean }> = [];
  let at = 0;
  for (const { start, length } of [...highlights].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, at);
    const to = Math.min(start + length, text.length);
    if (to <= from) continue;
    if (from > at) runs.push({ text: text.slice(at, from), matched: false });
    runs.push({ text: text.slice(from, to), matched: true });
    at = to;
  }
  if (at < text.length) runs.push({ text: text.slice(at), matched: false });
  return runs;
}

/** Opens what a result is about: the policy (scrolled to the section that matched), the interpretation (an answer inside it too), the draft for comment, the open day, the project, the service's rating page. */
export function openHit(hit: Pick<SearchHit, 'kind' | 'id' | 'policyId' | 'sectionId'>): void {
  switch (hit.kind) {
    case 'POLICY':
      return openPage(ROUTES.policyDetail, { id: hit.id, section: hit.sectionId ?? undefined });
    case 'INTERPRETATION':
      return openPage(ROUTES.policyInterpretation, { policyId: hit.policyId ?? undefined, id: hit.id });
    case 'DRAFT':
      return openPage(ROUTES.draftDetail, { id: hit.id });
    case 'EVENT':
      return openPage(ROUTES.eventDetail, { id: hit.id });
    case 'PROJECT':
      return openPage(ROUTES.projectDetail, { id: hit.id });
    case 'SERVICE':
      return openPage(ROUTES.ratingRate, { service: hit.id });
  }
}
