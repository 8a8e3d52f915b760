import type { PolicySection } from '@govopen/shared';
import { headingLevel, splitHeading } from './headings';
import type { TextLine } from './text-line';

/** Where the attachments start (附件：…清单, 附件, 附表1), the plan's sections end. */
const ATTACHMENTS = /^(?:附件|附表)/u;

/** Index of the first paragraph that opens a heading, or -1. */
export function firstHeading(paragraphs: readonly TextLine[]): number {
  return paragraphs.findIndex((paragraph) => headingLevel(paragraph.simple) !== null);
}

/**
 * The numbered sections of the plan. What stands before the first heading (cover letter, preamble)
 * is not a section; a section's text runs to the next heading or to the attachments.
 */
export function sectionsOf(paragraphs: readonly TextLine[]): PolicySection[] {
  const sections: PolicySection[] = [];
  const start = firstHeading(paragraphs);
  if (start < 0) return sections;
  const end = paragraphs.findIndex((paragraph, i) => i > start && ATTACHMENTS.test(paragraph.simple));
  for (const paragraph of paragraphs.slice(start, end < 0 ? undefined : end)) {
    const level = headingLevel(paragraph.simple);
    const current = sections[sections.length - 1];
    if (level !== null) {
      const { heading, rest } = splitHeading(paragraph.text);
      sections.push({ level, heading, text: rest });
    } else if (current) {
      current.text = current.text === '' ? paragraph.text : `${current.text}\n${paragraph.text}`;
    }
  }
  return sections;
}
