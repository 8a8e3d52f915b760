import type { PolicyDetail } from './format';

export type Section = PolicyDetail['sections'][number];

/**
 * A policy laid out for reading: what stands before its first heading (the cover letter, the
 * opening paragraph of the plan), its numbered sections as the API names them, and what follows the
 * last one (the list of attachments, 抄送, 印发). All of the body is shown, each part once.
 */
export type PolicyText = { opening: string; sections: Section[]; closing: string };

/** A title rarely takes more than the organ's line and two lines of its own. */
const MAX_TITLE_LINES = 4;

/**
 * The lines without those that repeat the title: many documents print it again above their text,
 * one line or broken over a few (金华市婺城区人民政府办公室 / 关于印发……工作 / 要点的通知).
 */
function withoutTitleLines(lines: readonly string[], title: string): string[] {
  const squeeze = (text: string) => text.replace(/\s/gu, '');
  const wanted = squeeze(title);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    let end = -1;
    for (let j = i; j < Math.min(lines.length, i + MAX_TITLE_LINES) && wanted.startsWith(joined); j++) {
      joined += squeeze(lines[j]!);
      if (joined === wanted) end = j;
    }
    if (end < 0) kept.push(lines[i]!);
    else i = end;
  }
  return kept;
}

/**
 * Cuts the body around its sections. The API's sections are the body's own paragraphs, in order, so
 * each heading is looked for after the one before it; if the body and the sections ever disagree,
 * the sections alone are shown rather than any text twice. Lines that repeat the title are left
 * out: the page's heading is the title.
 */
export function policyText(policy: Pick<PolicyDetail, 'title' | 'body' | 'sections'>): PolicyText {
  const { title, sections } = policy;
  const body = withoutTitleLines(policy.body.split('\n'), title).join('\n');
  if (sections.length === 0) return { opening: body, sections, closing: '' };
  let at = 0;
  let first = -1;
  for (const section of sections) {
    const found = body.indexOf(section.heading, at);
    if (found < 0) return { opening: '', sections, closing: '' };
    if (first < 0) first = found;
    at = found + section.heading.length;
  }
  const last = sections[sections.length - 1]!;
  const lastText = last.text ? body.indexOf(last.text, at) : at;
  const end = lastText < 0 ? -1 : lastText + last.text.length;
  return { opening: body.slice(0, first).trim(), sections, closing: end < 0 ? '' : body.slice(end).trim() };
}

/** The levels a contents list shows: the two highest the document uses (一、 and （一）; or （一） and 1. …). */
export function contentsLevels(sections: readonly Section[]): number[] {
  return [...new Set(sections.map((section) => section.level))].sort((a, b) => a - b).slice(0, 2);
}

/**
 * Where a 回到顶部 goes: after every chapter of the document's highest level that holds at least
 * this many characters (about two screens in 长辈版 on a small phone), and always at the end.
 */
const CHAPTER_WORTH_A_WAY_BACK = 600;

/** The ids of the sections after which a chapter of some length ends (not the last section: the end of the page has its own). */
export function chapterEnds(sections: readonly Section[]): Set<string> {
  const top = Math.min(...sections.map((section) => section.level));
  const ends = new Set<string>();
  let length = 0;
  sections.forEach((section, i) => {
    length += section.heading.length + section.text.length;
    const next = sections[i + 1];
    if (next && next.level === top && length >= CHAPTER_WORTH_A_WAY_BACK) {
      ends.add(section.id);
      length = 0;
    }
  });
  return ends;
}

/** Element ids on the policy page (with the policy's id: H5 keeps earlier pages of the stack in the document). */
export const policyAnchors = (policyId: string) => ({
  top: `policy-${policyId}-top`,
  section: (sectionId: string) => `policy-${policyId}-section-${sectionId}`,
});
